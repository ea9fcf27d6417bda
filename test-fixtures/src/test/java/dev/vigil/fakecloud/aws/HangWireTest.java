package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.StaticCredentials;
import dev.vigil.fakecloud.fault.FaultKind;
import dev.vigil.fakecloud.fault.FaultRule;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** A HANG fault never answers: the client's read timeout is what ends the call, and other calls are served. */
class HangWireTest extends WireTestBase {

    @AfterEach
    void clearFaults() {
        cloud.faults().clear();
    }

    private static Ec2Client ec2(Duration readTimeout) {
        StaticCredentials c = mgmt();
        return Ec2Client.builder().endpointOverride(cloud.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(c.accessKeyId(), c.secretAccessKey())))
                .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(readTimeout))
                .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1)))
                .build();
    }

    @Test
    void aHungCallTimesOutAtTheClientWhileOtherOperationsAreAnswered() {
        cloud.faults().add(new FaultRule(org.managementAccountId(), "us-east-1", "ec2", "DescribeVpcs",
                FaultKind.HANG, -1));
        try (Ec2Client ec2 = ec2(Duration.ofMillis(300))) {
            assertThatThrownBy(ec2::describeVpcs).isInstanceOf(SdkClientException.class)
                    .hasMessageContaining("timed out");
            assertThat(cloud.faults().hung().count()).isEqualTo(1);
            assertThat(ec2.describeSubnets().subnets()).isNotNull();
            assertThatThrownBy(ec2::describeVpcs).isInstanceOf(SdkClientException.class);
            assertThat(cloud.faults().hung().count()).isEqualTo(2);
        }
    }

    @Test
    void aFractionOfCallsIsFaultedTheSameWayEveryRun() {
        cloud.faults().add(FaultRule.parse("throttle:*:us-east-1:ec2:DescribeSubnets:0.5"));
        int throttled = 0;
        try (Ec2Client ec2 = ec2(Duration.ofSeconds(10))) {
            for (int i = 0; i < 200; i++) {
                try {
                    ec2.describeSubnets();
                } catch (software.amazon.awssdk.services.ec2.model.Ec2Exception e) {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("RequestLimitExceeded");
                    throttled++;
                }
            }
        }
        assertThat(throttled).isBetween(70, 130);
    }
}
