package dev.vigil.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.collect.config.CircuitBreakerConfig;
import dev.vigil.collect.config.Retries;
import dev.vigil.collect.config.Timeouts;
import dev.vigil.collect.config.VigilConfig;
import dev.vigil.collect.engine.CallListener;
import dev.vigil.fakecloud.fault.FaultKind;
import dev.vigil.fakecloud.fault.FaultRule;
import dev.vigil.fakecloud.org.OrgAccount;
import dev.vigil.snapshot.Gap;
import dev.vigil.snapshot.Manifest;
import dev.vigil.snapshot.ResourceRecord;
import dev.vigil.snapshot.SnapshotReader;
import dev.vigil.snapshot.SnapshotStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Throttling never costs data; a hung endpoint costs its own calls only, and not again and again. */
class ThrottlingAndHangsTest {
    @TempDir
    Path dir;

    @Test
    void sixtyPercentOfCallsThrottledStillYieldsEverythingAndNoGaps() {
        try (FakeOrg fake = FakeOrg.small()) {
            fake.cloud.faults().add(FaultRule.fraction("*", "*", "ec2", "*", FaultKind.THROTTLE, 0.6));
            fake.cloud.faults().add(FaultRule.fraction("*", "*", "kms", "*", FaultKind.THROTTLE, 0.6));
            fake.cloud.faults().add(FaultRule.fraction("*", "*", "iam", "*", FaultKind.SERVER_ERROR, 0.3));
            VigilConfig config = fake.config()
                    .withRetries(new Retries(40, Duration.ofMillis(1), Duration.ofMillis(20)))
                    .withTimeouts(new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofMinutes(2)));
            LongAdder retries = new LongAdder();
            CallListener countRetries = new CallListener() {
                @Override
                public void onCall(String accountId, String region, String service, String operation) {
                }

                @Override
                public void onRetry(String accountId, String region, String service, String operation) {
                    retries.increment();
                }
            };

            Manifest manifest = new CollectionJob(fake.options(config).withCallListener(countRetries))
                    .run(dev.vigil.snapshot.SnapshotWriter.create(dir, "test"));

            assertThat(manifest.gaps()).isEmpty();
            assertThat(manifest.status()).isEqualTo(SnapshotStatus.COMPLETE);
            assertThat(counts()).isEqualTo(expectedOfEnteredAccounts(fake));
            assertThat(fake.cloud.calls().faultsInjected()).isPositive();
            assertThat(retries.sum()).isEqualTo(fake.cloud.calls().faultsInjected());
        }
    }

    @Test
    void aHungServiceCostsItsOwnCallsOnlyAndTheBreakerStopsCallingIt() {
        try (FakeOrg fake = FakeOrg.small()) {
            String hung = fake.org.accounts().stream().filter(OrgAccount::active).map(OrgAccount::id)
                    .filter(id -> !id.equals(fake.org.managementAccountId())).findFirst().orElseThrow();
            fake.cloud.faults().add(new FaultRule(hung, "eu-west-1", "ec2", "*", FaultKind.HANG, -1));
            VigilConfig config = fake.config()
                    .withTimeouts(new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(3), Duration.ofSeconds(60)))
                    .withCircuitBreaker(new CircuitBreakerConfig(1, Duration.ofMinutes(5)));

            Manifest manifest = fake.collect(dir, config);

            assertThat(manifest.gaps()).isNotEmpty().allSatisfy(g -> {
                assertThat(g.accountId()).isEqualTo(hung);
                assertThat(g.region()).isEqualTo("eu-west-1");
                assertThat(g.service()).isEqualTo("ec2");
                assertThat(g.errorCode()).isIn("Timeout", "CircuitOpen");
            });
            Map<String, List<Gap>> byOperation = manifest.gaps().stream()
                    .collect(Collectors.groupingBy(Gap::operation));
            assertThat(byOperation.values()).allSatisfy(gaps -> assertThat(gaps).hasSize(1));
            // DescribeVpcs runs after DescribeFlowLogs in the same unit: by then the breaker is open
            Gap vpcs = byOperation.get("DescribeVpcs").get(0);
            assertThat(vpcs.errorCode()).isEqualTo("CircuitOpen");
            assertThat(vpcs.message()).contains(hung).contains("eu-west-1").contains("ec2").contains("Timeout");
            assertThat(byOperation.get("DescribeFlowLogs").get(0).errorCode()).isEqualTo("Timeout");

            Map<String, Map<String, Integer>> expected = expectedOfEnteredAccounts(fake);
            Map<String, Integer> hungExpected = new TreeMap<>(expected.get(hung));
            for (String type : Set.copyOf(hungExpected.keySet())) {
                // the region records come from DescribeRegions in us-east-1
                if (type.startsWith("aws.ec2.") && !type.equals("aws.ec2.region")) {
                    long inRegion = fake.org.expectedUids(hung, type).stream()
                            .filter(uid -> uid.contains(":eu-west-1:")).count();
                    hungExpected.merge(type, (int) -inRegion, Integer::sum);
                }
            }
            hungExpected.values().removeIf(v -> v == 0);
            Map<String, Map<String, Integer>> counts = counts();
            assertThat(counts.get(hung)).isEqualTo(hungExpected);
            expected.keySet().stream().filter(a -> !a.equals(hung))
                    .forEach(a -> assertThat(counts.get(a)).as(a).isEqualTo(expected.get(a)));
        }
    }

    private static Map<String, Map<String, Integer>> expectedOfEnteredAccounts(FakeOrg fake) {
        Map<String, Map<String, Integer>> expected = new TreeMap<>(fake.org.expectedResourceCounts());
        expected.values().removeIf(Map::isEmpty);
        return expected;
    }

    private Map<String, Map<String, Integer>> counts() {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        List<ResourceRecord> records = new ArrayList<>();
        SnapshotReader.open(dir).forEachRecord(records::add);
        records.forEach(r -> counts.computeIfAbsent(r.accountId(), a -> new TreeMap<>()).merge(r.type(), 1,
                Integer::sum));
        return counts;
    }
}
