package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.StaticCredentials;
import dev.vigil.fakecloud.fault.FaultKind;
import dev.vigil.fakecloud.fault.FaultRule;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.KmsKey;
import dev.vigil.fakecloud.org.OrgPolicy;
import dev.vigil.fakecloud.org.Plant;
import dev.vigil.fakecloud.org.TaggedResources;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.cloudtrail.model.TrailNotFoundException;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;
import software.amazon.awssdk.services.costexplorer.model.Granularity;
import software.amazon.awssdk.services.costexplorer.model.GroupDefinition;
import software.amazon.awssdk.services.costexplorer.model.GroupDefinitionType;
import software.amazon.awssdk.services.costexplorer.model.ResultByTime;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyListEntry;
import software.amazon.awssdk.services.kms.model.KeyManagerType;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.NotFoundException;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.AccessDeniedException;
import software.amazon.awssdk.services.organizations.model.ChildType;
import software.amazon.awssdk.services.organizations.model.OrganizationsException;
import software.amazon.awssdk.services.organizations.model.PolicySummary;
import software.amazon.awssdk.services.organizations.model.PolicyType;
import software.amazon.awssdk.services.organizations.model.TargetType;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.model.ResourceTagMapping;

class JsonServicesWireTest extends WireTestBase {

    @Test
    void organizationsTree() {
        OrganizationsClient o = clients.build(OrganizationsClient.builder(), mgmt(), "us-east-1");
        assertThat(o.describeOrganization().organization().masterAccountId()).isEqualTo(org.managementAccountId());
        String root = o.listRootsPaginator().stream().flatMap(p -> p.roots().stream()).findFirst().orElseThrow().id();
        assertThat(root).isEqualTo(org.rootId());
        List<Account> accounts = o.listAccountsPaginator().stream().flatMap(p -> p.accounts().stream()).toList();
        assertThat(accounts).hasSize(org.accounts().size());
        assertThat(accounts).filteredOn(a -> a.statusAsString().equals("SUSPENDED")).hasSize(1);
        assertThat(accounts.get(0).joinedTimestamp()).isEqualTo(org.accounts().get(0).joinedAt());
        int ous = walk(o, root);
        assertThat(ous).isEqualTo(org.ous().size());
        assertThat(o.listChildrenPaginator(b -> b.parentId(root).childType(ChildType.ACCOUNT)).stream()
                .flatMap(p -> p.children().stream()).toList())
                .isNotEmpty();
        List<PolicySummary> scps = o.listPoliciesPaginator(b -> b.filter(PolicyType.SERVICE_CONTROL_POLICY))
                .stream().flatMap(p -> p.policies().stream()).toList();
        assertThat(scps).hasSize(6);
        assertThat(o.listPolicies(b -> b.filter(PolicyType.TAG_POLICY)).policies()).hasSize(1);
        assertThat(o.listPolicies(b -> b.filter(PolicyType.RESOURCE_CONTROL_POLICY)).policies()).hasSize(1);
        OrgPolicy full = org.policies().get(0);
        assertThat(o.describePolicy(b -> b.policyId(full.id())).policy().content()).contains("\"Action\":\"*\"");
        var targets = o.listTargetsForPolicyPaginator(b -> b.policyId(full.id())).stream()
                .flatMap(p -> p.targets().stream()).toList();
        assertThat(targets).hasSize(full.targets().size());
        assertThat(targets).anySatisfy(t -> assertThat(t.type()).isEqualTo(TargetType.ROOT));
        String member = org.accounts().get(1).id();
        Map<String, String> tags = new HashMap<>();
        o.listTagsForResourcePaginator(b -> b.resourceId(member)).stream().flatMap(p -> p.tags().stream()).forEach(t -> tags.put(t.key(), t.value()));
        assertThat(tags).isEqualTo(org.accounts().get(1).tags());
        OrganizationsClient fromMember = clients.noRetry(OrganizationsClient.builder(), assume(member), "us-east-1");
        assertThatThrownBy(fromMember::listAccounts).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> o.listOrganizationalUnitsForParent(b -> b.parentId("ou-none-00000000")))
                .isInstanceOfSatisfying(OrganizationsException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ParentNotFoundException"));
    }

