package dev.vigil.collect.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.collect.MultiCloudCollection;
import dev.vigil.collect.Shard;
import dev.vigil.collect.config.CircuitBreakerConfig;
import dev.vigil.collect.config.Retries;
import dev.vigil.collect.config.Timeouts;
import dev.vigil.collect.config.VigilConfig;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.azure.AzureFakeCloud;
import dev.vigil.fakecloud.azure.AzureOrgGenerator;
import dev.vigil.fakecloud.azure.AzureOrgSpec;
import dev.vigil.fakecloud.azure.AzureSyntheticOrg;
import dev.vigil.fakecloud.fault.FaultKind;
import dev.vigil.fakecloud.fault.FaultRule;
import dev.vigil.snapshot.Gap;
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

/** Throttled ARM calls are retried until they answer; a hung resource provider costs its own calls, once. */
class AzureResilienceTest {
    @TempDir
    Path dir;

    private Manifest collect(AzureFakeCloud cloud, AzureSyntheticOrg org, VigilConfig base) {
        var azure = new dev.vigil.collect.config.AzureConfig(org.tenantId(), null, null, null, AzureFakeCloud.CLIENT_ID,
                AzureCollectionTest.SECRET_VARIABLE, cloud.endpoint().toString(), cloud.endpoint().toString(),
                cloud.caCertificatePem().toString());
        VigilConfig config = base.withProviders(List.of("azure")).withAzure(azure);
        return new MultiCloudCollection(List.of(new AzureCollectionJob(config,
                Map.of(AzureCollectionTest.SECRET_VARIABLE, AzureFakeCloud.CLIENT_SECRET), Shard.ALL)))
                .run(SnapshotWriter.create(dir, "test"));
    }

    private Map<String, Map<String, Integer>> counts() {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        SnapshotReader.open(dir).forEachRecord(
                r -> counts.computeIfAbsent(r.accountId(), k -> new TreeMap<>()).merge(r.type(), 1, Integer::sum));
        return counts;
    }

    @Test
    void thirtyPercentOfArmCallsThrottledStillYieldsEverythingAndNoGaps() {
        AzureSyntheticOrg org = AzureOrgGenerator.generate(AzureOrgSpec.demo());
        try (AzureFakeCloud cloud = AzureFakeCloud.start(org, FakeCloudOptions.defaults())) {
            cloud.faults().add(FaultRule.fraction("*", "*", "*", "*", FaultKind.THROTTLE, 0.3));
            cloud.faults().add(FaultRule.fraction("*", "*", "sql", "*", FaultKind.SERVER_ERROR, 0.2));
            VigilConfig config = VigilConfig.DEFAULT.withRetries(new Retries(40, Duration.ofMillis(1), Duration.ofMillis(20)));

            Manifest m = collect(cloud, org, config);

            assertThat(m.gaps()).isEmpty();
            assertThat(counts()).isEqualTo(org.expectedResourceCounts());
            assertThat(cloud.calls().faultsInjected()).isGreaterThan(10);
        }
    }

    @Test
    void aHungProviderInOneSubscriptionCostsItsOwnCallsAndTheBreakerStopsCallingIt() {
        AzureSyntheticOrg org = AzureOrgGenerator.generate(AzureOrgSpec.demo());
        try (AzureFakeCloud cloud = AzureFakeCloud.start(org, FakeCloudOptions.defaults())) {
            String hung = org.subscriptions().stream().filter(s -> s.enabled()
                    && org.expectedResourceCounts().getOrDefault(s.id(), Map.of()).containsKey("azure.sql.server"))
                    .findFirst().orElseThrow().id();
            cloud.faults().add(new FaultRule(hung, "*", "sql", "*", FaultKind.HANG, -1));
            VigilConfig config = VigilConfig.DEFAULT
                    .withTimeouts(new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(60)))
                    .withCircuitBreaker(new CircuitBreakerConfig(1, Duration.ofMinutes(5)));

            Manifest m = collect(cloud, org, config);

            assertThat(m.gaps()).isNotEmpty().allSatisfy(g -> {
                assertThat(g.accountId()).isEqualTo(hung);
                assertThat(g.service()).isEqualTo("sql");
                assertThat(g.errorCode()).isIn("Timeout", "CircuitOpen");
            });
            List<Gap> timeouts = m.gaps().stream().filter(g -> g.errorCode().equals("Timeout")).toList();
            assertThat(timeouts).as("the first timeout opens the breaker").hasSize(1);
            assertThat(m.gaps()).anySatisfy(g -> assertThat(g.message()).contains("circuit open")
                    .contains(hung.toLowerCase()).contains("microsoft.sql"));
            Map<String, Map<String, Integer>> expected = new TreeMap<>(org.expectedResourceCounts());
            Map<String, Map<String, Integer>> got = counts();
            expected.remove(hung);
            got.remove(hung);
            assertThat(got).as("every other subscription complete").isEqualTo(expected);
        }
    }
}
