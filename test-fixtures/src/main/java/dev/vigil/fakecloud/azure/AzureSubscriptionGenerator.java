package dev.vigil.fakecloud.azure;

import static dev.vigil.fakecloud.azure.AzureOrgGenerator.AUTH;
import static dev.vigil.fakecloud.azure.AzureOrgGenerator.CONTRIBUTOR;
import static dev.vigil.fakecloud.azure.AzureOrgGenerator.DEFENDER_PLANS;
import static dev.vigil.fakecloud.azure.AzureOrgGenerator.JSON;
import static dev.vigil.fakecloud.azure.AzureOrgGenerator.LOCATION;
import static dev.vigil.fakecloud.azure.AzureOrgGenerator.OWNER;
import static dev.vigil.fakecloud.azure.AzureOrgGenerator.READER;
import static dev.vigil.fakecloud.azure.AzureOrgGenerator.USER_ACCESS_ADMIN;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.org.Finding;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds one subscription for {@link AzureOrgGenerator}: its ARM answers, clean, then one extra resource (or
 * setting) per planted misconfiguration, each listed with the checks it fails.
 */
final class AzureSubscriptionGenerator {
    private final AzureOrgGenerator tenantGenerator;
    private final String tenant;
    private final SplittableRandom random;
    private final List<Finding> findings;
    private final String id;
    private final String name;
    private final String parent;
    private final String state;
    private final Set<AzurePlant> plants;
    private final String sub;
    private final ArrayNode resources = JSON.createArrayNode();
    private final Map<String, ObjectNode> sqlChildren = new LinkedHashMap<>();
    private final Map<String, ObjectNode> children = new LinkedHashMap<>();

    AzureSubscriptionGenerator(AzureOrgGenerator tenantGenerator, String id, String name, String parent, String state,
                               Set<AzurePlant> plants) {
        this.tenantGenerator = tenantGenerator;
        this.tenant = tenantGenerator.tenant();
        this.random = tenantGenerator.random();
        this.findings = tenantGenerator.findings();
        this.id = id;
        this.name = name;
        this.parent = parent;
        this.state = state;
        this.plants = plants;
        this.sub = "/subscriptions/" + id;
    }

    String tenant() {
        return tenant;
    }

    String subscriptionPath() {
        return sub;
    }

    boolean has(AzurePlant p) {
        return plants.contains(p);
    }

    private void fail(AzurePlant plant, String uid) {
        plant.checkIds().forEach(c -> findings.add(new Finding(c, uid)));
    }

