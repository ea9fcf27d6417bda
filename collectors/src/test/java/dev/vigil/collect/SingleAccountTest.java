package dev.vigil.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.snapshot.Manifest;
import dev.vigil.snapshot.SnapshotReader;
import dev.vigil.snapshot.TargetStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleAccountTest {
    @TempDir
    Path dir;

    @Test
    void collectsTheCallersAccountWithoutOrganizations() {
        try (FakeOrg fake = FakeOrg.small()) {
            Manifest m = fake.collect(dir, fake.config().withSingleAccount(true).withRegions(List.of("us-east-1")));
            String account = fake.org.managementAccountId();
            assertThat(m.orgs()).isEmpty();
            assertThat(m.targets()).singleElement().satisfies(t -> {
                assertThat(t.accountId()).isEqualTo(account);
                assertThat(t.status()).isEqualTo(TargetStatus.COMPLETE);
            });
            assertThat(fake.cloud.calls().count("sts", "AssumeRole")).isZero();
            assertThat(fake.cloud.calls().byOperation().keySet()).noneMatch(k -> k.startsWith("organizations:"));
            Map<String, Integer> counts = new TreeMap<>();
            SnapshotReader.open(dir).forEachRecord(r -> {
                if (r.accountId().equals(account)) {
                    counts.merge(r.type(), 1, Integer::sum);
                }
                assertThat(r.region()).isIn("us-east-1", "global", "eu-west-1");
            });
            assertThat(counts.get("aws.ec2.region")).isEqualTo(1);
            assertThat(counts.get("aws.iam.account")).isEqualTo(1);
            assertThat(counts).containsKeys("aws.iam.user", "aws.s3.bucket", "aws.ec2.vpc");
        }
    }

    @Test
    void theSdkEndpointVariableIsEnoughToReachEveryService() {
        try (FakeOrg fake = FakeOrg.small()) {
            var config = dev.vigil.collect.config.VigilConfig.DEFAULT.withSingleAccount(true)
                    .withRegions(List.of("us-east-1"));
            var options = fake.options(config).withEnvironment(Map.of("AWS_ENDPOINT_URL", fake.cloud.endpoint().toString()));
            Manifest m = new CollectionJob(options).run(dev.vigil.snapshot.SnapshotWriter.create(dir, "test"));
            assertThat(m.gaps()).isEmpty();
            assertThat(fake.cloud.calls().count("s3control", "GetPublicAccessBlock")).isEqualTo(1);
        }
    }
}
