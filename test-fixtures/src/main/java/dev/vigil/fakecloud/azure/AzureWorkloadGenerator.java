package dev.vigil.fakecloud.azure;

import static dev.vigil.fakecloud.azure.AzureOrgGenerator.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The workloads of one subscription for {@link AzureSubscriptionGenerator}: web apps, VMs with their network
 * interfaces, AKS clusters, PostgreSQL and MySQL flexible servers and Cosmos DB accounts, as Resource Graph and ARM
 * return them. One clean resource of each type, then one resource per planted misconfiguration.
 */
final class AzureWorkloadGenerator {
    private final AzureSubscriptionGenerator subscription;
    private final String name;
    private final Supplier<String> guid;
    private final Map<String, ObjectNode> children;

    AzureWorkloadGenerator(AzureSubscriptionGenerator subscription, String name, Supplier<String> guid,
                           Map<String, ObjectNode> children) {
        this.subscription = subscription;
        this.name = name;
        this.guid = guid;
        this.children = children;
    }

    void build() {
        each("app", List.of(AzurePlant.WEBAPP_HTTP, AzurePlant.WEBAPP_OLD_TLS, AzurePlant.WEBAPP_FTP,
                AzurePlant.WEBAPP_NO_IDENTITY, AzurePlant.WEBAPP_NO_AUTH, AzurePlant.WEBAPP_NO_HTTP2,
                AzurePlant.WEBAPP_REMOTE_DEBUG, AzurePlant.WEBAPP_NO_CLIENT_CERT), this::webApp);
        each("vm", List.of(AzurePlant.VM_UNMANAGED_DISK, AzurePlant.VM_NO_HOST_ENCRYPTION, AzurePlant.VM_PUBLIC_IP,
                AzurePlant.VM_NO_TRUSTED_LAUNCH), this::vm);
        each("aks", List.of(AzurePlant.AKS_NO_RBAC, AzurePlant.AKS_NO_ENTRA, AzurePlant.AKS_PUBLIC_API,
                AzurePlant.AKS_NO_NETWORK_POLICY, AzurePlant.AKS_LOCAL_ACCOUNTS), this::aks);
        each("psql", List.of(AzurePlant.POSTGRES_NO_SECURE_TRANSPORT, AzurePlant.POSTGRES_NO_LOG_CHECKPOINTS,
                AzurePlant.POSTGRES_NO_THROTTLING, AzurePlant.POSTGRES_SHORT_LOG_RETENTION,
                AzurePlant.POSTGRES_ALLOW_AZURE, AzurePlant.POSTGRES_NO_GEO_BACKUP), this::postgres);
        each("mysql", List.of(AzurePlant.MYSQL_NO_SECURE_TRANSPORT, AzurePlant.MYSQL_OLD_TLS,
                AzurePlant.MYSQL_NO_AUDIT_LOG, AzurePlant.MYSQL_NO_CONNECTION_AUDIT, AzurePlant.MYSQL_ALLOW_ALL),
                this::mysql);
        each("cosmos", List.of(AzurePlant.COSMOS_PUBLIC, AzurePlant.COSMOS_NO_PRIVATE_ENDPOINT,
                AzurePlant.COSMOS_LOCAL_AUTH), this::cosmos);
    }

    private interface Maker {
        void make(String resourceName, AzurePlant plant);
    }

    /** The clean twin, then one resource per plant of this subscription. */
    private void each(String prefix, List<AzurePlant> plants, Maker maker) {
        maker.make(prefix + "-" + name, null);
        for (AzurePlant p : plants) {
            if (subscription.has(p)) {
                maker.make(prefix + "-" + name + "-" + p.ordinal(), p);
            }
        }
    }

