package dev.vigil.collect.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.collect.MultiCloudCollection;
import dev.vigil.collect.Shard;
import dev.vigil.collect.config.CircuitBreakerConfig;
import dev.vigil.collect.config.Concurrency;
import dev.vigil.collect.config.GcpConfig;
import dev.vigil.collect.config.Retries;
import dev.vigil.collect.config.Timeouts;
import dev.vigil.collect.config.VigilConfig;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.fault.FaultKind;
import dev.vigil.fakecloud.fault.FaultRule;
import dev.vigil.fakecloud.gcp.GcpFakeCloud;
import dev.vigil.fakecloud.gcp.GcpOrgGenerator;
import dev.vigil.fakecloud.gcp.GcpOrgSpec;
import dev.vigil.fakecloud.gcp.GcpSyntheticOrg;
import dev.vigil.snapshot.Manifest;
import dev.vigil.snapshot.SnapshotReader;
import dev.vigil.snapshot.SnapshotWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Throttled Google API calls are retried until they answer; a hung Cloud Billing costs one timeout, not one per project. */
class GcpResilienceTest {
    @TempDir
    Path dir;

    private Manifest collect(GcpFakeCloud cloud, GcpSyntheticOrg org, VigilConfig base) {
        GcpConfig gcp = new GcpConfig(org.organization(), null, null, null, null, cloud.credentialsFile().toString(),
                cloud.endpoint().toString(), true);
        return new MultiCloudCollection(List.of(new GcpCollectionJob(base.withProviders(List.of("gcp")).withGcp(gcp),
                Map.of(), Shard.ALL))).run(SnapshotWriter.create(dir, "test"));
    }

    private Map<String, Map<String, Integer>> counts() {
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        SnapshotReader.open(dir).forEachRecord(
                r -> out.computeIfAbsent(r.accountId(), k -> new TreeMap<>()).merge(r.type(), 1, Integer::sum));
        return out;
    }

    @Test
    void throttledAndUnavailableCallsAreRetriedUntilTheyAnswer() {
        GcpSyntheticOrg org = GcpOrgGenerator.generate(GcpOrgSpec.demo());
        try (GcpFakeCloud cloud = GcpFakeCloud.start(org, FakeCloudOptions.defaults().withMaxPageSize(7))) {
            cloud.faults().add(FaultRule.fraction("*", "*", "*", "*", FaultKind.THROTTLE, 0.3));
            cloud.faults().add(FaultRule.fraction("*", "*", "*", "*", FaultKind.SERVER_ERROR, 0.2));
            VigilConfig config = VigilConfig.DEFAULT.withRetries(new Retries(40, Duration.ofMillis(1), Duration.ofMillis(20)));

            Manifest m = collect(cloud, org, config);

            assertThat(m.gaps()).isEmpty();
            assertThat(counts()).isEqualTo(org.expectedResourceCounts());
            assertThat(cloud.calls().faultsInjected()).isGreaterThan(10);
        }
    }

    @Test
    void aHungCloudBillingCostsOneTimeoutAndTheBreakerAnswersForTheOtherProjects() {
        GcpSyntheticOrg org = GcpOrgGenerator.generate(GcpOrgSpec.demo());
        try (GcpFakeCloud cloud = GcpFakeCloud.start(org, FakeCloudOptions.defaults())) {
            cloud.faults().add(new FaultRule("*", "*", "cloudbilling", "*", FaultKind.HANG, -1));
            VigilConfig config = VigilConfig.DEFAULT.withConcurrency(new Concurrency(1, null))
                    .withTimeouts(new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(60)))
                    .withCircuitBreaker(new CircuitBreakerConfig(1, Duration.ofMinutes(5)));

            Manifest m = collect(cloud, org, config);

            assertThat(m.gaps()).isNotEmpty().allSatisfy(g -> {
                assertThat(g.service()).isEqualTo("cloudbilling");
                assertThat(g.errorCode()).isIn("DEADLINE_EXCEEDED", "CircuitOpen");
            });
            assertThat(m.gaps()).filteredOn(g -> g.errorCode().equals("DEADLINE_EXCEEDED")).hasSize(1);
            assertThat(m.gaps()).filteredOn(g -> g.errorCode().equals("CircuitOpen")).hasSize(m.gaps().size() - 1)
                    .isNotEmpty();
            assertThat(counts()).as("Cloud Asset Inventory answered: every resource is there")
                    .isEqualTo(org.expectedResourceCounts());
        }
    }
}
