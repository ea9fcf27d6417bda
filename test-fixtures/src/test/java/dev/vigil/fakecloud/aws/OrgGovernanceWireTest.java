package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.org.OrgAccount;
import dev.vigil.fakecloud.org.OrgGovernance;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccountNotManagementOrDelegatedAdministratorException;
import software.amazon.awssdk.services.iam.model.FeatureType;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AccessDeniedException;
import software.amazon.awssdk.services.organizations.model.DelegatedAdministrator;
import software.amazon.awssdk.services.organizations.model.EnabledServicePrincipal;

/**
 * The organization's settings over the wire: Organizations (JSON 1.1) trusted access, delegated administrators and
 * the resource delegation policy, IAM (Query/XML) ListOrganizationsFeatures, each through the SDK's own client.
 */
class OrgGovernanceWireTest extends WireTestBase {

    private static OrganizationsClient organizations() {
        return clients.build(OrganizationsClient.builder(), mgmt(), "us-east-1");
    }

    @Test
    void trustedServicesPageThroughEveryPrincipal() {
        List<String> principals = organizations().listAWSServiceAccessForOrganizationPaginator(b -> b.maxResults(2))
                .stream().flatMap(p -> p.enabledServicePrincipals().stream()).map(EnabledServicePrincipal::servicePrincipal).toList();
        assertThat(principals).containsExactlyElementsOf(OrgGovernance.of(org.tree()).trustedServices())
                .contains("iam.amazonaws.com", "guardduty.amazonaws.com", "securityhub.amazonaws.com");
        assertThat(organizations().listAWSServiceAccessForOrganization(b -> { }).enabledServicePrincipals())
                .allSatisfy(p -> assertThat(p.dateEnabled()).isNotNull());
    }

    @Test
    void delegatedAdministratorsPerService() {
        OrgGovernance governance = OrgGovernance.of(org.tree());
        List<String> guardDuty = organizations().listDelegatedAdministratorsPaginator(b -> b
                .servicePrincipal("guardduty.amazonaws.com")).delegatedAdministrators().stream()
                .map(DelegatedAdministrator::id).toList();
        assertThat(guardDuty).containsExactly(governance.securityAccountId());
        assertThat(organizations().listDelegatedAdministrators(b -> b.servicePrincipal("securityhub.amazonaws.com"))
                .delegatedAdministrators()).isEmpty();
        DelegatedAdministrator any = organizations().listDelegatedAdministrators(b -> { }).delegatedAdministrators().get(0);
        OrgAccount account = org.tree().accounts().stream().filter(a -> a.id().equals(any.id())).findFirst()
                .orElseThrow();
        assertThat(any.arn()).isEqualTo(account.arn());
        assertThat(any.delegationEnabledDate()).isNotNull();
    }

    @Test
    void resourceDelegationPolicy() {
        var policy = organizations().describeResourcePolicy(b -> { }).resourcePolicy();
        assertThat(policy.resourcePolicySummary().id()).startsWith("rp-");
        assertThat(policy.content()).contains("organizations:AttachPolicy")
                .contains("arn:aws:iam::" + OrgGovernance.of(org.tree()).securityAccountId() + ":root");
    }

    @Test
    void rootAccessFeaturesForTheManagementAccountOnly() {
        IamClient iam = clients.build(IamClient.builder(), mgmt(), "us-east-1");
        var features = iam.listOrganizationsFeatures(b -> { });
        assertThat(features.organizationId()).isEqualTo(org.organizationId());
        assertThat(features.enabledFeatures()).containsExactly(FeatureType.ROOT_CREDENTIALS_MANAGEMENT);
        String member = org.accounts().stream().filter(a -> a.active() && !a.id().equals(org.managementAccountId())
                && !a.id().equals(OrgGovernance.of(org.tree()).securityAccountId())).findFirst().orElseThrow().id();
        IamClient memberIam = clients.noRetry(IamClient.builder(), assume(member), "us-east-1");
        assertThatThrownBy(() -> memberIam.listOrganizationsFeatures(b -> { }))
                .isInstanceOf(AccountNotManagementOrDelegatedAdministratorException.class);
        OrganizationsClient memberOrg = clients.noRetry(OrganizationsClient.builder(), assume(member), "us-east-1");
        assertThatThrownBy(() -> memberOrg.describeResourcePolicy(b -> { })).isInstanceOf(AccessDeniedException.class);
    }
}