    private void webApp(String site, AzurePlant plant) {
        ObjectNode r = subscription.resource("Microsoft.Web", "sites", "rg-web", site, true);
        r.put("kind", "app,linux");
        if (plant == AzurePlant.WEBAPP_NO_IDENTITY) {
            r.putObject("identity").put("type", "None");
        } else {
            r.putObject("identity").put("type", "SystemAssigned").put("principalId", guid.get())
                    .put("tenantId", subscription.tenant());
        }
        String rid = r.path("id").asText();
        ObjectNode p = r.putObject("properties").put("state", "Running").put("enabled", true)
                .put("httpsOnly", plant != AzurePlant.WEBAPP_HTTP)
                .put("clientCertEnabled", plant != AzurePlant.WEBAPP_NO_CLIENT_CERT).put("clientCertMode", "Required")
                .put("defaultHostName", site + ".azurewebsites.net")
                .put("serverFarmId", rid.substring(0, rid.indexOf("/providers/")) + "/providers/Microsoft.Web/serverfarms/plan-web");
        // Resource Graph's copy of siteConfig: mostly null, as the real one
        p.putObject("siteConfig").putNull("minTlsVersion").putNull("ftpsState").putNull("http20Enabled")
                .put("numberOfWorkers", 1);
        ObjectNode kids = JSON.createObjectNode();
        ObjectNode web = kids.putObject("config/web").put("id", rid + "/config/web").put("name", "web")
                .put("type", "Microsoft.Web/sites/config").put("location", "West Europe");
        web.putObject("properties").put("numberOfWorkers", 1).put("netFrameworkVersion", "v4.0")
                .put("linuxFxVersion", "PYTHON|3.12").put("http20Enabled", plant != AzurePlant.WEBAPP_NO_HTTP2)
                .put("minTlsVersion", plant == AzurePlant.WEBAPP_OLD_TLS ? "1.0" : "1.2").put("scmMinTlsVersion", "1.2")
                .put("ftpsState", plant == AzurePlant.WEBAPP_FTP ? "AllAllowed" : "Disabled")
                .put("remoteDebuggingEnabled", plant == AzurePlant.WEBAPP_REMOTE_DEBUG)
                .put("remoteDebuggingVersion", "VS2022").put("alwaysOn", true).put("publishingUsername", "$" + site)
                .putNull("appSettings").putNull("connectionStrings");
        ObjectNode auth = kids.putObject("config/authsettingsV2").put("id", rid + "/config/authsettingsV2")
                .put("name", "authsettingsV2").put("type", "Microsoft.Web/sites/config");
        ObjectNode ap = auth.putObject("properties");
        ap.putObject("platform").put("enabled", plant != AzurePlant.WEBAPP_NO_AUTH).put("runtimeVersion", "~1");
        ap.putObject("globalValidation").put("requireAuthentication", plant != AzurePlant.WEBAPP_NO_AUTH)
                .put("unauthenticatedClientAction", "RedirectToLoginPage")
                .put("redirectToProvider", "azureactivedirectory");
        ap.putObject("identityProviders").putObject("azureActiveDirectory").put("enabled", true)
                .putObject("registration").put("clientId", guid.get())
                .put("clientSecretSettingName", "MICROSOFT_PROVIDER_AUTHENTICATION_SECRET")
                .put("openIdIssuer", "https://sts.windows.net/" + subscription.tenant() + "/v2.0");
        children.put(rid, kids);
        subscription.plant(plant, rid);
    }

