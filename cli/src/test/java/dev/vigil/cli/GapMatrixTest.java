package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.cli.evaluate.EvaluationConfig;
import dev.vigil.cli.evaluate.EvaluationPipeline;
import dev.vigil.collect.CollectOptions;
import dev.vigil.collect.CollectionJob;
import dev.vigil.collect.Permissions;
import dev.vigil.collect.ProgressListener;
import dev.vigil.collect.config.VigilConfig;
import dev.vigil.collect.credentials.BaseCredentials;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.evaluate.Status;
import dev.vigil.fakecloud.FakeCloud;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.StaticCredentials;
import dev.vigil.fakecloud.fault.FaultKind;
import dev.vigil.fakecloud.fault.FaultRule;
import dev.vigil.fakecloud.org.OrgAccount;
import dev.vigil.fakecloud.org.OrgSpec;
import dev.vigil.fakecloud.org.SyntheticOrg;
import dev.vigil.fakecloud.org.SyntheticOrgGenerator;
import dev.vigil.rego.engine.InterpreterPolicyEngine;
import dev.vigil.snapshot.SnapshotReader;
import dev.vigil.snapshot.SnapshotWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gap matrix (AWS): every operation {@code vigil permissions aws} lists is denied, once in one member account
 * and once everywhere; the scan through the real SDK clients and the built-in library must not give one verdict
 * that differs from the fault-free scan except by turning into UNKNOWN, and no FAIL or PASS may vanish without an
 * UNKNOWN standing for it ({@link GapMatrixComparison}).
 */
class GapMatrixTest {
    @TempDir
    Path dir;
    private final EvaluationPipeline pipeline = new EvaluationPipeline(EvaluationConfig.empty(), null, null, 2,
            InterpreterPolicyEngine::new, msg -> { });

    @Test
    void noDeniedOperationChangesAVerdictExceptToUnknown() throws Exception {
        SyntheticOrg org = SyntheticOrgGenerator.generate(
                new OrgSpec(3, List.of("us-east-1"), 21L, 1, 0, "VigilScanner", 1, 0.5));
        try (FakeCloud cloud = FakeCloud.start(org, FakeCloudOptions.defaults().withThreads(32))) {
            GapMatrixComparison matrix = new GapMatrixComparison("aws", scan(cloud, "baseline"));
            assertThat(matrix.baseline().values()).contains(Status.FAIL, Status.PASS).doesNotContain(Status.UNKNOWN);
            String member = org.accounts().stream().filter(OrgAccount::active).map(OrgAccount::id)
                    .filter(id -> !id.equals(org.managementAccountId())).findFirst().orElseThrow();

            Set<String> operations = new LinkedHashSet<>();
            Permissions.scannerOperations().forEach(o -> operations.add(o.service() + ":" + o.name()));
            Permissions.discoveryOperations().forEach(o -> operations.add(o.service() + ":" + o.name()));
            int runs = 0;
            for (String op : operations) {
                for (String scope : List.of(member, "*")) {
                    String service = op.substring(0, op.indexOf(':'));
                    String name = op.substring(op.indexOf(':') + 1);
                    cloud.faults().clear();
                    cloud.faults().add(name.equals("AssumeRole")
                            ? new FaultRule(scope, "*", "sts", "AssumeRole", FaultKind.ASSUME_ROLE_FAIL, -1)
                            : new FaultRule(scope, "*", service, name, FaultKind.ACCESS_DENIED, -1));
                    ScanResult result;
                    try {
                        result = scan(cloud, "run-" + runs++);
                    } catch (RuntimeException refused) {
                        // discovery itself refused (e.g. DescribeOrganization everywhere): an error, exit 2, no verdict
                        result = null;
                    }
                    matrix.record(op, scope, result);
                }
            }
            cloud.faults().clear();
            assertThat(matrix.report(operations.size()))
                    .as("verdicts that differ from the fault-free scan other than by UNKNOWN").isEmpty();
        }
    }

    private ScanResult scan(FakeCloud cloud, String name) throws Exception {
        Path snapshot = dir.resolve(name);
        StaticCredentials creds = cloud.managementCredentials();
        VigilConfig config = VigilConfig.DEFAULT.withEndpointOverride(cloud.endpoint().toString());
        CollectOptions options = new CollectOptions(config, BaseCredentials.fixed(creds.accessKeyId(),
                creds.secretAccessKey()), Map.of(), (a, r, s, o) -> { }, List.of(), ProgressListener.NONE, 0,
                Clock.systemUTC(), 10);
        new CollectionJob(options).run(SnapshotWriter.create(snapshot, "test"));
        return pipeline.evaluate(List.of(SnapshotReader.open(snapshot)), null);
    }

}
