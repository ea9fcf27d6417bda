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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gap matrix (AWS): every operation {@code vigil permissions aws} lists is denied, once in one member account
 * and once everywhere; the scan through the real SDK clients and the built-in library must not give one verdict
 * that differs from the fault-free scan except by turning into UNKNOWN, and no FAIL or PASS may vanish without an
 * UNKNOWN standing for it ({@link GapMatrixComparison}). Runs go in parallel, each on its own fake cloud.
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
        int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        List<FakeCloud> clouds = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            for (int i = 0; i < workers; i++) {
                clouds.add(FakeCloud.start(org, FakeCloudOptions.defaults().withThreads(32)));
            }
            GapMatrixComparison matrix = new GapMatrixComparison("aws", scan(clouds.get(0), "baseline"));
            assertThat(matrix.baseline().values()).contains(Status.FAIL, Status.PASS).doesNotContain(Status.UNKNOWN);
            String member = org.accounts().stream().filter(OrgAccount::active).map(OrgAccount::id)
                    .filter(id -> !id.equals(org.managementAccountId())).findFirst().orElseThrow();

            Set<String> operations = new LinkedHashSet<>();
            Permissions.scannerOperations().forEach(o -> operations.add(o.service() + ":" + o.name()));
            Permissions.discoveryOperations().forEach(o -> operations.add(o.service() + ":" + o.name()));
            // one fake cloud per worker: a run's denial is that cloud's only fault rule
            BlockingQueue<FakeCloud> idle = new LinkedBlockingQueue<>(clouds);
            List<Future<?>> runs = new ArrayList<>();
            int run = 0;
            for (String op : operations) {
                for (String scope : List.of(member, "*")) {
                    String name = "run-" + run++;
                    runs.add(pool.submit(() -> {
                        FakeCloud cloud = idle.take();
                        try {
                            matrix.record(op, scope, deniedScan(cloud, op, scope, name));
                        } finally {
                            cloud.faults().clear();
                            idle.put(cloud);
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> f : runs) {
                f.get();
            }
            assertThat(matrix.report(operations.size()))
                    .as("verdicts that differ from the fault-free scan other than by UNKNOWN").isEmpty();
        } finally {
            pool.shutdownNow();
            for (FakeCloud cloud : clouds) {
                cloud.close();
            }
        }
    }

    /** The scan with {@code op} denied in {@code scope}; null when discovery itself was refused (exit 2). */
    private ScanResult deniedScan(FakeCloud cloud, String op, String scope, String name) throws Exception {
        String service = op.substring(0, op.indexOf(':'));
        String operation = op.substring(op.indexOf(':') + 1);
        cloud.faults().clear();
        cloud.faults().add(operation.equals("AssumeRole")
                ? new FaultRule(scope, "*", "sts", "AssumeRole", FaultKind.ASSUME_ROLE_FAIL, -1)
                : new FaultRule(scope, "*", service, operation, FaultKind.ACCESS_DENIED, -1));
        try {
            return scan(cloud, name);
        } catch (RuntimeException refused) {
            return null;
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