    private void vm(String vmName, AzurePlant plant) {
        ObjectNode nic = subscription.resource("Microsoft.Network", "networkInterfaces", "rg-compute", vmName + "-nic", true);
        ObjectNode ip = nic.putObject("properties").put("provisioningState", "Succeeded")
                .putArray("ipConfigurations").addObject().put("name", "ipconfig1");
        ip.put("id", nic.path("id").asText() + "/ipConfigurations/ipconfig1");
        ObjectNode ipProps = ip.putObject("properties").put("privateIPAddress", "10.20.1." + (4 + children.size() % 200))
                .put("privateIPAllocationMethod", "Dynamic");
        ipProps.putObject("subnet").put("id", subscription.subscriptionPath()
                + "/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet-main/subnets/app");
        if (plant == AzurePlant.VM_PUBLIC_IP) {
            ipProps.putObject("publicIPAddress").put("id", subscription.subscriptionPath()
                    + "/resourceGroups/rg-compute/providers/Microsoft.Network/publicIPAddresses/" + vmName + "-pip");
        }
        ObjectNode r = subscription.resource("Microsoft.Compute", "virtualMachines", "rg-compute", vmName, true);
        ObjectNode p = r.putObject("properties").put("provisioningState", "Succeeded").put("vmId", guid.get());
        p.putObject("hardwareProfile").put("vmSize", "Standard_D2s_v5");
        ObjectNode storage = p.putObject("storageProfile");
        storage.putObject("imageReference").put("publisher", "Canonical").put("offer", "ubuntu-24_04-lts")
                .put("sku", "server").put("version", "latest");
        ObjectNode os = storage.putObject("osDisk").put("osType", "Linux").put("name", vmName + "-os")
                .put("createOption", "FromImage").put("caching", "ReadWrite");
        boolean unmanaged = plant == AzurePlant.VM_UNMANAGED_DISK;
        if (unmanaged) {
            os.putObject("vhd").put("uri", "https://st" + name.replace("-", "") + "vhds.blob.core.windows.net/vhds/"
                    + vmName + "-os.vhd");
        } else {
            os.putObject("managedDisk").put("storageAccountType", "Premium_LRS").put("id", subscription.subscriptionPath()
                    + "/resourceGroups/rg-compute/providers/Microsoft.Compute/disks/" + vmName + "-os");
        }
        storage.putArray("dataDisks");
        p.putObject("osProfile").put("computerName", vmName).put("adminUsername", "azureuser")
                .putObject("linuxConfiguration").put("disablePasswordAuthentication", true);
        p.putObject("networkProfile").putArray("networkInterfaces").addObject().put("id", nic.path("id").asText());
        ObjectNode security = p.putObject("securityProfile")
                .put("encryptionAtHost", !unmanaged && plant != AzurePlant.VM_NO_HOST_ENCRYPTION);
        if (!unmanaged && plant != AzurePlant.VM_NO_TRUSTED_LAUNCH) {
            security.put("securityType", "TrustedLaunch").putObject("uefiSettings").put("secureBootEnabled", true)
                    .put("vTpmEnabled", true);
        }
        subscription.plant(plant, r.path("id").asText());
    }

    private void aks(String clusterName, AzurePlant plant) {
        ObjectNode r = subscription.resource("Microsoft.ContainerService", "managedClusters", "rg-aks", clusterName, true);
        r.putObject("sku").put("name", "Base").put("tier", "Standard");
        r.putObject("identity").put("type", "SystemAssigned").put("principalId", guid.get());
        boolean rbac = plant != AzurePlant.AKS_NO_RBAC;
        boolean entra = rbac && plant != AzurePlant.AKS_NO_ENTRA;
        ObjectNode p = r.putObject("properties").put("provisioningState", "Succeeded").put("kubernetesVersion", "1.30.6")
                .put("dnsPrefix", clusterName).put("enableRBAC", rbac)
                .put("disableLocalAccounts", entra && plant != AzurePlant.AKS_LOCAL_ACCOUNTS);
        if (entra) {
            p.putObject("aadProfile").put("managed", true).put("enableAzureRBAC", true)
                    .put("tenantID", subscription.tenant()).putArray("adminGroupObjectIDs").add(guid.get());
        }
        ObjectNode api = p.putObject("apiServerAccessProfile").put("enablePrivateCluster", false);
        ArrayNode ranges = api.putArray("authorizedIPRanges");
        if (plant != AzurePlant.AKS_PUBLIC_API) {
            ranges.add("203.0.113.0/24");
        }
        ObjectNode network = p.putObject("networkProfile").put("networkPlugin", "azure")
                .put("serviceCidr", "10.0.0.0/16").put("dnsServiceIP", "10.0.0.10");
        if (plant != AzurePlant.AKS_NO_NETWORK_POLICY) {
            network.put("networkPolicy", "calico");
        }
        p.putObject("linuxProfile").put("adminUsername", "azureuser").putObject("ssh").putArray("publicKeys")
                .addObject().put("keyData", "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ fake@vigil");
        p.putObject("servicePrincipalProfile").put("clientId", "msi");
        p.putArray("agentPoolProfiles").addObject().put("name", "system").put("count", 3).put("vmSize", "Standard_D4s_v5")
                .put("mode", "System").put("osType", "Linux");
        subscription.plant(plant, r.path("id").asText());
    }

