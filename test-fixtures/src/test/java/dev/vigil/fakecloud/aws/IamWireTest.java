package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.Plant;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.CredentialReportNotPresentException;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.GetAccountAuthorizationDetailsResponse;
import software.amazon.awssdk.services.iam.model.GetCredentialReportResponse;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.ListEntitiesForPolicyResponse;
import software.amazon.awssdk.services.iam.model.PolicyGroup;
import software.amazon.awssdk.services.iam.model.PolicyRole;
import software.amazon.awssdk.services.iam.model.ServerCertificateMetadata;
import software.amazon.awssdk.services.iam.model.ManagedPolicyDetail;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.ReportStateType;
import software.amazon.awssdk.services.iam.model.RoleDetail;
import software.amazon.awssdk.services.iam.model.SummaryKeyType;
import software.amazon.awssdk.services.iam.model.UserDetail;

class IamWireTest extends WireTestBase {

    private IamClient iam(String accountId) {
        return clients.build(IamClient.builder(), assume(accountId), "us-east-1");
    }

    @Test
    void webIdentityTrustPoliciesTravelUrlEncoded() {
        AccountResources r = plantedWith(Plant.ROLE_GITHUB_ANY_REPOSITORY);
        Map<String, String> trust = new HashMap<>();
        iam(r.accountId()).getAccountAuthorizationDetailsPaginator(b -> b.filter(EntityType.ROLE)).roleDetailList()
                .forEach(x -> trust.put(x.roleName(), URLDecoder.decode(x.assumeRolePolicyDocument(),
                        StandardCharsets.UTF_8)));
        assertThat(trust.get("github-deploy")).contains("oidc-provider/token.actions.githubusercontent.com")
                .contains("\"token.actions.githubusercontent.com:sub\":\"repo:example-corp/")
                .contains("\"token.actions.githubusercontent.com:aud\":\"sts.amazonaws.com\"");
        assertThat(trust.get("github-deploy-any-repo")).contains("token.actions.githubusercontent.com:aud")
                .doesNotContain(":sub");
        AccountResources eks = plantedWith(Plant.ROLE_WEB_IDENTITY_NO_AUDIENCE);
        Map<String, String> eksTrust = new HashMap<>();
        iam(eks.accountId()).getAccountAuthorizationDetailsPaginator(b -> b.filter(EntityType.ROLE)).roleDetailList()
                .forEach(x -> eksTrust.put(x.roleName(), URLDecoder.decode(x.assumeRolePolicyDocument(),
                        StandardCharsets.UTF_8)));
        assertThat(eksTrust.get("eks-worker")).contains(":aud\":\"sts.amazonaws.com\"").contains(":sub\"");
        assertThat(eksTrust.get("eks-worker-any-audience")).contains(":sub\"").doesNotContain(":aud");
    }

    @Test
    void authorizationDetailsPageThroughEverything() {
        // iam_inline_policy_no_full_admin is also planted on a group (USER_FULL_ADMIN): find the role's account
        AccountResources r = org.accounts().stream().filter(a -> a.active())
                .map(a -> org.resources(a.id()).orElseThrow())
                .filter(x -> x.roles().stream().anyMatch(role -> role.name().equals("ops-automation")))
                .findFirst().orElseThrow(() -> new AssertionError("no account planted with " + Plant.ROLE_INLINE_ADMIN));
        List<UserDetail> users = new ArrayList<>();
        List<RoleDetail> roles = new ArrayList<>();
        List<ManagedPolicyDetail> policies = new ArrayList<>();
        int pages = 0;
        for (GetAccountAuthorizationDetailsResponse page : iam(r.accountId()).getAccountAuthorizationDetailsPaginator(
                b -> b.filter(EntityType.USER, EntityType.ROLE, EntityType.GROUP, EntityType.LOCAL_MANAGED_POLICY))) {
            users.addAll(page.userDetailList());
            roles.addAll(page.roleDetailList());
            policies.addAll(page.policies());
            pages++;
        }
        assertThat(pages).isGreaterThan(2);
        assertThat(users).extracting(UserDetail::userName)
                .containsExactlyElementsOf(r.users().stream().map(u -> u.name()).toList());
        assertThat(roles).hasSize(r.roles().size());
        assertThat(policies).hasSize(r.policies().size());
        RoleDetail admin = roles.stream().filter(x -> x.roleName().equals("ops-automation")).findFirst().orElseThrow();
        assertThat(URLDecoder.decode(admin.rolePolicyList().get(0).policyDocument(), StandardCharsets.UTF_8))
                .contains("\"Action\":\"*\"");
        assertThat(URLDecoder.decode(admin.assumeRolePolicyDocument(), StandardCharsets.UTF_8))
                .contains("ec2.amazonaws.com");
        RoleDetail app = roles.stream().filter(x -> x.roleName().equals("app-ec2-role")).findFirst().orElseThrow();
        assertThat(app.instanceProfileList()).hasSize(1);
        assertThat(app.attachedManagedPolicies()).hasSize(1);
        assertThat(app.roleLastUsed().lastUsedDate()).isNotNull();
        UserDetail alice = users.stream().filter(u -> u.userName().equals("alice")).findFirst().orElseThrow();
        assertThat(alice.groupList()).containsExactly("developers");
        assertThat(alice.createDate()).isEqualTo(r.users().get(0).created());
        assertThat(policies.get(0).policyVersionList().get(0).isDefaultVersion()).isTrue();
    }

