package dev.vigil.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.fakecloud.fault.FaultKind;
import dev.vigil.fakecloud.fault.FaultRule;
import dev.vigil.fakecloud.org.OrgAccount;
import dev.vigil.snapshot.Gap;
import dev.vigil.snapshot.Manifest;
import dev.vigil.snapshot.ResourceRecord;
import dev.vigil.snapshot.SnapshotReader;
import dev.vigil.snapshot.SnapshotStatus;
import dev.vigil.snapshot.Target;
import dev.vigil.snapshot.TargetStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every injected fault becomes a gap naming account, region and API; everything else is still collected. */
class FaultsTest {
    @TempDir
    Path dir;

    @Test
    void faultsBecomeGapsAndTheRestIsKept() {
        try (FakeOrg fake = FakeOrg.small()) {
            List<String> active = fake.org.accounts().stream().filter(OrgAccount::active).map(OrgAccount::id)
                    .filter(id -> !id.equals(fake.org.managementAccountId())).toList();
            String denied = active.get(0);
            String noRole = active.get(1);
            String throttled = active.get(2);
            String broken = active.get(3);
            var faults = fake.cloud.faults();
            faults.add(new FaultRule(denied, "eu-west-1", "ec2", "DescribeSecurityGroups", FaultKind.ACCESS_DENIED, -1));
            faults.add(new FaultRule(noRole, "*", "sts", "AssumeRole", FaultKind.ASSUME_ROLE_FAIL, -1));
            faults.add(new FaultRule(throttled, "*", "kms", "ListKeys", FaultKind.THROTTLE, 2));
            faults.add(new FaultRule(throttled, "*", "ec2", "DescribeVpcs", FaultKind.THROTTLE, 1));
            faults.add(new FaultRule(broken, "us-east-1", "cloudtrail", "DescribeTrails", FaultKind.SERVER_ERROR, -1));
            faults.add(new FaultRule(broken, "*", "iam", "GetAccountSummary", FaultKind.TRUNCATED_BODY, -1));

            Manifest manifest = fake.collect(dir, fake.config());

            assertThat(manifest.status()).isEqualTo(SnapshotStatus.PARTIAL);
            assertGap(manifest, denied, "eu-west-1", "ec2", "DescribeSecurityGroups");
            Gap assume = assertGap(manifest, noRole, "global", "sts", "AssumeRole");
            Target failed = target(manifest, noRole);
            assertThat(failed.status()).isEqualTo(TargetStatus.FAILED);
            assertThat(failed.reason()).contains(assume.errorCode()).contains("VigilScanner");
            assertGap(manifest, broken, "us-east-1", "cloudtrail", "DescribeTrails");
            assertGap(manifest, broken, "global", "iam", "GetAccountSummary");
            assertThat(manifest.gaps()).hasSize(4);
            assertThat(target(manifest, throttled).status()).isEqualTo(TargetStatus.COMPLETE);

            Map<String, Map<String, Integer>> counts = counts();
            Map<String, Map<String, Integer>> expected = fake.org.expectedResourceCounts();
            assertThat(counts.get(throttled)).isEqualTo(expected.get(throttled));
            // only what the management account reports about it (its costs) exists for the account not entered
            assertThat(counts.get(noRole)).containsOnlyKeys("aws.ce.account_cost");
            Map<String, Integer> deniedCounts = new TreeMap<>(expected.get(denied));
            int euGroups = fake.org.expectedUids(denied, "aws.ec2.security_group").stream()
                    .filter(uid -> uid.contains(":eu-west-1:")).toList().size();
            deniedCounts.merge("aws.ec2.security_group", -euGroups, Integer::sum);
            deniedCounts.values().removeIf(v -> v == 0);
            assertThat(counts.get(denied)).isEqualTo(deniedCounts);
            Map<String, Integer> brokenCounts = new TreeMap<>(expected.get(broken));
            int usTrails = fake.org.expectedUids(broken, "aws.cloudtrail.trail").stream()
                    .filter(uid -> uid.contains(":us-east-1:")).toList().size();
            brokenCounts.merge("aws.cloudtrail.trail", -usTrails, Integer::sum);
            brokenCounts.values().removeIf(v -> v == 0);
            assertThat(counts.get(broken)).isEqualTo(brokenCounts);
            for (String other : expected.keySet()) {
                if (!List.of(denied, noRole, broken).contains(other)) {
                    assertThat(counts.get(other)).as(other).isEqualTo(expected.get(other));
                }
            }
        }
    }

    private Map<String, Map<String, Integer>> counts() {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        List<ResourceRecord> records = new ArrayList<>();
        SnapshotReader.open(dir).forEachRecord(records::add);
        records.forEach(r -> counts.computeIfAbsent(r.accountId(), a -> new TreeMap<>()).merge(r.type(), 1,
                Integer::sum));
        return counts;
    }

    private static Target target(Manifest m, String account) {
        return m.targets().stream().filter(t -> t.accountId().equals(account)).findFirst().orElseThrow();
    }

    private static Gap assertGap(Manifest m, String account, String region, String service, String operation) {
        List<Gap> gaps = m.gaps().stream().filter(g -> g.accountId().equals(account) && g.region().equals(region)
                && g.service().equals(service) && g.operation().equals(operation)).toList();
        assertThat(gaps).as(account + " " + region + " " + service + ":" + operation + " in " + m.gaps()).hasSize(1);
        assertThat(gaps.get(0).errorCode()).isNotBlank();
        assertThat(gaps.get(0).message()).isNotBlank();
        return gaps.get(0);
    }
}
