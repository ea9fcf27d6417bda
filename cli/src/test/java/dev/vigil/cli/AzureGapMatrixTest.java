package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.cli.evaluate.EvaluationConfig;
import dev.vigil.cli.evaluate.EvaluationPipeline;
import dev.vigil.collect.MultiCloudCollection;
import dev.vigil.collect.ProviderCollection;
import dev.vigil.collect.Shard;
import dev.vigil.collect.azure.AzureCollectionJob;
import dev.vigil.collect.azure.AzurePermissions;
import dev.vigil.collect.config.AzureConfig;
import dev.vigil.collect.config.VigilConfig;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.evaluate.Status;
import dev.vigil.fakecloud.fault.FaultKind;
import dev.vigil.fakecloud.fault.FaultRule;
import dev.vigil.fakecloud.azure.AzureFakeCloud;
import dev.vigil.fakecloud.azure.AzureOrgGenerator;
import dev.vigil.fakecloud.azure.AzureOrgSpec;
import dev.vigil.fakecloud.azure.AzureSubscription;
import dev.vigil.fakecloud.azure.AzureSyntheticOrg;
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
 * The gap matrix (Azure): every call {@code vigil permissions azure} lists is denied, once in one subscription (the
 * tenant root group for management group calls; for Resource Graph, which is tenant-wide: Resource Graph everywhere
 * and every ARM call of one subscription, so its fallback fails too) and once everywhere; no verdict may differ
 * from the fault-free scan except by turning into UNKNOWN.
 */
class AzureGapMatrixTest {
    @TempDir
    Path dir;
    private final EvaluationPipeline pipeline = new EvaluationPipeline(EvaluationConfig.empty(), null, null, 2,
            InterpreterPolicyEngine::new, msg -> { });

    @Test
    void noDeniedCallChangesAVerdictExceptToUnknown() throws Exception {
        AzureSyntheticOrg org = AzureOrgGenerator.generate(new AzureOrgSpec(3, 0, 21, 0.5));
        try (AzureFakeCloud cloud = AzureFakeCloud.start(org)) {
            GapMatrixComparison matrix = new GapMatrixComparison("azure", scan(cloud, org, "baseline"));
            assertThat(matrix.baseline().values()).contains(Status.FAIL, Status.PASS).doesNotContain(Status.UNKNOWN);
            AzureSubscription subscription = org.subscriptions().stream().filter(AzureSubscription::enabled)
                    .findFirst().orElseThrow();
            TreeSet<String> calls = new TreeSet<>(AzurePermissions.BY_CALL.keySet());
            calls.addAll(AzurePermissions.GRAPH_BY_CALL.keySet());
            int run = 0;
            for (String call : calls) {
                String service = call.substring(0, call.indexOf('.'));
                String operation = call.substring(call.indexOf('.') + 1);
                for (String scope : List.of(oneScope(org, subscription, service), "*")) {
                    cloud.faults().clear();
                    cloud.faults().add(FaultRule.always(scope.startsWith("*+") ? "*" : scope, service, operation, FaultKind.ACCESS_DENIED));
                    if (AzurePermissions.RESOURCE_GRAPH_FALLBACK.contains(call)) {
                        // these calls are only made when Resource Graph is refused
                        cloud.faults().add(FaultRule.always("*", "resourcegraph", "Resources", FaultKind.ACCESS_DENIED));
                    }
                    if (scope.startsWith("*+")) {
                        // Resource Graph refused everywhere and its ARM fallback (every call) in one subscription
                        cloud.faults().add(FaultRule.always(subscription.id(), "*", "*", FaultKind.ACCESS_DENIED));
                    }
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

    /** One subscription; the tenant root group for management group calls; tenant-wide calls have no narrower scope. */
    private static String oneScope(AzureSyntheticOrg org, AzureSubscription subscription, String service) {
        return switch (service) {
            case "management", "graph" -> org.tenantId();
            case "resources" -> "*";
            case "resourcegraph" -> "*+" + subscription.id();
            default -> subscription.id();
        };
    }

    private ScanResult scan(AzureFakeCloud cloud, AzureSyntheticOrg org, String name) throws Exception {
        Path snapshot = dir.resolve(name);
        VigilConfig config = VigilConfig.DEFAULT.withProviders(List.of("azure"))
                .withAzure(new AzureConfig(org.tenantId(), null, null, null, AzureFakeCloud.CLIENT_ID, "SECRET",
                        cloud.endpoint().toString(), cloud.endpoint().toString(), cloud.caCertificatePem().toString()));
        List<ProviderCollection> clouds = List.of(new AzureCollectionJob(config,
                Map.of("SECRET", AzureFakeCloud.CLIENT_SECRET), Shard.ALL));
        new MultiCloudCollection(clouds).run(SnapshotWriter.create(snapshot, "test"));
        return pipeline.evaluate(List.of(SnapshotReader.open(snapshot)), null);
    }
}