    private int walk(OrganizationsClient o, String parent) {
        int n = 0;
        long accounts = o.listAccountsForParentPaginator(b -> b.parentId(parent)).stream()
                .flatMap(p -> p.accounts().stream()).count();
        assertThat(accounts).isEqualTo(org.accounts().stream().filter(a -> a.parentId().equals(parent)).count());
        for (var ou : o.listOrganizationalUnitsForParentPaginator(b -> b.parentId(parent)).stream()
                .flatMap(p -> p.organizationalUnits().stream()).toList()) {
            n += 1 + walk(o, ou.id());
        }
        return n;
    }

    @Test
    void organizationsThrottleAndDeny() {
        OrganizationsClient o = clients.noRetry(OrganizationsClient.builder(), mgmt(), "us-east-1");
        cloud.faults().add(new FaultRule("*", "*", "organizations", "ListRoots", FaultKind.THROTTLE, 1));
        assertThatThrownBy(o::listRoots).isInstanceOfSatisfying(OrganizationsException.class, e -> {
            assertThat(e.isThrottlingException()).isTrue();
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
        });
        cloud.faults().add(new FaultRule("*", "*", "organizations", "ListRoots", FaultKind.ACCESS_DENIED, 1));
        assertThatThrownBy(o::listRoots).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> o.leaveOrganization()).isInstanceOf(AccessDeniedException.class);
        assertThat(cloud.calls().mutatingCalls()).anyMatch(c -> c.startsWith("organizations:LeaveOrganization"));
    }

    @Test
    void kmsKeys() {
        AccountResources r = plantedWith(Plant.KMS_PUBLIC_POLICY);
        String region = org.regions().get(0);
        KmsClient kms = clients.build(KmsClient.builder(), assume(r.accountId()), region);
        List<KeyListEntry> keys = kms.listKeysPaginator(b -> b.limit(2)).keys().stream().toList();
        assertThat(keys).hasSize(r.region(region).keys().size()).hasSizeGreaterThan(2);
        int customer = 0;
        for (KeyListEntry k : keys) {
            var meta = kms.describeKey(b -> b.keyId(k.keyId())).keyMetadata();
            assertThat(meta.arn()).isEqualTo(k.keyArn());
            if (meta.keyManager() == KeyManagerType.CUSTOMER) {
                customer++;
                assertThat(meta.keySpecAsString()).isEqualTo("SYMMETRIC_DEFAULT");
                assertThat(meta.keyStateAsString()).isEqualTo("Enabled");
                assertThat(meta.creationDate()).isNotNull();
                kms.getKeyRotationStatus(b -> b.keyId(k.keyId())).keyRotationEnabled();
                assertThat(kms.getKeyPolicy(b -> b.keyId(k.keyId()).policyName("default")).policy())
                        .contains("\"Statement\"");
                assertThat(kms.listResourceTagsPaginator(b -> b.keyId(k.keyId())).tags().stream().toList())
                        .isNotEmpty();
            }
        }
        assertThat(customer).isEqualTo(r.region(region).keys().stream().filter(KmsKey::customerManaged).count());
        assertThat(kms.listAliasesPaginator().aliases().stream().toList()).hasSize(keys.size());
        assertThatThrownBy(() -> kms.describeKey(b -> b.keyId("no-such-key"))).isInstanceOf(NotFoundException.class);
        KmsClient noRetry = clients.noRetry(KmsClient.builder(), assume(r.accountId()), region);
        assertThatThrownBy(() -> noRetry.scheduleKeyDeletion(b -> b.keyId(keys.get(0).keyId())))
                .isInstanceOfSatisfying(KmsException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException"));
    }

    @Test
    void cloudTrail() {
        AccountResources r = plantedWith(Plant.TRAIL_NOT_LOGGING);
        StaticCredentials creds = assume(r.accountId());
        List<Trail> seen = new ArrayList<>();
        for (String region : org.regions()) {
            CloudTrailClient ct = clients.build(CloudTrailClient.builder(), creds, region);
            List<Trail> trails = ct.describeTrails(b -> b.includeShadowTrails(false)).trailList();
            trails.forEach(t -> assertThat(t.homeRegion()).isEqualTo(region));
            seen.addAll(trails);
            for (Trail t : trails) {
                boolean logging = ct.getTrailStatus(b -> b.name(t.trailARN())).isLogging();
                assertThat(logging).isEqualTo(!t.name().equals("stopped"));
                var selectors = ct.getEventSelectors(b -> b.trailName(t.name()));
                var model = r.trails().stream().filter(m -> m.name().equals(t.name())).findFirst().orElseThrow();
                // management events, plus S3 data events on the multi-region trail (basic or advanced selectors)
                assertThat(selectors.eventSelectors()).hasSize(model.advancedSelectors() ? 0
                        : model.s3DataEvents() == null ? 1 : 2);
                assertThat(selectors.advancedEventSelectors()).hasSize(!model.advancedSelectors() ? 0
                        : model.s3DataEvents() == null ? 1 : 2);
            }
            assertThatThrownBy(() -> ct.getTrailStatus(b -> b.name("nope"))).isInstanceOf(TrailNotFoundException.class);
        }
        assertThat(seen).hasSize(r.trails().size());
    }

    @Test
    void tagging() {
        AccountResources r = org.resources(org.managementAccountId()).orElseThrow();
        String region = org.regions().get(0);
        ResourceGroupsTaggingApiClient tagging = clients.build(ResourceGroupsTaggingApiClient.builder(),
                assume(r.accountId()), region);
        List<ResourceTagMapping> all = tagging.getResourcesPaginator(b -> b.resourcesPerPage(2))
                .resourceTagMappingList().stream().toList();
        assertThat(all).hasSize(TaggedResources.inRegion(r, region).size()).hasSizeGreaterThan(PAGE);
        assertThat(all.get(0).tags()).isNotEmpty();
        assertThat(tagging.getResourcesPaginator(b -> b.resourceTypeFilters("ec2:instance"))
                .resourceTagMappingList().stream().toList())
                .allSatisfy(m -> assertThat(m.resourceARN()).contains(":instance/"));
    }

    @Test
    void costExplorer() {
        CostExplorerClient ce = clients.build(CostExplorerClient.builder(), mgmt(), "us-east-1");
        YearMonth thisMonth = YearMonth.from(LocalDate.now(ZoneOffset.UTC));
        String start = thisMonth.minusMonths(3).atDay(1).toString();
        String end = thisMonth.atDay(1).toString();
        Map<String, Map<String, BigDecimal>> perAccountMonth = new HashMap<>();
        int pages = 0;
        String token = null;
        do {
            String next = token;
            var page = ce.getCostAndUsage(b -> b.timePeriod(t -> t.start(start).end(end))
                .granularity(Granularity.MONTHLY).metrics("UnblendedCost").nextPageToken(next)
                .groupBy(GroupDefinition.builder().type(GroupDefinitionType.DIMENSION).key("LINKED_ACCOUNT").build(),
                        GroupDefinition.builder().type(GroupDefinitionType.DIMENSION).key("SERVICE").build()));
            token = page.nextPageToken();
            pages++;
            for (ResultByTime result : page.resultsByTime()) {
                for (var group : result.groups()) {
                    perAccountMonth.computeIfAbsent(group.keys().get(0), k -> new HashMap<>()).merge(
                            result.timePeriod().start(),
                            new BigDecimal(group.metrics().get("UnblendedCost").amount()), BigDecimal::add);
                }
            }
        } while (token != null);
        assertThat(pages).isGreaterThan(1);
        long active = org.accounts().stream().filter(a -> a.active()).count();
        assertThat(perAccountMonth).hasSize((int) active);
        AccountResources grower = plantedWith(Plant.SPEND_GROWTH);
        Map<String, BigDecimal> months = perAccountMonth.get(grower.accountId());
        assertThat(months).hasSize(3);
        BigDecimal last = months.get(thisMonth.minusMonths(1).atDay(1).toString());
        BigDecimal before = months.get(thisMonth.minusMonths(2).atDay(1).toString());
        assertThat(last.doubleValue()).isGreaterThan(before.doubleValue() * 1.5);
        Map<String, BigDecimal> flat = perAccountMonth.get(org.managementAccountId());
        assertThat(flat.values().stream().distinct()).hasSize(1);
    }
}
