package dev.vigil.collect.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.collect.MultiCloudCollection;
import dev.vigil.collect.Shard;
import dev.vigil.collect.config.AzureConfig;
import dev.vigil.collect.config.ConfigException;
import dev.vigil.collect.config.VigilConfig;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.azure.AzureFakeCloud;
import dev.vigil.fakecloud.azure.AzureOrgGenerator;
import dev.vigil.fakecloud.azure.AzureOrgSpec;
import dev.vigil.fakecloud.azure.AzureSubscription;
import dev.vigil.fakecloud.azure.AzureSyntheticOrg;
import dev.vigil.fakecloud.fault.FaultKind;
import dev.vigil.fakecloud.fault.FaultRule;
import dev.vigil.fakecloud.org.Canary;
import dev.vigil.snapshot.Manifest;
import dev.vigil.snapshot.ResourceRecord;
import dev.vigil.snapshot.SnapshotReader;
import dev.vigil.snapshot.SnapshotWriter;
import dev.vigil.snapshot.Target;
import dev.vigil.snapshot.TargetStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Azure SDK's pipeline and identity client against the fake Azure over TLS: discovery, contents, faults. */
class AzureCollectionTest {
    static final String SECRET_VARIABLE = "VIGIL_TEST_AZURE_SECRET";
    static AzureSyntheticOrg org;
    static AzureFakeCloud cloud;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        org = AzureOrgGenerator.generate(AzureOrgSpec.demo());
        cloud = AzureFakeCloud.start(org, FakeCloudOptions.defaults().withMaxPageSize(3));
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    @BeforeEach
    void clearFaults() {
        cloud.faults().clear();
    }

    static AzureConfig azure() {
        return new AzureConfig(org.tenantId(), null, null, null, AzureFakeCloud.CLIENT_ID, SECRET_VARIABLE,
                cloud.endpoint().toString(), cloud.endpoint().toString(), cloud.caCertificatePem().toString());
    }

    Manifest collect(AzureConfig azure, String secret) {
        VigilConfig config = VigilConfig.DEFAULT.withProviders(List.of("azure")).withAzure(azure);
        return new MultiCloudCollection(List.of(new AzureCollectionJob(config, Map.of(SECRET_VARIABLE, secret),
                Shard.ALL))).run(SnapshotWriter.create(dir, "test"));
    }

    List<ResourceRecord> records() {
        List<ResourceRecord> out = new ArrayList<>();
        SnapshotReader.open(dir).forEachRecord(out::add);
        return out;
    }

