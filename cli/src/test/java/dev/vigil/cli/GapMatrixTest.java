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
import dev.vigil.evaluate.Finding;
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
import java.util.HashMap;
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
 * UNKNOWN standing for it.
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
            Map<String, Status> baseline = verdicts(scan(cloud, "baseline"));
            assertThat(baseline.values()).contains(Status.FAIL, Status.PASS).doesNotContain(Status.UNKNOWN);
            String member = org.accounts().stream().filter(OrgAccount::active).map(OrgAccount::id)
                    .filter(id -> !id.equals(org.managementAccountId())).findFirst().orElseThrow();

            Set<String> operations = new LinkedHashSet<>();
            Permissions.scannerOperations().forEach(o -> operations.add(o.service() + ":" + o.name()));
            Permissions.discoveryOperations().forEach(o -> operations.add(o.service() + ":" + o.name()));
            List<String> wrong = new ArrayList<>();
            int runs = 0;
            int unknownVerdicts = 0;
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
                        result = scan(cloud, "run-" + runs);
                    } catch (RuntimeException refused) {
                        // discovery itself refused (e.g. DescribeOrganization everywhere): an error, exit 2, no verdict
                        runs++;
                        continue;
                    }
                    runs++;
                    List<String> problems = compare(baseline, result);
                    problems.forEach(p -> wrong.add(op + " denied in " + scope + ": " + p));
                    unknownVerdicts += (int) result.findings().stream().filter(f -> f.status() == Status.UNKNOWN).count();
                }
            }
            cloud.faults().clear();
            java.nio.file.Files.write(Path.of("target", "gap-matrix-aws.txt"), wrong);
            System.out.printf("[gap-matrix] aws: %d operations, %d denied runs, %d UNKNOWN verdicts, %d wrong%n",
                    operations.size(), runs, unknownVerdicts, wrong.size());
            assertThat(wrong).as("verdicts that differ from the fault-free scan other than by UNKNOWN").isEmpty();
        }
    }

    /** Baseline verdicts that changed to anything but UNKNOWN, or vanished with no UNKNOWN standing for them. */
    private static List<String> compare(Map<String, Status> baseline, ScanResult result) {
        List<String> problems = new ArrayList<>();
        Map<String, Finding> now = new HashMap<>();
        Set<String> unknownByCheckAndAccount = new java.util.HashSet<>();
        for (Finding f : result.findings()) {
            now.put(key(f), f);
            if (f.status() == Status.UNKNOWN) {
                unknownByCheckAndAccount.add(f.checkId() + " " + f.accountUid());
            }
        }
        for (Finding f : result.findings()) {
            Status before = baseline.get(key(f));
            if (f.status() != Status.UNKNOWN && before != null && before != f.status()) {
                problems.add(key(f) + " was " + before + ", now " + f.status() + ": " + f.statusExtended());
            }
            if (f.status() != Status.UNKNOWN && before == null) {
                problems.add(key(f) + " is new: " + f.status() + ": " + f.statusExtended());
            }
        }
        // accounts below a parent that could not be listed were never discovered: such a scan says it is
        // incomplete (exit 2) and cannot name them, so their verdicts may vanish
        boolean accountsUnlisted = result.incomplete() && result.gaps().stream()
                .anyMatch(g -> g.resourceTypes().contains("aws.account"));
        baseline.forEach((key, before) -> {
            if (!now.containsKey(key) && !accountsUnlisted) {
                String[] parts = key.split(" ");
                if (!unknownByCheckAndAccount.contains(parts[0] + " " + parts[1])) {
                    problems.add(key + " (" + before + ") vanished without an UNKNOWN in its account");
                }
            }
        });
        return problems;
    }

    private static Map<String, Status> verdicts(ScanResult result) {
        Map<String, Status> out = new HashMap<>();
        result.findings().forEach(f -> out.put(key(f), f.status()));
        return out;
    }

    private static String key(Finding f) {
        return f.checkId() + " " + f.accountUid() + " " + f.resourceUid();
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