    @Test
    void credentialReportAfterGeneration() throws Exception {
        AccountResources r = plantedWith(Plant.USER_OLD_KEY);
        IamClient iam = iam(r.accountId());
        assertThatThrownBy(iam::getCredentialReport).isInstanceOf(CredentialReportNotPresentException.class);
        assertThat(iam.generateCredentialReport().state()).isEqualTo(ReportStateType.STARTED);
        assertThat(iam.generateCredentialReport().state()).isEqualTo(ReportStateType.COMPLETE);
        GetCredentialReportResponse report = iam.getCredentialReport();
        String csv = report.content().asUtf8String();
        String[] lines = csv.split("\n");
        assertThat(lines[0]).startsWith("user,arn,user_creation_time,password_enabled,password_last_used")
                .endsWith("cert_2_active,cert_2_last_rotated");
        assertThat(lines[0].split(",")).hasSize(22);
        assertThat(lines[1]).startsWith("<root_account>,arn:aws:iam::" + r.accountId() + ":root,");
        assertThat(lines).hasSize(r.users().size() + 2);
        assertThat(csv).contains("legacy-batch,");
        for (String line : lines) {
            assertThat(line.split(",", -1)).hasSize(22);
        }
    }

    @Test
    void summaryAndPasswordPolicy() {
        AccountResources planted = plantedWith(Plant.NO_PASSWORD_POLICY);
        IamClient iam = iam(planted.accountId());
        assertThatThrownBy(iam::getAccountPasswordPolicy).isInstanceOfSatisfying(NoSuchEntityException.class,
                e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchEntity"));
        Map<SummaryKeyType, Integer> summary = iam.getAccountSummary().summaryMap();
        assertThat(summary.get(SummaryKeyType.USERS)).isEqualTo(planted.users().size());
        assertThat(summary).containsKey(SummaryKeyType.ACCOUNT_MFA_ENABLED);
        IamClient clean = iam(org.managementAccountId());
        assertThat(clean.getAccountPasswordPolicy().passwordPolicy().minimumPasswordLength()).isEqualTo(14);
        assertThat(clean.getAccountPasswordPolicy().passwordPolicy().passwordReusePrevention()).isEqualTo(24);
    }

    @Test
    void mfaDevices() {
        AccountResources r = org.resources(org.managementAccountId()).orElseThrow();
        IamClient iam = iam(r.accountId());
        assertThat(iam.listMFADevices(b -> b.userName("alice")).mfaDevices()).hasSize(1);
        assertThat(iam.listMFADevices(b -> b.userName("ci-deploy")).mfaDevices()).isEmpty();
        assertThatThrownBy(() -> iam.listMFADevices(b -> b.userName("nobody"))).isInstanceOf(NoSuchEntityException.class);
        assertThat(iam.listVirtualMFADevicesPaginator().virtualMFADevices()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.user().arn()).startsWith("arn:aws:iam::" + r.accountId()));
    }

    @Test
    void rootVirtualMfaOnlyWherePlanted() {
        AccountResources planted = plantedWith(Plant.ROOT_VIRTUAL_MFA);
        String root = "arn:aws:iam::" + planted.accountId() + ":root";
        assertThat(iam(planted.accountId()).listVirtualMFADevicesPaginator(b -> b.assignmentStatus("Assigned"))
                .virtualMFADevices()).anyMatch(d -> d.user().arn().equals(root));
        String mgmt = "arn:aws:iam::" + org.managementAccountId() + ":root";
        assertThat(iam(org.managementAccountId()).listVirtualMFADevicesPaginator().virtualMFADevices())
                .noneMatch(d -> d.user().arn().equals(mgmt));
    }

    @Test
    void entitiesForPolicyAndServerCertificates() {
        String support = "arn:aws:iam::aws:policy/AWSSupportAccess";
        AccountResources planted = plantedWith(Plant.SUPPORT_ROLE_MISSING);
        ListEntitiesForPolicyResponse missing = iam(planted.accountId()).listEntitiesForPolicy(b -> b.policyArn(support));
        assertThat(missing.policyRoles()).isEmpty();
        assertThat(missing.policyGroups()).extracting(PolicyGroup::groupName).containsExactly("auditors");
        IamClient clean = iam(org.managementAccountId());
        assertThat(clean.listEntitiesForPolicy(b -> b.policyArn(support)).policyRoles()).extracting(PolicyRole::roleName)
                .containsExactly("aws-support");
        assertThat(clean.listEntitiesForPolicy(b -> b.policyArn("arn:aws:iam::aws:policy/AWSCloudShellFullAccess"))
                .policyGroups()).isEmpty();
        assertThatThrownBy(() -> clean.listEntitiesForPolicy(b -> b.policyArn("arn:aws:iam::aws:policy/Nope")))
                .isInstanceOf(NoSuchEntityException.class);
        AccountResources expired = plantedWith(Plant.SERVER_CERT_EXPIRED);
        List<ServerCertificateMetadata> certs = new ArrayList<>();
        iam(expired.accountId()).listServerCertificatesPaginator(b -> b.maxItems(1)).serverCertificateMetadataList()
                .forEach(certs::add);
        assertThat(certs).extracting(ServerCertificateMetadata::serverCertificateName)
                .containsExactly("web-current", "web-legacy");
        assertThat(certs.get(1).expiration()).isBefore(org.generatedAt());
        assertThat(certs.get(0).expiration()).isAfter(org.generatedAt());
    }

    @Test
    void mutatingCallIsRefusedAndRecorded() {
        IamClient iam = clients.noRetry(IamClient.builder(), mgmt(), "us-east-1");
        assertThatThrownBy(() -> iam.createUser(b -> b.userName("intruder"))).isInstanceOfSatisfying(IamException.class,
                e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                });
        assertThat(cloud.calls().mutatingCalls()).anyMatch(c -> c.startsWith("iam:CreateUser"));
    }
}