    @Test
    void collectsEveryEnabledSubscriptionWithExactlyTheGeneratedResources() {
        Manifest m = collect(azure(), AzureFakeCloud.CLIENT_SECRET);
        assertThat(m.gaps()).isEmpty();
        assertThat(m.targets()).filteredOn(t -> t.status() == TargetStatus.COMPLETE).extracting(Target::accountId)
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(Stream.of(org.tenantId()),
                        org.subscriptions().stream().filter(AzureSubscription::enabled).map(AzureSubscription::id)).toList());
        assertThat(m.targets()).filteredOn(t -> t.status() == TargetStatus.SKIPPED).singleElement()
                .satisfies(t -> assertThat(t.reason()).contains("Disabled"));
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        records().forEach(r -> counts.computeIfAbsent(r.accountId(), k -> new TreeMap<>()).merge(r.type(), 1, Integer::sum));
        assertThat(counts).isEqualTo(org.expectedResourceCounts());
        for (var sub : org.expectedResourceCounts().entrySet()) {
            for (String type : sub.getValue().keySet()) {
                assertThat(records().stream().filter(r -> r.accountId().equals(sub.getKey()) && r.type().equals(type))
                        .map(ResourceRecord::uid)).containsExactlyInAnyOrderElementsOf(org.expectedUids(sub.getKey(), type));
            }
        }
        assertThat(cloud.calls().mutatingCalls()).isEmpty();
    }

    @Test
    void theOrgTreeHoldsManagementGroupsSubscriptionsAndAssignments() {
        Manifest m = collect(azure(), AzureFakeCloud.CLIENT_SECRET);
        var tree = m.orgs().get(0);
        assertThat(tree.provider()).isEqualTo("azure");
        assertThat(tree.rootId()).isEqualTo(org.tenantId());
        assertThat(tree.ous()).extracting(u -> u.id()).containsExactlyInAnyOrder("mg-platform", "mg-landing", "mg-corp");
        assertThat(tree.accounts()).hasSize(org.subscriptions().size());
        assertThat(tree.policies()).filteredOn(p -> p.type().equals("POLICY_ASSIGNMENT")).hasSize(6);
        assertThat(tree.policies()).filteredOn(p -> p.type().equals("ROLE_ASSIGNMENT")).singleElement()
                .satisfies(p -> assertThat(p.document().path("properties").path("roleDefinitionName").asText())
                        .isEqualTo("Owner"));
        assertThat(tree.policies()).filteredOn(p -> p.type().equals("POLICY_ASSIGNMENT")).allSatisfy(p -> {
            JsonNode parameter = p.document().path("properties").path("parameters").path("workspaceKey");
            assertThat(parameter.path("present").asBoolean()).isTrue();
            assertThat(parameter.path("sha256").asText()).hasSize(64);
            assertThat(p.document().toString()).doesNotContain(Canary.PREFIX);
        });
    }

    @Test
    void recordsAreShapedAsTheSnapshotDocumentSays() {
        collect(azure(), AzureFakeCloud.CLIENT_SECRET);
        List<ResourceRecord> all = records();
        ResourceRecord sub = all.stream().filter(r -> r.type().equals("azure.resources.subscription")).findFirst().orElseThrow();
        assertThat(sub.attributes().path("defenderPlans").size()).isEqualTo(10);
        assertThat(sub.attributes().path("autoProvisioningSettings").get(0).path("properties").path("autoProvision").asText())
                .isNotEmpty();
        assertThat(sub.attributes().path("activityLogAlerts").size()).isPositive();
        assertThat(sub.attributes().path("resourceLocations").toString()).contains("westeurope");
        assertThat(sub.attributes().path("networkWatcherLocations").toString()).contains("westeurope");
        assertThat(sub.attributes().path("activityLogAlerts").toString()).doesNotContain("actionGroups");
        assertThat(sub.attributes().path("policyAssignments").isArray()).isTrue();
        assertThat(sub.attributes().path("policyAssignments").get(0).path("properties").path("parameters")
                .path("workspaceKey").path("sha256").asText()).hasSize(64);
        assertThat(sub.attributes().toString()).doesNotContain(Canary.PREFIX);
        assertThat(sub.attributes().path("cost").path("months").size()).isEqualTo(3);
        assertThat(sub.attributes().path("cost").path("currency").asText()).isEqualTo("USD");
        ResourceRecord owner = all.stream().filter(r -> r.type().equals("azure.authorization.role_assignment")
                && "Owner".equals(r.attributes().path("roleDefinitionName").asText())).findFirst().orElseThrow();
        assertThat(owner.attributes().path("properties").path("scope").asText()).startsWith("/subscriptions/");
        ResourceRecord vnet = all.stream().filter(r -> r.type().equals("azure.network.vnet")).findFirst().orElseThrow();
        assertThat(vnet.attributes().path("flowLogs").isArray()).isTrue();
        ResourceRecord sql = all.stream().filter(r -> r.type().equals("azure.sql.server")).findFirst().orElseThrow();
        assertThat(sql.attributes().path("firewallRules").size()).isPositive();
        assertThat(sql.attributes().path("auditingSettings").path("properties").path("state").asText()).isNotEmpty();
        assertThat(sql.attributes().path("databases").toString()).doesNotContain("\"master\"").contains("transparentDataEncryption");
        ResourceRecord storage = all.stream().filter(r -> r.type().equals("azure.storage.account")).findFirst().orElseThrow();
        assertThat(storage.region()).isEqualTo("westeurope");
        assertThat(storage.attributes().path("properties").has("minimumTlsVersion")).isTrue();
        assertThat(storage.attributes().path("blobService").path("properties").path("deleteRetentionPolicy")
                .path("enabled").isBoolean()).isTrue();
        assertThat(storage.attributes().path("blobService").path("properties").has("cors")).isFalse();
        ResourceRecord vault = all.stream().filter(r -> r.type().equals("azure.keyvault.vault")).findFirst().orElseThrow();
        assertThat(vault.attributes().path("keys").get(0).path("properties").path("attributes").has("enabled")).isTrue();
        assertThat(vault.attributes().path("keys").get(0).path("properties").has("keyUri")).isFalse();
        assertThat(vault.attributes().path("secrets").get(0).path("name").asText()).isEqualTo("db-password");
        assertThat(vault.attributes().path("secrets").get(0).path("properties").has("secretUri")).isFalse();
    }

    @Test
    void workloadRecordsCarryTheirArmDetailAndNoFreeFormSecrets() {
        collect(azure(), AzureFakeCloud.CLIENT_SECRET);
        List<ResourceRecord> all = records();
        ResourceRecord app = all.stream().filter(r -> r.type().equals("azure.appservice.webapp")).findFirst().orElseThrow();
        assertThat(app.attributes().path("siteConfig").path("minTlsVersion").asText()).isEqualTo("1.2");
        assertThat(app.attributes().path("siteConfig").has("publishingUsername")).isFalse();
        assertThat(app.attributes().path("properties").has("siteConfig")).isFalse();
        assertThat(app.attributes().path("authSettingsV2").path("platform").path("enabled").asBoolean()).isTrue();
        assertThat(app.attributes().path("authSettingsV2").has("identityProviders")).isFalse();
        assertThat(app.attributes().path("identity").path("type").asText()).isEqualTo("SystemAssigned");
        ResourceRecord vm = all.stream().filter(r -> r.type().equals("azure.compute.vm")).findFirst().orElseThrow();
        assertThat(vm.attributes().path("properties").has("osProfile")).isFalse();
        assertThat(vm.attributes().path("networkInterfaces").get(0).path("properties").path("ipConfigurations").get(0)
                .path("properties").path("privateIPAddress").asText()).startsWith("10.20.1.");
        ResourceRecord aks = all.stream().filter(r -> r.type().equals("azure.aks.cluster")).findFirst().orElseThrow();
        assertThat(aks.attributes().path("properties").path("enableRBAC").asBoolean()).isTrue();
        assertThat(aks.attributes().path("properties").has("linuxProfile")).isFalse();
        for (String type : List.of("azure.postgresql.flexible_server", "azure.mysql.flexible_server")) {
            ResourceRecord server = all.stream().filter(r -> r.type().equals(type)).findFirst().orElseThrow();
            assertThat(server.attributes().path("configurations").findValuesAsText("name"))
                    .contains("require_secure_transport").doesNotContain("max_connections");
            assertThat(server.attributes().path("firewallRules").size()).isPositive();
        }
        assertThat(all).filteredOn(r -> r.type().equals("azure.cosmosdb.account")).isNotEmpty();
    }

    @Test
    void aDeniedWebAppConfigurationLeavesItsAttributesUnknown() {
        AzureSubscription first = org.subscriptions().get(0);
        cloud.faults().add(FaultRule.always(first.id(), "web", "GetConfiguration", FaultKind.ACCESS_DENIED));
        collect(azure(), AzureFakeCloud.CLIENT_SECRET);
        assertThat(records()).filteredOn(r -> r.accountId().equals(first.id()) && r.type().equals("azure.appservice.webapp"))
                .isNotEmpty().allSatisfy(r -> {
                    assertThat(r.attributes().has("siteConfig")).isFalse();
                    assertThat(r.attributes().has("authSettingsV2")).isTrue();
                    assertThat(r.unknown()).extracting(u -> u.attribute()).containsExactly("siteConfig");
                });
    }

    @Test
    void resourceGraphDeniedIsAGapAndTheTypesAreListedThroughArmInstead() {
        cloud.faults().add(FaultRule.always("*", "resourcegraph", "Resources", FaultKind.ACCESS_DENIED));
        Manifest m = collect(azure(), AzureFakeCloud.CLIENT_SECRET);
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        records().forEach(r -> counts.computeIfAbsent(r.accountId(), k -> new TreeMap<>()).merge(r.type(), 1, Integer::sum));
        assertThat(counts).isEqualTo(org.expectedResourceCounts());
        assertThat(records()).filteredOn(r -> r.type().equals("azure.network.vnet"))
                .allSatisfy(r -> assertThat(r.attributes().path("flowLogs").isArray()).isTrue())
                .anySatisfy(r -> assertThat(r.attributes().path("flowLogs").size()).isPositive());
        long enabled = org.subscriptions().stream().filter(AzureSubscription::enabled).count();
        assertThat(m.targets()).filteredOn(t -> t.status() == TargetStatus.PARTIAL).hasSize((int) enabled);
        assertThat(m.gaps()).hasSize((int) enabled).allSatisfy(g -> {
            assertThat(g.service()).isEqualTo("resourcegraph");
            assertThat(g.errorCode()).isEqualTo("AuthorizationFailed");
        });
        assertThat(records()).filteredOn(r -> r.type().equals("azure.resources.subscription")).hasSize((int) enabled);
    }

    @Test
    void oneSubscriptionsDeniedCallIsAGapThereOnly() {
        AzureSubscription first = org.subscriptions().get(0);
        cloud.faults().add(FaultRule.always(first.id(), "security", "ListPricings", FaultKind.ACCESS_DENIED));
        Manifest m = collect(azure(), AzureFakeCloud.CLIENT_SECRET);
        assertThat(m.gaps()).singleElement().satisfies(g -> {
            assertThat(g.accountId()).isEqualTo(first.id());
            assertThat(g.operation()).isEqualTo("ListPricings");
        });
        assertThat(m.targets()).filteredOn(t -> t.status() == TargetStatus.PARTIAL).extracting(Target::accountId)
                .containsExactly(first.id());
        ResourceRecord sub = records().stream().filter(r -> r.type().equals("azure.resources.subscription")
                && r.accountId().equals(first.id())).findFirst().orElseThrow();
        assertThat(sub.attributes().has("defenderPlans")).isFalse();
        assertThat(sub.unknown()).singleElement().satisfies(u -> {
            assertThat(u.attribute()).isEqualTo("defenderPlans");
            assertThat(u.errorCode()).isEqualTo("AuthorizationFailed");
        });
    }

    @Test
    void resourceGraphAndItsFallbackDeniedNameTheUnlistedTypes() {
        AzureSubscription first = org.subscriptions().get(0);
        cloud.faults().add(FaultRule.always("*", "resourcegraph", "Resources", FaultKind.ACCESS_DENIED));
        cloud.faults().add(FaultRule.always(first.id(), "storage", "*", FaultKind.ACCESS_DENIED));
        Manifest m = collect(azure(), AzureFakeCloud.CLIENT_SECRET);
        assertThat(m.gaps()).filteredOn(g -> g.accountId().equals(first.id()) && g.service().equals("storage"))
                .singleElement().satisfies(g -> assertThat(g.resourceTypes()).containsExactly("azure.storage.account"));
        // where the fallback listed the types, the data is complete: the Resource Graph gap names none
        assertThat(m.gaps()).filteredOn(g -> g.service().equals("resourcegraph"))
                .allSatisfy(g -> assertThat(g.resourceTypes()).isEmpty());
    }

    @Test
    void theTenantsEntraIdDataIsATargetOfItsOwnWithoutRangesOrMethods() {
        collect(azure(), AzureFakeCloud.CLIENT_SECRET);
        List<ResourceRecord> directory = records().stream().filter(r -> r.accountId().equals(org.tenantId())).toList();
        ResourceRecord tenant = directory.stream().filter(r -> r.type().equals("azure.entra.tenant")).findFirst().orElseThrow();
        JsonNode a = tenant.attributes();
        assertThat(a.path("securityDefaults").path("isEnabled").isBoolean()).isTrue();
        assertThat(a.path("authorizationPolicy").path("defaultUserRolePermissions").path("allowedToCreateApps").isBoolean())
                .isTrue();
        assertThat(a.path("conditionalAccessPolicies").size()).isEqualTo(org.directory().conditionalAccessPolicies().size());
        assertThat(a.path("conditionalAccessPolicies").get(0).path("grantControls").path("builtInControls").isArray()).isTrue();
        assertThat(a.path("namedLocations").toString()).doesNotContain("203.0.113").doesNotContain("ipRanges");
        assertThat(a.path("globalAdministrators").size()).isEqualTo(org.directory().roleAssignments().size());
        assertThat(a.path("globalAdministrators").findValuesAsText("principalType")).contains("user");
        List<ResourceRecord> users = directory.stream().filter(r -> r.type().equals("azure.entra.user")).toList();
        // the fake pages Graph collections by five: every page was followed
        assertThat(users).hasSize(org.directory().users().size()).hasSizeGreaterThan(5);
        assertThat(users).allSatisfy(u -> {
            assertThat(u.attributes().path("isMfaRegistered").isBoolean()).isTrue();
            assertThat(u.attributes().has("methodsRegistered")).isFalse();
        });
    }

    @Test
    void deniedGraphCallsLeaveTheirInputsUnknownAndTheSubscriptionsUntouched() throws Exception {
        cloud.faults().add(FaultRule.always(org.tenantId(), "graph", "ListUserRegistrationDetails", FaultKind.ACCESS_DENIED));
        cloud.faults().add(FaultRule.always(org.tenantId(), "graph", "ListConditionalAccessPolicies", FaultKind.ACCESS_DENIED));
        Manifest m = collect(azure(), AzureFakeCloud.CLIENT_SECRET);
        assertThat(m.gaps()).extracting(g -> g.accountId() + " " + g.service() + ":" + g.operation() + " " + g.errorCode())
                .containsExactlyInAnyOrder(org.tenantId() + " graph:ListUserRegistrationDetails Authorization_RequestDenied",
                        org.tenantId() + " graph:ListConditionalAccessPolicies Authorization_RequestDenied");
        ResourceRecord tenant = records().stream().filter(r -> r.type().equals("azure.entra.tenant")).findFirst().orElseThrow();
        assertThat(tenant.attributes().has("conditionalAccessPolicies")).isFalse();
        assertThat(tenant.unknown()).extracting(u -> u.attribute()).containsExactly("conditionalAccessPolicies");
        assertThat(records().stream().filter(r -> r.type().equals("azure.entra.user"))).allSatisfy(u -> {
            assertThat(u.attributes().has("isMfaRegistered")).isFalse();
            assertThat(u.unknown()).extracting(x -> x.attribute()).contains("isMfaRegistered", "isAdmin");
        });
        cloud.faults().clear();
        cloud.faults().add(FaultRule.always(org.tenantId(), "graph", "ListUsers", FaultKind.ACCESS_DENIED));
        try (var files = java.nio.file.Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).filter(f -> !f.equals(dir)).map(Path::toFile)
                    .forEach(java.io.File::delete);
        }
        m = collect(azure(), AzureFakeCloud.CLIENT_SECRET);
        assertThat(m.gaps()).singleElement().satisfies(g -> assertThat(g.resourceTypes()).containsExactly("azure.entra.user"));
        assertThat(m.targets()).filteredOn(t -> t.status() == TargetStatus.COMPLETE).hasSize(
                (int) org.subscriptions().stream().filter(AzureSubscription::enabled).count());
        assertThat(m.targets()).filteredOn(t -> t.accountId().equals(org.tenantId())).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TargetStatus.PARTIAL));
    }

    @Test
    void anUnknownCloudEndpointWithoutAGraphEndpointIsAConfigError() {
        AzureConfig sovereign = new AzureConfig(org.tenantId(), null, null, null, null, null, null, null, null, null,
                null).withTenants(List.of(new AzureConfig(org.tenantId(), null, null, null, null, null,
                "https://management.example.org", null, null, null, null)));
        assertThatThrownBy(() -> VigilConfig.DEFAULT.withProviders(List.of("azure")).withAzure(sovereign).validate("vigil.yaml"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("azure.tenants[0].endpoint")
                .hasMessageContaining("graph_endpoint");
        assertThat(sovereign.resolvedGraphEndpoint()).isEqualTo("https://graph.microsoft.com");
    }

    @Test
    void aWrongClientSecretFailsDiscoveryWithTheIdentityError() {
        assertThatThrownBy(() -> collect(azure(), "not-the-secret")).hasMessageContaining("AADSTS7000215")
                .hasMessageContaining(org.tenantId());
    }

    @Test
    void aMissingSecretVariableIsAConfigError() {
        VigilConfig config = VigilConfig.DEFAULT.withProviders(List.of("azure")).withAzure(azure());
        assertThatThrownBy(() -> new AzureCollectionJob(config, Map.of(), Shard.ALL).collect(SnapshotWriter.create(dir, "t")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(SECRET_VARIABLE);
    }
}
