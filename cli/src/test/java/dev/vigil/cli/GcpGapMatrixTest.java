package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.cli.evaluate.EvaluationConfig;
import dev.vigil.cli.evaluate.EvaluationPipeline;
import dev.vigil.collect.MultiCloudCollection;
import dev.vigil.collect.ProviderCollection;
import dev.vigil.collect.Shard;
import dev.vigil.collect.config.GcpConfig;
import dev.vigil.collect.config.VigilConfig;
import dev.vigil.collect.gcp.GcpCollectionJob;
import dev.vigil.collect.gcp.GcpPermissions;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.evaluate.Status;
import dev.vigil.fakecloud.fault.FaultKind;
import dev.vigil.fakecloud.fault.FaultRule;
import dev.vigil.fakecloud.gcp.GcpFakeCloud;
import dev.vigil.fakecloud.gcp.GcpOrgGenerator;
import dev.vigil.fakecloud.gcp.GcpOrgSpec;
import dev.vigil.fakecloud.gcp.GcpProject;
import dev.vigil.fakecloud.gcp.GcpSyntheticOrg;
import dev.vigil.rego.engine.InterpreterPolicyEngine;
import dev.vigil.snapshot.SnapshotReader;
import dev.vigil.snapshot.SnapshotWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gap matrix (GCP): every call {@code vigil permissions gcp} lists is denied, once at one scope (a folder,
 * one project, the organization-wide listing) and once everywhere; no verdict may differ from the fault-free scan
 * except by turning into UNKNOWN.
 */
class GcpGapMatrixTest {
    @TempDir
    Path dir;
    private final EvaluationPipeline pipeline = new EvaluationPipeline(EvaluationConfig.empty(), null, null, 2,
            InterpreterPolicyEngine::new, msg -> { });

    @Test
    void noDeniedCallChangesAVerdictExceptToUnknown() throws Exception {
        GcpSyntheticOrg org = GcpOrgGenerator.generate(new GcpOrgSpec(3, 0, 21, 0.5));
        try (GcpFakeCloud cloud = GcpFakeCloud.start(org)) {
            GapMatrixComparison matrix = new GapMatrixComparison("gcp", scan(cloud, org, "baseline"));
            assertThat(matrix.baseline().values()).contains(Status.FAIL, Status.PASS).doesNotContain(Status.UNKNOWN);
            GcpProject project = org.projects().stream().filter(GcpProject::active).findFirst().orElseThrow();
            TreeSet<String> calls = new TreeSet<>(GcpPermissions.BY_CALL.keySet());
            int run = 0;
            for (String call : calls) {
                String service = call.substring(0, call.indexOf('.'));
                String operation = call.substring(call.indexOf('.') + 1);
                for (String scope : List.of(oneScope(org, project, service, operation), "*")) {
                    cloud.faults().clear();
                    cloud.faults().add(FaultRule.always(scope, service, operation, FaultKind.ACCESS_DENIED));
                    ScanResult result;
                    try {
                        result = scan(cloud, org, "run-" + run++);
                    } catch (RuntimeException refused) {
                        result = null;
                    }
                    matrix.record(call, scope, result);
                }
            }
            cloud.faults().clear();
            assertThat(matrix.report(calls.size()))
                    .as("verdicts that differ from the fault-free scan other than by UNKNOWN").isEmpty();
        }
    }

    /** The narrowest scope the call is made at: one folder, one project, or the organization-wide listing. */
    private static String oneScope(GcpSyntheticOrg org, GcpProject project, String service, String operation) {
        return switch (service) {
            case "cloudresourcemanager" -> operation.equals("GetOrganization") || org.folders().isEmpty()
                    ? org.organization() : org.folders().get(0).name();
            case "cloudbilling" -> project.projectId();
            case "billingbudgets" -> org.billingAccount();
            default -> org.organization();
        };
    }

    private ScanResult scan(GcpFakeCloud cloud, GcpSyntheticOrg org, String name) throws Exception {
        Path snapshot = dir.resolve(name);
        VigilConfig config = VigilConfig.DEFAULT.withProviders(List.of("gcp"))
                .withGcp(new GcpConfig(org.organization(), null, null, null, null,
                        cloud.credentialsFile().toString(), cloud.endpoint().toString(), true));
        List<ProviderCollection> clouds = List.of(new GcpCollectionJob(config, Map.of(), Shard.ALL));
        new MultiCloudCollection(clouds).run(SnapshotWriter.create(snapshot, "test"));
        return pipeline.evaluate(List.of(SnapshotReader.open(snapshot)), null);
    }
}
