package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.FakeCloud;
import dev.vigil.fakecloud.SdkClients;
import dev.vigil.fakecloud.StaticCredentials;
import dev.vigil.fakecloud.fault.FaultKind;
import dev.vigil.fakecloud.fault.FaultRule;
import dev.vigil.fakecloud.org.OrgAccount;
import dev.vigil.fakecloud.org.OrgSpec;
import dev.vigil.fakecloud.org.SyntheticOrg;
import dev.vigil.fakecloud.org.SyntheticOrgGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;

class StsWireTest {
    static SyntheticOrg org;
    static FakeCloud cloud;
    static SdkClients clients;

    @BeforeAll
    static void start() {
        org = SyntheticOrgGenerator.generate(OrgSpec.demo());
        cloud = FakeCloud.start(org);
        clients = new SdkClients(cloud.endpoint());
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    private StsClient sts(StaticCredentials creds) {
        return clients.noRetry(StsClient.builder(), creds, "us-east-1");
    }

    @Test
    void callerIdentityIsManagementUser() {
        GetCallerIdentityResponse id = sts(cloud.managementCredentials()).getCallerIdentity();
        assertThat(id.account()).isEqualTo(org.managementAccountId());
        assertThat(id.arn()).endsWith(":user/vigil-admin");
    }

    @Test
    void assumeRoleLandsInAccount() {
        OrgAccount member = org.accounts().get(3);
        AssumeRoleResponse r = sts(cloud.managementCredentials()).assumeRole(b -> b
                .roleArn("arn:aws:iam::" + member.id() + ":role/VigilScanner").roleSessionName("vigil"));
        assertThat(r.credentials().accessKeyId()).startsWith("ASIA" + member.id());
        assertThat(r.assumedRoleUser().arn()).isEqualTo("arn:aws:sts::" + member.id() + ":assumed-role/VigilScanner/vigil");
        StaticCredentials creds = new StaticCredentials(r.credentials().accessKeyId(),
                r.credentials().secretAccessKey(), r.credentials().sessionToken());
        assertThat(sts(creds).getCallerIdentity().account()).isEqualTo(member.id());
    }

    @Test
    void assumeRoleRefusals() {
        OrgAccount suspended = org.accounts().stream().filter(a -> !a.active()).findFirst().orElseThrow();
        StsClient sts = sts(cloud.managementCredentials());
        assertThatThrownBy(() -> sts.assumeRole(b -> b.roleArn("arn:aws:iam::" + suspended.id() + ":role/VigilScanner")
                .roleSessionName("x"))).isInstanceOfSatisfying(StsException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied"));
        OrgAccount member = org.accounts().get(2);
        cloud.faults().add(new FaultRule(member.id(), "*", "*", "*", FaultKind.ASSUME_ROLE_FAIL, 1));
        String arn = "arn:aws:iam::" + member.id() + ":role/VigilScanner";
        assertThatThrownBy(() -> sts.assumeRole(b -> b.roleArn(arn).roleSessionName("x")))
                .isInstanceOfSatisfying(StsException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                });
        assertThat(sts.assumeRole(b -> b.roleArn(arn).roleSessionName("x")).credentials()).isNotNull();
    }

    @Test
    void unknownKeyIsRejected() {
        StsClient sts = sts(new StaticCredentials("AKIA000000000000NOPE", "x", null));
        assertThatThrownBy(sts::getCallerIdentity).isInstanceOfSatisfying(StsException.class,
                e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId"));
    }

    @Test
    void throttlingIsRecognised() {
        cloud.faults().add(new FaultRule(org.managementAccountId(), "*", "sts", "GetCallerIdentity",
                FaultKind.THROTTLE, 1));
        assertThatThrownBy(() -> sts(cloud.managementCredentials()).getCallerIdentity())
                .isInstanceOfSatisfying(StsException.class, e -> assertThat(e.isThrottlingException()).isTrue());
    }
}
