package dev.vigil.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.collect.aws.AwsServices;
import dev.vigil.collect.config.VigilConfig;
import dev.vigil.collect.engine.CallListener;
import dev.vigil.collect.engine.ClientFactory;
import dev.vigil.collect.engine.Endpoints;
import dev.vigil.collect.ratelimit.RateLimiters;
import dev.vigil.collect.resilience.CallResilience;
import dev.vigil.fakecloud.StaticCredentials;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.http.conn.DnsResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3control.S3ControlClient;

/**
 * A custom endpoint whose host is a name, not 127.0.0.1 or localhost ({@code http://moto:5000} in docker-compose):
 * the fake cloud is reached as {@code vigil-fake.test} through a resolver that knows that one name and nothing else,
 * so a client that puts an account id or a bucket name in front of the host fails to connect.
 */
class CustomEndpointHostTest {
    private static final String HOST = "vigil-fake.test";

    private final Set<String> looked = ConcurrentHashMap.newKeySet();
    private FakeOrg fake;
    private SdkHttpClient http;
    private ClientFactory factory;
    private StaticCredentialsProvider credentials;

    @BeforeEach
    void reachTheFakeCloudByName() {
        fake = FakeOrg.small();
        DnsResolver onlyOurName = host -> {
            looked.add(host);
            if (!host.equals(HOST)) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getByAddress(HOST, new byte[] {127, 0, 0, 1})};
        };
        http = ApacheHttpClient.builder().dnsResolver(onlyOurName).build();
        factory = factory(new Endpoints(endpoint(), Map.of()));
        StaticCredentials creds = fake.cloud.managementCredentials();
        credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create(creds.accessKeyId(),
                creds.secretAccessKey()));
    }

    private String endpoint() {
        return "http://" + HOST + ":" + fake.cloud.endpoint().getPort();
    }

    private ClientFactory factory(Endpoints endpoints) {
        VigilConfig config = VigilConfig.DEFAULT;
        return new ClientFactory(http, endpoints, new RateLimiters(config.rateLimits()), CallListener.NONE, List.of(),
                CallResilience.of(config));
    }

    @AfterEach
    void close() {
        http.close();
        fake.close();
    }

    @Test
    void s3ControlIsServedWithoutTheAccountIdInFrontOfTheHost() {
        String account = fake.org.managementAccountId();
        S3ControlClient s3Control = factory.build(AwsServices.S3_CONTROL, account, "us-east-1", credentials,
                new AtomicInteger());

        var answer = s3Control.getPublicAccessBlock(r -> r.accountId(account));

        assertThat(answer.publicAccessBlockConfiguration()).isNotNull();
        assertThat(fake.cloud.calls().count("s3control", "GetPublicAccessBlock")).isEqualTo(1);
        assertThat(looked).containsOnly(HOST);
    }

    @Test
    void theSdksServiceEndpointVariableWorksTheSameWay() {
        String account = fake.org.managementAccountId();
        ClientFactory fromEnvironment = factory(new Endpoints(null, Map.of("AWS_ENDPOINT_URL_S3_CONTROL", endpoint())));
        S3ControlClient s3Control = fromEnvironment.build(AwsServices.S3_CONTROL, account, "us-east-1", credentials,
                new AtomicInteger());

        s3Control.getPublicAccessBlock(r -> r.accountId(account));

        assertThat(fake.cloud.calls().count("s3control", "GetPublicAccessBlock")).isEqualTo(1);
        assertThat(looked).containsOnly(HOST);
    }

    @Test
    void s3UsesPathStyleSoTheBucketNameIsNotInFrontOfTheHost() {
        String account = fake.org.managementAccountId();
        S3Client s3 = factory.build(AwsServices.S3, account, "us-east-1", credentials, new AtomicInteger());
        List<Bucket> buckets = s3.listBuckets().buckets();
        assertThat(buckets).isNotEmpty();

        s3.getBucketVersioning(r -> r.bucket(buckets.get(0).name()));

        assertThat(fake.cloud.calls().count("s3", "GetBucketVersioning")).isEqualTo(1);
        assertThat(looked).containsOnly(HOST);
    }
}
