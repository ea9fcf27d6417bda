package dev.vigil.fakecloud;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.fakecloud.org.OrgSpec;
import dev.vigil.fakecloud.org.SyntheticOrg;
import dev.vigil.fakecloud.org.SyntheticOrgGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.StsException;

class ConcurrencyTest {
    private static final SyntheticOrg ORG = SyntheticOrgGenerator.generate(OrgSpec.demo());

    @Test
    void latencyDoesNotSerialiseCalls() throws Exception {
        int calls = 64;
        int latency = 1000;
        try (FakeCloud cloud = FakeCloud.start(ORG, FakeCloudOptions.defaults().withLatencyMillis(latency)
                .withThreads(64))) {
            StsClient sts = new SdkClients(cloud.endpoint()).build(StsClient.builder(), cloud.managementCredentials(),
                    "us-east-1");
            sts.getCallerIdentity();
            ExecutorService pool = Executors.newFixedThreadPool(64);
            long start = System.nanoTime();
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                results.add(pool.submit(() -> sts.getCallerIdentity().account()));
            }
            for (Future<String> f : results) {
                assertThat(f.get()).isEqualTo(ORG.managementAccountId());
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            pool.shutdown();
            assertThat(millis).as("64 calls of 1 s over 64 threads (serial: 64 s)").isLessThan(calls * latency / 4);
            assertThat(cloud.calls().count("sts", "GetCallerIdentity")).isEqualTo(calls + 1);
        }
    }

    @Test
    void globalRateLimitThrottles() throws Exception {
        try (FakeCloud cloud = FakeCloud.start(ORG, FakeCloudOptions.defaults().withRequestsPerSecond(1))) {
            StsClient sts = new SdkClients(cloud.endpoint()).noRetry(StsClient.builder(), cloud.managementCredentials(),
                    "us-east-1");
            AtomicInteger throttled = new AtomicInteger();
            for (int i = 0; i < 10; i++) {
                try {
                    sts.getCallerIdentity();
                } catch (StsException e) {
                    assertThat(e.isThrottlingException()).isTrue();
                    throttled.incrementAndGet();
                }
            }
            assertThat(throttled.get()).isGreaterThanOrEqualTo(5);
            assertThat(cloud.calls().faultsInjected()).isEqualTo(throttled.get());
        }
    }
}
