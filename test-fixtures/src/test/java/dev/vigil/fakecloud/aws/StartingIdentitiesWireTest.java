package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.FakeCloud;
import dev.vigil.fakecloud.SdkClients;
import dev.vigil.fakecloud.StaticCredentials;
import dev.vigil.fakecloud.org.OrgAccount;
import dev.vigil.fakecloud.org.OrgSpec;
import dev.vigil.fakecloud.org.SyntheticOrg;
import dev.vigil.fakecloud.org.SyntheticOrgGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AccessDeniedException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.StsException;

/** The fake models a management account without the scanner role and a starting identity in a security account. */
class StartingIdentitiesWireTest {
    SyntheticOrg org;
    FakeCloud cloud;
    SdkClients clients;

    @BeforeEach
    void start() {
        org = SyntheticOrgGenerator.generate(OrgSpec.demo());
        cloud = FakeCloud.start(org);
        clients = new SdkClients(cloud.endpoint());
    }

    @AfterEach
    void stop() {
        cloud.close();
    }

    private StsClient sts(StaticCredentials creds) {
        return clients.noRetry(StsClient.builder(), creds, "us-east-1");
    }

    private String member() {
        return org.accounts().stream().filter(OrgAccount::active).map(OrgAccount::id)
                .filter(id -> !id.equals(org.managementAccountId())).findFirst().orElseThrow();
    }

    @Test
    void aRemovedScannerRoleAnswersAccessDeniedAndAnAddedRoleCanBeAssumed() {
        String management = org.managementAccountId();
        cloud.roles().removeScannerRole(management);
        cloud.roles().add(management, "VigilManagementScanner");
        StsClient sts = sts(cloud.managementCredentials());
        String scanner = "arn:aws:iam::" + management + ":role/VigilScanner";
        assertThatThrownBy(() -> sts.assumeRole(b -> b.roleArn(scanner).roleSessionName("x")))
                .isInstanceOfSatisfying(StsException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                });
        String added = "arn:aws:iam::" + management + ":role/VigilManagementScanner";
        assertThat(sts.assumeRole(b -> b.roleArn(added).roleSessionName("x")).credentials().accessKeyId())
                .startsWith("ASIA" + management);
        String other = "arn:aws:iam::" + member() + ":role/VigilScanner";
        assertThat(sts.assumeRole(b -> b.roleArn(other).roleSessionName("x")).credentials()).isNotNull();
        assertThat(cloud.calls().assumeRoleArns()).containsExactly(scanner, added, other);
    }

    @Test
    void aUserInASecurityAccountReadsOrganizationsOnlyAsDelegatedAdministrator() {
        String security = member();
        StaticCredentials creds = cloud.userCredentials(security);
        assertThat(sts(creds).getCallerIdentity().account()).isEqualTo(security);
        OrganizationsClient organizations = clients.noRetry(OrganizationsClient.builder(), creds, "us-east-1");
        assertThat(organizations.describeOrganization().organization().masterAccountId())
                .isEqualTo(org.managementAccountId());
        assertThatThrownBy(organizations::listRoots).isInstanceOf(AccessDeniedException.class);
        cloud.delegatedAdministrators().register(security);
        assertThat(organizations.listRoots().roots()).hasSize(1);
    }
}
