package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.FakeCloud;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.SdkClients;
import dev.vigil.fakecloud.StaticCredentials;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.OrgSpec;
import dev.vigil.fakecloud.org.Plant;
import dev.vigil.fakecloud.org.SyntheticOrg;
import dev.vigil.fakecloud.org.SyntheticOrgGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/** Starts the demo org on a fake cloud with pages of at most 3 items, so every paginator really pages. */
abstract class WireTestBase {
    static final int PAGE = 3;
    static SyntheticOrg org;
    static FakeCloud cloud;
    static SdkClients clients;

    @BeforeAll
    static void startCloud() {
        org = SyntheticOrgGenerator.generate(OrgSpec.demo());
        cloud = FakeCloud.start(org, FakeCloudOptions.defaults().withMaxPageSize(PAGE).withThreads(16));
        clients = new SdkClients(cloud.endpoint());
    }

    @AfterAll
    static void stopCloud() {
        cloud.close();
    }

    static StaticCredentials mgmt() {
        return cloud.managementCredentials();
    }

    static StaticCredentials assume(String accountId) {
        StsClient sts = clients.build(StsClient.builder(), mgmt(), "us-east-1");
        Credentials c = sts.assumeRole(b -> b.roleArn("arn:aws:iam::" + accountId + ":role/VigilScanner")
                .roleSessionName("wire-test")).credentials();
        return new StaticCredentials(c.accessKeyId(), c.secretAccessKey(), c.sessionToken());
    }

    /** The first ACTIVE account (not the management account) planted with {@code plant}. */
    static AccountResources plantedWith(Plant plant) {
        return org.accounts().stream().filter(a -> a.active() && !a.id().equals(org.managementAccountId()))
                .map(a -> org.resources(a.id()).orElseThrow())
                .filter(r -> org.groundTruth().findings().stream().anyMatch(f -> f.checkId().equals(plant.checkId())
                        && f.resourceUid().contains(r.accountId())))
                .findFirst().orElseThrow(() -> new AssertionError("no account planted with " + plant));
    }
}