    private Map<String, String> tags() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("app", name);
        t.put("env", name.startsWith("dev") ? "dev" : "prod");
        t.put("team", "platform");
        t.put("cost-center", "cc-1234");
        return t;
    }

    AzureSubscription build() {
        boolean active = state.equals("Enabled");
        ArrayNode roles = JSON.createArrayNode();
        roles.add(tenantGenerator.roleAssignment(sub, OWNER, "Owner", "Group"));
        roles.add(tenantGenerator.roleAssignment(sub, OWNER, "Owner", "User"));
        roles.add(tenantGenerator.roleAssignment(sub, READER, "Reader", "ServicePrincipal"));
        roles.add(tenantGenerator.roleAssignment(sub + "/resourceGroups/rg-app", CONTRIBUTOR, "Contributor", "Group"));
        if (has(AzurePlant.TOO_MANY_OWNERS)) {
            for (int i = 0; i < 3; i++) {
                roles.add(tenantGenerator.roleAssignment(sub, OWNER, "Owner", "User"));
            }
        }
        ArrayNode definitions = JSON.createArrayNode();
        for (String[] builtIn : new String[][] {{OWNER, "Owner"}, {CONTRIBUTOR, "Contributor"}, {READER, "Reader"},
                {USER_ACCESS_ADMIN, "User Access Administrator"}}) {
            ObjectNode d = definitions.addObject().put("id", sub + builtIn[0])
                    .put("name", builtIn[0].substring(builtIn[0].lastIndexOf('/') + 1))
                    .put("type", "Microsoft.Authorization/roleDefinitions");
            d.putObject("properties").put("roleName", builtIn[1]).put("type", "BuiltInRole");
        }
        customRole(definitions, "VM Operator", List.of("Microsoft.Compute/virtualMachines/start/action",
                "Microsoft.Compute/virtualMachines/read"), null);
        if (has(AzurePlant.CUSTOM_ROLE_WILDCARD)) {
            customRole(definitions, "Break Glass Admin", List.of("*"), AzurePlant.CUSTOM_ROLE_WILDCARD);
        }
        ArrayNode own = JSON.createArrayNode();
        own.add(AzureOrgGenerator.policyAssignment(sub, "audit-vm-managed-disks",
                AUTH + "/policyDefinitions/06a78e20-9358-41c9-923c-fb736d382a4d", "Default"));
        if (has(AzurePlant.ASSIGNMENT_NOT_ENFORCED)) {
            own.add(AzureOrgGenerator.policyAssignment(sub, "deny-public-ip",
                    AUTH + "/policyDefinitions/6c112d4e-5bc7-47ae-a041-ea2d9dccd749", "DoNotEnforce"));
        }
        ArrayNode pricings = JSON.createArrayNode();
        for (String plan : DEFENDER_PLANS) {
            AzurePlant off = AzurePlant.valueOf("DEFENDER_" + switch (plan) {
                case "VirtualMachines" -> "SERVERS";
                case "StorageAccounts" -> "STORAGE";
                case "SqlServers" -> "SQL";
                case "KeyVaults" -> "KEYVAULT";
                case "Containers" -> "CONTAINERS";
                case "AppServices" -> "APPSERVICES";
                case "CosmosDbs" -> "COSMOSDB";
                case "OpenSourceRelationalDatabases" -> "OSSDB";
                case "SqlServerVirtualMachines" -> "SQLVM";
                default -> "ARM";
            } + "_OFF");
            ObjectNode p = pricings.addObject().put("id", sub + "/providers/Microsoft.Security/pricings/" + plan)
                    .put("name", plan).put("type", "Microsoft.Security/pricings");
            p.putObject("properties").put("pricingTier", has(off) ? "Free" : "Standard");
        }
        ArrayNode contacts = JSON.createArrayNode();
        ObjectNode contact = contacts.addObject().put("id", sub + "/providers/Microsoft.Security/securityContacts/default")
                .put("name", "default");
        ObjectNode contactProps = contact.putObject("properties")
                .put("emails", has(AzurePlant.NO_SECURITY_CONTACT) ? "" : "secops@vigil-demo.example").put("isEnabled", true);
        contactProps.putObject("notificationsByRole").put("state", has(AzurePlant.CONTACT_NO_OWNER_NOTIFY) ? "Off" : "On")
                .putArray("roles").add("Owner");
        ArrayNode sources = contactProps.putArray("notificationsSources");
        if (!has(AzurePlant.CONTACT_NO_ALERT_MAIL)) {
            sources.addObject().put("sourceType", "Alert").put("minimalSeverity", "Medium");
        }
        sources.addObject().put("sourceType", "AttackPath").put("minimalRiskLevel", "Critical");
        ArrayNode autoProvisioning = JSON.createArrayNode();
        ObjectNode setting = autoProvisioning.addObject()
                .put("id", sub + "/providers/Microsoft.Security/autoProvisioningSettings/default").put("name", "default")
                .put("type", "Microsoft.Security/autoProvisioningSettings");
        setting.putObject("properties").put("autoProvision", has(AzurePlant.AUTO_PROVISIONING_OFF) ? "Off" : "On");
        ArrayNode alerts = JSON.createArrayNode();
        AzureOrgGenerator.ACTIVITY_ALERTS.forEach((plant, operation) -> {
            if (!has(plant)) {
                String alertName = "alert-" + operation.substring(operation.indexOf('/') + 1).replace('/', '-').toLowerCase();
                ObjectNode alert = alerts.addObject().put("id", sub + "/resourceGroups/rg-monitor/providers/Microsoft.Insights/activityLogAlerts/" + alertName)
                        .put("name", alertName).put("type", "Microsoft.Insights/ActivityLogAlerts").put("location", "Global");
                alert.putObject("tags");
                ObjectNode ap = alert.putObject("properties").put("enabled", true).put("description", "CIS " + operation);
                ap.putArray("scopes").add(sub);
                ArrayNode allOf = ap.putObject("condition").putArray("allOf");
                allOf.addObject().put("field", "category").put("equals", "Administrative");
                allOf.addObject().put("field", "operationName").put("equals", operation);
                ap.putObject("actions").putArray("actionGroups").addObject().put("actionGroupId",
                        sub + "/resourceGroups/rg-monitor/providers/microsoft.insights/actionGroups/secops").putObject("webhookProperties");
            }
        });
        ArrayNode diagnostics = JSON.createArrayNode();
        if (!has(AzurePlant.NO_ACTIVITY_EXPORT)) {
            ObjectNode d = diagnostics.addObject().put("id", sub + "/providers/microsoft.insights/diagnosticSettings/to-la")
                    .put("name", "to-la");
            ObjectNode props = d.putObject("properties").put("workspaceId",
                    "/subscriptions/" + id + "/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law");
            ArrayNode logs = props.putArray("logs");
            List<String> categories = has(AzurePlant.ACTIVITY_CATEGORIES_MISSING) ? List.of("Administrative")
                    : List.of("Administrative", "Security", "ServiceHealth", "Alert", "Recommendation", "Policy",
                    "Autoscale", "ResourceHealth");
            categories.forEach(c -> logs.addObject().put("category", c).put("enabled", true));
        }
        ArrayNode cost = JSON.createArrayNode();
        YearMonth last = YearMonth.from(LocalDate.now(ZoneOffset.UTC)).minusMonths(1);
        double[] amounts = has(AzurePlant.SPEND_GROWTH) ? new double[] {1000, 1010, 2400} : new double[] {1000, 1020, 1015};
        for (int i = 0; i < 3; i++) {
            cost.add(JSON.createArrayNode().add(amounts[i] + random.nextInt(9) / 10.0)
                    .add(last.minusMonths(2 - i).atDay(1) + "T00:00:00").add("USD"));
        }
        if (active) {
            nsgs();
            vnets();
            storage();
            vaults();
            sql();
            new AzureWorkloadGenerator(this, name, tenantGenerator::guid, children).build();
            String uid = sub;
            for (AzurePlant p : List.of(AzurePlant.TOO_MANY_OWNERS)) {
                if (has(p)) {
                    fail(p, uid);
                }
            }
            for (AzurePlant p : List.of(AzurePlant.ASSIGNMENT_NOT_ENFORCED, AzurePlant.DEFENDER_SERVERS_OFF,
                    AzurePlant.DEFENDER_STORAGE_OFF, AzurePlant.DEFENDER_SQL_OFF, AzurePlant.DEFENDER_KEYVAULT_OFF,
                    AzurePlant.DEFENDER_CONTAINERS_OFF, AzurePlant.DEFENDER_ARM_OFF, AzurePlant.NO_SECURITY_CONTACT,
                    AzurePlant.NO_ACTIVITY_EXPORT, AzurePlant.ACTIVITY_CATEGORIES_MISSING, AzurePlant.SPEND_GROWTH,
                    AzurePlant.DEFENDER_APPSERVICES_OFF, AzurePlant.DEFENDER_COSMOSDB_OFF, AzurePlant.DEFENDER_OSSDB_OFF,
                    AzurePlant.DEFENDER_SQLVM_OFF, AzurePlant.CONTACT_NO_OWNER_NOTIFY, AzurePlant.CONTACT_NO_ALERT_MAIL,
                    AzurePlant.AUTO_PROVISIONING_OFF, AzurePlant.NETWORK_WATCHER_MISSING)) {
                // with no setting at all, only the export check fails
                boolean masked = p == AzurePlant.ACTIVITY_CATEGORIES_MISSING && has(AzurePlant.NO_ACTIVITY_EXPORT);
                if (has(p) && !masked) {
                    fail(p, uid);
                }
            }
            for (AzurePlant p : AzureOrgGenerator.ACTIVITY_ALERTS.keySet()) {
                if (has(p)) {
                    fail(p, uid);
                }
            }
            if (!tenantGenerator.requiredPoliciesInherited(parent)) {
                findings.add(new Finding("azure_policy_required_assignments", uid));
            }
            // the Owner granted to a user at the tenant root (see build())
            findings.add(new Finding("azure_iam_no_user_access_administrator_at_root", uid));
        }
        return new AzureSubscription(id, name, state, parent, tags(), roles, definitions, own, pricings, contacts,
                autoProvisioning, alerts, diagnostics, cost, resources, sqlChildren, children);
    }

    private void customRole(ArrayNode definitions, String roleName, List<String> actions, AzurePlant plant) {
        String name = tenantGenerator.guid();
        String rid = sub + AUTH + "/roleDefinitions/" + name;
        ObjectNode d = definitions.addObject().put("id", rid).put("name", name)
                .put("type", "Microsoft.Authorization/roleDefinitions");
        ObjectNode props = d.putObject("properties").put("roleName", roleName).put("type", "CustomRole")
                .put("description", roleName);
        ObjectNode perms = props.putArray("permissions").addObject();
        ArrayNode a = perms.putArray("actions");
        actions.forEach(a::add);
        perms.putArray("notActions");
        perms.putArray("dataActions");
        perms.putArray("notDataActions");
        props.putArray("assignableScopes").add(sub);
        if (plant != null && state.equals("Enabled")) {
            fail(plant, rid);
        }
    }

    ObjectNode resource(String provider, String type, String rg, String resourceName, boolean tagged) {
        String rid = sub + "/resourceGroups/" + rg + "/providers/" + provider + "/" + type + "/" + resourceName;
        ObjectNode r = resources.addObject().put("id", rid).put("name", resourceName)
                .put("type", (provider + "/" + type).toLowerCase()).put("location", LOCATION)
                .put("resourceGroup", rg).put("subscriptionId", id).put("tenantId", tenant);
        ObjectNode t = r.putObject("tags");
        if (tagged) {
            tags().forEach(t::put);
        }
        return r;
    }

    void plant(AzurePlant plant, String uid) {
        if (plant != null) {
            fail(plant, uid);
        }
    }

    private void nsgs() {
        resource("Microsoft.Network", "networkWatchers", "NetworkWatcherRG", "NetworkWatcher_" + LOCATION, false)
                .putObject("properties").put("provisioningState", "Succeeded");
        nsg("nsg-app", null, null, null, null);
        if (has(AzurePlant.NETWORK_WATCHER_MISSING)) {
            // a region in use (this NSG) without a Network Watcher
            nsg("nsg-northeurope", null, null, null, null);
            ((ObjectNode) resources.get(resources.size() - 1)).put("location", "northeurope");
        }
        if (has(AzurePlant.NSG_SSH)) {
            nsg("nsg-ssh-open", "Internet", "Tcp", "22", AzurePlant.NSG_SSH);
        }
        if (has(AzurePlant.NSG_RDP)) {
            nsg("nsg-rdp-open", "*", "Tcp", "3380-3390", AzurePlant.NSG_RDP);
        }
        if (has(AzurePlant.NSG_ALL_PORTS)) {
            nsg("nsg-all-open", "0.0.0.0/0", "Tcp", "*", AzurePlant.NSG_ALL_PORTS);
        }
        if (has(AzurePlant.NSG_UDP)) {
            nsg("nsg-dns-open", "Internet", "Udp", "53", AzurePlant.NSG_UDP);
        }
    }

    private void nsg(String nsgName, String source, String protocol, String port, AzurePlant plant) {
        ObjectNode r = resource("Microsoft.Network", "networkSecurityGroups", "rg-network", nsgName, false);
        ArrayNode rules = r.putObject("properties").put("provisioningState", "Succeeded").putArray("securityRules");
        rule(rules, "allow-https-vnet", "VirtualNetwork", "Tcp", "443", "Allow", 100);
        rule(rules, "allow-lb", "AzureLoadBalancer", "*", "*", "Allow", 110);
        if (plant != null) {
            rule(rules, "planted", source, protocol, port, "Allow", 120);
        }
        rule(rules, "deny-all-inbound", "*", "*", "*", "Deny", 4000);
        plant(plant, r.path("id").asText());
    }

    private void rule(ArrayNode rules, String ruleName, String source, String protocol, String port, String access,
                      int priority) {
        ObjectNode rule = rules.addObject().put("name", ruleName);
        rule.putObject("properties").put("protocol", protocol).put("sourcePortRange", "*")
                .put("destinationPortRange", port).put("sourceAddressPrefix", source)
                .put("destinationAddressPrefix", "*").put("access", access).put("priority", priority)
                .put("direction", "Inbound");
    }

    private void vnets() {
        vnet("vnet-main", "10.20.0.0/16", 90, null);
        if (has(AzurePlant.VNET_NO_FLOW_LOG)) {
            vnet("vnet-unlogged", "10.21.0.0/16", -1, AzurePlant.VNET_NO_FLOW_LOG);
        }
        if (has(AzurePlant.FLOW_LOG_SHORT_RETENTION)) {
            vnet("vnet-short-logs", "10.22.0.0/16", 30, AzurePlant.FLOW_LOG_SHORT_RETENTION);
        }
    }

    private void vnet(String vnetName, String cidr, int retentionDays, AzurePlant plant) {
        ObjectNode r = resource("Microsoft.Network", "virtualNetworks", "rg-network", vnetName, true);
        ObjectNode props = r.putObject("properties");
        props.putObject("addressSpace").putArray("addressPrefixes").add(cidr);
        ObjectNode subnet = props.putArray("subnets").addObject().put("name", "app")
                .put("id", r.path("id").asText() + "/subnets/app");
        subnet.putObject("properties").put("addressPrefix", cidr.replace("0.0/16", "1.0/24"))
                .putObject("networkSecurityGroup").put("id",
                        sub + "/resourceGroups/rg-network/providers/Microsoft.Network/networkSecurityGroups/nsg-app");
        if (retentionDays >= 0) {
            ObjectNode log = resource("Microsoft.Network", "networkWatchers", "NetworkWatcherRG",
                    "NetworkWatcher_" + LOCATION + "/flowLogs/" + vnetName + "-flowlog", false);
            log.put("type", "microsoft.network/networkwatchers/flowlogs");
            log.putObject("properties").put("enabled", true).put("targetResourceId", r.path("id").asText())
                    .put("storageId", sub + "/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/flowlogs")
                    .putObject("retentionPolicy").put("days", retentionDays).put("enabled", true);
        }
        plant(plant, r.path("id").asText());
    }

    private void storage() {
        storageAccount("st" + name.replace("-", "") + "data", null);
        for (AzurePlant p : List.of(AzurePlant.STORAGE_HTTP, AzurePlant.STORAGE_OLD_TLS, AzurePlant.STORAGE_PUBLIC_BLOB,
                AzurePlant.STORAGE_SHARED_KEY, AzurePlant.STORAGE_NETWORK_ALLOW,
                AzurePlant.STORAGE_NO_INFRA_ENCRYPTION, AzurePlant.STORAGE_TAGS_MISSING, AzurePlant.STORAGE_PUBLIC_NETWORK,
                AzurePlant.STORAGE_NO_TRUSTED_BYPASS, AzurePlant.STORAGE_NO_PRIVATE_ENDPOINT, AzurePlant.STORAGE_CROSS_TENANT,
                AzurePlant.STORAGE_NO_KEY_REMINDER, AzurePlant.STORAGE_OLD_KEYS, AzurePlant.STORAGE_NO_SOFT_DELETE)) {
            if (has(p)) {
                storageAccount(("st" + name.replace("-", "") + p.ordinal()).substring(0, Math.min(24,
                        ("st" + name.replace("-", "") + p.ordinal()).length())), p);
            }
        }
    }

    private void storageAccount(String accountName, AzurePlant plant) {
        ObjectNode r = resource("Microsoft.Storage", "storageAccounts", "rg-data", accountName,
                plant != AzurePlant.STORAGE_TAGS_MISSING);
        if (plant == AzurePlant.STORAGE_TAGS_MISSING) {
            ObjectNode t = (ObjectNode) r.path("tags");
            tags().forEach((k, v) -> {
                if (!k.equals("team")) {
                    t.put(k, v);
                }
            });
        }
        r.put("kind", "StorageV2");
        r.putObject("sku").put("name", "Standard_ZRS").put("tier", "Standard");
        ObjectNode p = r.putObject("properties").put("supportsHttpsTrafficOnly", plant != AzurePlant.STORAGE_HTTP)
                .put("minimumTlsVersion", plant == AzurePlant.STORAGE_OLD_TLS ? "TLS1_0" : "TLS1_2")
                .put("allowBlobPublicAccess", plant == AzurePlant.STORAGE_PUBLIC_BLOB)
                .put("allowSharedKeyAccess", plant == AzurePlant.STORAGE_SHARED_KEY)
                .put("publicNetworkAccess", plant == AzurePlant.STORAGE_NETWORK_ALLOW
                        || plant == AzurePlant.STORAGE_PUBLIC_NETWORK ? "Enabled" : "Disabled")
                .put("allowCrossTenantReplication", plant == AzurePlant.STORAGE_CROSS_TENANT);
        p.putObject("networkAcls").put("defaultAction", plant == AzurePlant.STORAGE_NETWORK_ALLOW ? "Allow" : "Deny")
                .put("bypass", plant == AzurePlant.STORAGE_NO_TRUSTED_BYPASS ? "None" : "Logging, Metrics, AzureServices");
        String rid = r.path("id").asText();
        privateEndpoint(p, rid, plant != AzurePlant.STORAGE_NO_PRIVATE_ENDPOINT);
        if (plant != AzurePlant.STORAGE_NO_KEY_REMINDER) {
            p.putObject("keyPolicy").put("keyExpirationPeriodInDays", 90);
        }
        String created = java.time.Instant.now().minus(java.time.Duration.ofDays(plant == AzurePlant.STORAGE_OLD_KEYS ? 400 : 20))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        p.putObject("keyCreationTime").put("key1", created).put("key2", created);
        ObjectNode blob = JSON.createObjectNode().put("id", rid + "/blobServices/default").put("name", "default")
                .put("type", "Microsoft.Storage/storageAccounts/blobServices");
        ObjectNode blobProps = blob.putObject("properties");
        blobProps.putObject("deleteRetentionPolicy").put("enabled", plant != AzurePlant.STORAGE_NO_SOFT_DELETE).put("days", 7)
                .put("allowPermanentDelete", false);
        blobProps.putObject("containerDeleteRetentionPolicy").put("enabled", plant != AzurePlant.STORAGE_NO_SOFT_DELETE)
                .put("days", 7);
        blobProps.putObject("cors").putArray("corsRules");
        children.put(rid, JSON.createObjectNode().set("blobServices/default", blob));
        p.putObject("encryption").put("keySource", "Microsoft.Storage")
                .put("requireInfrastructureEncryption", plant != AzurePlant.STORAGE_NO_INFRA_ENCRYPTION);
        plant(plant, r.path("id").asText());
    }

    private void vaults() {
        vault("kv-" + name, null);
        for (AzurePlant p : List.of(AzurePlant.VAULT_NO_SOFT_DELETE, AzurePlant.VAULT_NO_PURGE_PROTECTION,
                AzurePlant.VAULT_ACCESS_POLICIES, AzurePlant.VAULT_PUBLIC, AzurePlant.VAULT_KEY_NO_EXPIRY,
                AzurePlant.VAULT_SECRET_NO_EXPIRY, AzurePlant.VAULT_AP_KEY_NO_EXPIRY, AzurePlant.VAULT_AP_SECRET_NO_EXPIRY,
                AzurePlant.VAULT_KEY_NO_ROTATION, AzurePlant.VAULT_NO_PRIVATE_ENDPOINT)) {
            if (has(p)) {
                vault(("kv-" + name + "-" + p.ordinal()), p);
            }
        }
    }

    private void vault(String vaultName, AzurePlant plant) {
        ObjectNode r = resource("Microsoft.KeyVault", "vaults", "rg-security", vaultName, true);
        ObjectNode p = r.putObject("properties").put("tenantId", tenant)
                .put("enableSoftDelete", plant != AzurePlant.VAULT_NO_SOFT_DELETE).put("softDeleteRetentionInDays", 90)
                .put("enableRbacAuthorization", plant != AzurePlant.VAULT_ACCESS_POLICIES
                        && plant != AzurePlant.VAULT_AP_KEY_NO_EXPIRY && plant != AzurePlant.VAULT_AP_SECRET_NO_EXPIRY)
                .put("publicNetworkAccess", plant == AzurePlant.VAULT_PUBLIC ? "Enabled" : "Disabled");
        if (plant != AzurePlant.VAULT_NO_PURGE_PROTECTION) {
            p.put("enablePurgeProtection", true);
        }
        p.putObject("networkAcls").put("defaultAction", plant == AzurePlant.VAULT_PUBLIC ? "Allow" : "Deny");
        p.putObject("sku").put("family", "A").put("name", "standard");
        String rid = r.path("id").asText();
        privateEndpoint(p, rid, plant != AzurePlant.VAULT_NO_PRIVATE_ENDPOINT);
        long expires = java.time.Instant.now().plus(java.time.Duration.ofDays(300)).getEpochSecond();
        long created = java.time.Instant.now().minus(java.time.Duration.ofDays(60)).getEpochSecond();
        boolean keyExpires = plant != AzurePlant.VAULT_KEY_NO_EXPIRY && plant != AzurePlant.VAULT_AP_KEY_NO_EXPIRY;
        boolean secretExpires = plant != AzurePlant.VAULT_SECRET_NO_EXPIRY && plant != AzurePlant.VAULT_AP_SECRET_NO_EXPIRY;
        ObjectNode kids = JSON.createObjectNode();
        ObjectNode key = kids.putArray("keys").addObject().put("id", rid + "/keys/cmk").put("name", "cmk")
                .put("type", "Microsoft.KeyVault/vaults/keys").put("location", LOCATION);
        ObjectNode kp = key.putObject("properties").put("kty", "RSA").put("keySize", 2048)
                .put("keyUri", "https://" + vaultName + ".vault.azure.net/keys/cmk");
        ObjectNode ka = kp.putObject("attributes").put("enabled", true).put("created", created).put("updated", created)
                .put("recoveryLevel", "Recoverable").put("exportable", false);
        if (keyExpires) {
            ka.put("exp", expires);
        }
        kp.putArray("keyOps").add("wrapKey").add("unwrapKey");
        ObjectNode rotation = kp.putObject("rotationPolicy");
        rotation.putObject("attributes").put("expiryTime", "P1Y");
        ArrayNode actions = rotation.putArray("lifetimeActions");
        if (plant != AzurePlant.VAULT_KEY_NO_ROTATION) {
            ObjectNode rotate = actions.addObject();
            rotate.putObject("trigger").put("timeBeforeExpiry", "P30D");
            rotate.putObject("action").put("type", "rotate");
        }
        ObjectNode notify = actions.addObject();
        notify.putObject("trigger").put("timeBeforeExpiry", "P30D");
        notify.putObject("action").put("type", "notify");
        ObjectNode secret = kids.putArray("secrets").addObject().put("id", rid + "/secrets/db-password")
                .put("name", "db-password").put("type", "Microsoft.KeyVault/vaults/secrets").put("location", LOCATION);
        ObjectNode sp = secret.putObject("properties").put("contentType", "text/plain")
                .put("secretUri", "https://" + vaultName + ".vault.azure.net/secrets/db-password");
        ObjectNode sa = sp.putObject("attributes").put("enabled", true).put("created", created).put("updated", created);
        if (secretExpires) {
            sa.put("exp", expires);
        }
        children.put(rid, kids);
        plant(plant, rid);
    }

    /** An approved private endpoint connection, as ARM lists it on the resource (or an empty list). */
    private void privateEndpoint(ObjectNode properties, String resourceId, boolean approved) {
        ArrayNode connections = properties.putArray("privateEndpointConnections");
        if (approved) {
            String endpoint = resourceId.substring(resourceId.lastIndexOf('/') + 1);
            ObjectNode c = connections.addObject().put("id", resourceId + "/privateEndpointConnections/pe-" + endpoint);
            ObjectNode cp = c.putObject("properties").put("provisioningState", "Succeeded");
            cp.putObject("privateEndpoint").put("id", sub + "/resourceGroups/rg-network/providers/Microsoft.Network/privateEndpoints/pe-" + endpoint);
            cp.putObject("privateLinkServiceConnectionState").put("status", "Approved").put("description", "Auto-approved")
                    .put("actionsRequired", "None");
        }
    }

    private void sql() {
        sqlServer("sql-" + name, null);
        for (AzurePlant p : List.of(AzurePlant.SQL_ALLOW_AZURE, AzurePlant.SQL_NO_AUDITING, AzurePlant.SQL_TDE_OFF,
                AzurePlant.SQL_NO_ENTRA_ADMIN, AzurePlant.SQL_OLD_TLS)) {
            if (has(p)) {
                sqlServer("sql-" + name + "-" + p.ordinal(), p);
            }
        }
    }

    private void sqlServer(String serverName, AzurePlant plant) {
        ObjectNode r = resource("Microsoft.Sql", "servers", "rg-data", serverName, true);
        r.put("kind", "v12.0");
        r.putObject("properties").put("version", "12.0").put("publicNetworkAccess", "Disabled")
                .put("minimalTlsVersion", plant == AzurePlant.SQL_OLD_TLS ? "1.0" : "1.2")
                .put("fullyQualifiedDomainName", serverName + ".database.windows.net")
                .put("administratorLogin", "sqladmin");
        String rid = r.path("id").asText();
        ObjectNode children = JSON.createObjectNode();
        ArrayNode rules = children.putArray("firewallRules");
        ObjectNode office = rules.addObject().put("id", rid + "/firewallRules/office").put("name", "office");
        office.putObject("properties").put("startIpAddress", "203.0.113.0").put("endIpAddress", "203.0.113.255");
        if (plant == AzurePlant.SQL_ALLOW_AZURE) {
            ObjectNode azure = rules.addObject().put("id", rid + "/firewallRules/AllowAllWindowsAzureIps")
                    .put("name", "AllowAllWindowsAzureIps");
            azure.putObject("properties").put("startIpAddress", "0.0.0.0").put("endIpAddress", "0.0.0.0");
        }
        ObjectNode auditing = children.putObject("auditingSettings").put("id", rid + "/auditingSettings/default")
                .put("name", "default");
        auditing.putObject("properties").put("state", plant == AzurePlant.SQL_NO_AUDITING ? "Disabled" : "Enabled")
                .put("retentionDays", 90);
        ArrayNode admins = children.putArray("administrators");
        if (plant != AzurePlant.SQL_NO_ENTRA_ADMIN) {
            ObjectNode admin = admins.addObject().put("id", rid + "/administrators/ActiveDirectory")
                    .put("name", "ActiveDirectory");
            admin.putObject("properties").put("administratorType", "ActiveDirectory").put("login", "sql-admins")
                    .put("tenantId", tenant);
        }
        ArrayNode databases = children.putArray("databases");
        for (String db : List.of("master", "orders")) {
            ObjectNode d = databases.addObject().put("id", rid + "/databases/" + db).put("name", db);
            d.putObject("properties").put("status", "Online");
            ObjectNode tde = d.putObject("transparentDataEncryption").put("name", "current");
            tde.putObject("properties").put("state", plant == AzurePlant.SQL_TDE_OFF && db.equals("orders")
                    ? "Disabled" : "Enabled");
        }
        sqlChildren.put(rid, children);
        plant(plant, rid);
    }
}