    private void postgres(String serverName, AzurePlant plant) {
        ObjectNode r = subscription.resource("Microsoft.DBforPostgreSQL", "flexibleServers", "rg-data", serverName, true);
        r.putObject("sku").put("name", "Standard_D2ds_v5").put("tier", "GeneralPurpose");
        ObjectNode p = r.putObject("properties").put("administratorLogin", "pgadmin").put("version", "16")
                .put("state", "Ready").put("fullyQualifiedDomainName", serverName + ".postgres.database.azure.com");
        p.putObject("network").put("publicNetworkAccess", "Enabled");
        p.putObject("backup").put("backupRetentionDays", 14)
                .put("geoRedundantBackup", plant == AzurePlant.POSTGRES_NO_GEO_BACKUP ? "Disabled" : "Enabled");
        String rid = r.path("id").asText();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("require_secure_transport", plant == AzurePlant.POSTGRES_NO_SECURE_TRANSPORT ? "off" : "on");
        parameters.put("ssl_min_protocol_version", "TLSv1.2");
        parameters.put("log_checkpoints", plant == AzurePlant.POSTGRES_NO_LOG_CHECKPOINTS ? "off" : "on");
        parameters.put("log_connections", "on");
        parameters.put("log_disconnections", "on");
        parameters.put("connection_throttle.enable", plant == AzurePlant.POSTGRES_NO_THROTTLING ? "off" : "on");
        parameters.put("logfiles.retention_days", plant == AzurePlant.POSTGRES_SHORT_LOG_RETENTION ? "3" : "7");
        parameters.put("max_connections", "859");
        parameters.put("shared_buffers", "524288");
        ObjectNode kids = JSON.createObjectNode();
        kids.set("configurations", configurations(rid, "Microsoft.DBforPostgreSQL/flexibleServers/configurations",
                parameters));
        ArrayNode rules = kids.putArray("firewallRules");
        firewallRule(rules, rid, "Microsoft.DBforPostgreSQL/flexibleServers/firewallRules", "office", "203.0.113.0",
                "203.0.113.255");
        if (plant == AzurePlant.POSTGRES_ALLOW_AZURE) {
            firewallRule(rules, rid, "Microsoft.DBforPostgreSQL/flexibleServers/firewallRules",
                    "AllowAllAzureServicesAndResourcesWithinAzureIps_2024-1-1_10-0-0", "0.0.0.0", "0.0.0.0");
        }
        children.put(rid, kids);
        subscription.plant(plant, rid);
    }

    private void mysql(String serverName, AzurePlant plant) {
        ObjectNode r = subscription.resource("Microsoft.DBforMySQL", "flexibleServers", "rg-data", serverName, true);
        r.putObject("sku").put("name", "Standard_D2ds_v4").put("tier", "GeneralPurpose");
        ObjectNode p = r.putObject("properties").put("administratorLogin", "mysqladmin").put("version", "8.0.21")
                .put("state", "Ready").put("fullyQualifiedDomainName", serverName + ".mysql.database.azure.com");
        p.putObject("network").put("publicNetworkAccess", "Enabled");
        p.putObject("backup").put("backupRetentionDays", 7).put("geoRedundantBackup", "Enabled");
        String rid = r.path("id").asText();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("require_secure_transport", plant == AzurePlant.MYSQL_NO_SECURE_TRANSPORT ? "OFF" : "ON");
        parameters.put("tls_version", plant == AzurePlant.MYSQL_OLD_TLS ? "TLSv1,TLSv1.1,TLSv1.2" : "TLSv1.2,TLSv1.3");
        parameters.put("audit_log_enabled", plant == AzurePlant.MYSQL_NO_AUDIT_LOG ? "OFF" : "ON");
        parameters.put("audit_log_events", plant == AzurePlant.MYSQL_NO_CONNECTION_AUDIT ? "ADMIN,DDL" : "CONNECTION,ADMIN,DDL");
        parameters.put("max_connections", "1365");
        ObjectNode kids = JSON.createObjectNode();
        kids.set("configurations", configurations(rid, "Microsoft.DBforMySQL/flexibleServers/configurations", parameters));
        ArrayNode rules = kids.putArray("firewallRules");
        firewallRule(rules, rid, "Microsoft.DBforMySQL/flexibleServers/firewallRules", "office", "203.0.113.0",
                "203.0.113.255");
        if (plant == AzurePlant.MYSQL_ALLOW_ALL) {
            firewallRule(rules, rid, "Microsoft.DBforMySQL/flexibleServers/firewallRules", "allow-all", "0.0.0.0",
                    "255.255.255.255");
        }
        children.put(rid, kids);
        subscription.plant(plant, rid);
    }

    private static ArrayNode configurations(String server, String type, Map<String, String> values) {
        ArrayNode out = JSON.createArrayNode();
        values.forEach((k, v) -> {
            ObjectNode c = out.addObject().put("id", server + "/configurations/" + k).put("name", k).put("type", type);
            c.putObject("properties").put("value", v).put("defaultValue", v).put("dataType", "Enumeration")
                    .put("source", "user-override").put("isReadOnly", false);
        });
        return out;
    }

    private static void firewallRule(ArrayNode rules, String server, String type, String ruleName, String start,
                                     String end) {
        ObjectNode rule = rules.addObject().put("id", server + "/firewallRules/" + ruleName).put("name", ruleName)
                .put("type", type);
        rule.putObject("properties").put("startIpAddress", start).put("endIpAddress", end);
    }

    private void cosmos(String accountName, AzurePlant plant) {
        ObjectNode r = subscription.resource("Microsoft.DocumentDB", "databaseAccounts", "rg-data", accountName, true);
        r.put("kind", "GlobalDocumentDB");
        String rid = r.path("id").asText();
        ObjectNode p = r.putObject("properties").put("provisioningState", "Succeeded")
                .put("documentEndpoint", "https://" + accountName + ".documents.azure.com:443/")
                .put("databaseAccountOfferType", "Standard")
                .put("publicNetworkAccess", plant == AzurePlant.COSMOS_PUBLIC ? "Enabled" : "Disabled")
                .put("isVirtualNetworkFilterEnabled", false)
                .put("disableLocalAuth", plant != AzurePlant.COSMOS_LOCAL_AUTH)
                .put("disableKeyBasedMetadataWriteAccess", true).put("minimalTlsVersion", "Tls12");
        p.putArray("ipRules");
        p.putArray("virtualNetworkRules");
        ArrayNode endpoints = p.putArray("privateEndpointConnections");
        if (plant != AzurePlant.COSMOS_NO_PRIVATE_ENDPOINT) {
            ObjectNode e = endpoints.addObject().put("id", rid + "/privateEndpointConnections/pe-" + accountName);
            ObjectNode ep = e.putObject("properties");
            ep.putObject("privateEndpoint").put("id", subscription.subscriptionPath()
                    + "/resourceGroups/rg-network/providers/Microsoft.Network/privateEndpoints/pe-" + accountName);
            ep.putObject("privateLinkServiceConnectionState").put("status", "Approved").put("actionsRequired", "None");
        }
        p.putArray("locations").addObject().put("locationName", "West Europe").put("failoverPriority", 0);
        subscription.plant(plant, rid);
    }
}
