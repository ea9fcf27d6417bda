package dev.vigil.collect.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.snapshot.UnknownInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a Resource Graph row lacks for the checks, read per resource through ARM: a web app's configuration and
 * authentication settings, a flexible server's parameters and firewall rules, a VM's network interfaces (from the
 * same rows). Free-form parts of the rows that may hold secrets or personal data never reach the snapshot.
 */
final class ResourceChildren {
    static final String WEB_API = "2023-12-01";
    static final String POSTGRESQL_API = "2024-08-01";
    static final String MYSQL_API = "2023-12-30";
    static final String VAULT_API = "2023-07-01";
    /** The {@code config/web} properties kept; app settings, connection strings and the rest are dropped. */
    static final Set<String> SITE_CONFIG = Set.of("minTlsVersion", "scmMinTlsVersion", "ftpsState", "http20Enabled",
            "remoteDebuggingEnabled", "linuxFxVersion", "windowsFxVersion", "phpVersion", "pythonVersion",
            "javaVersion", "netFrameworkVersion", "alwaysOn");
    /** The server parameters kept (the ones the checks and CIS name); the list has several hundred. */
    static final Set<String> POSTGRESQL_PARAMETERS = Set.of("require_secure_transport", "ssl_min_protocol_version",
            "log_checkpoints", "log_connections", "log_disconnections", "connection_throttle.enable",
            "logfiles.retention_days");
    static final Set<String> MYSQL_PARAMETERS = Set.of("require_secure_transport", "tls_version", "audit_log_enabled",
            "audit_log_events");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SubscriptionCollector collector;
    private final ArmClient arm;
    private final Map<String, JsonNode> interfaces = new LinkedHashMap<>();

    ResourceChildren(SubscriptionCollector collector, ArmClient arm, List<JsonNode> rows) {
        this.collector = collector;
        this.arm = arm;
        for (JsonNode row : rows) {
            if (SubscriptionCollector.NETWORK_INTERFACES.equals(row.path("type").asText().toLowerCase(Locale.ROOT))) {
                interfaces.put(row.path("id").asText().toLowerCase(Locale.ROOT), row);
            }
        }
    }

    /** Completes (and trims) the attributes of one resource of a snapshot type. */
    void add(String type, ObjectNode attributes, List<UnknownInput> unknown) {
        String id = attributes.path("id").asText();
        ObjectNode properties = attributes.path("properties") instanceof ObjectNode p ? p : attributes.putObject("properties");
        switch (type) {
            case "azure.appservice.webapp" -> {
                properties.remove("siteConfig"); // Resource Graph's copy is mostly null; config/web is read instead
                webApp(id, attributes, unknown);
            }
            case "azure.compute.vm" -> {
                properties.remove("osProfile");
                copy(attributes, "networkInterfaces", interfacesOf(properties));
            }
            case "azure.aks.cluster" -> properties.remove(List.of("linuxProfile", "windowsProfile",
                    "servicePrincipalProfile", "identityProfile"));
            case "azure.keyvault.vault" -> vault(id, attributes, unknown);
            case "azure.storage.account" -> blobService(id, attributes, unknown);
            case "azure.postgresql.flexible_server" -> flexibleServer("postgresql", id, POSTGRESQL_API,
                    POSTGRESQL_PARAMETERS, attributes, unknown);
            case "azure.mysql.flexible_server" -> flexibleServer("mysql", id, MYSQL_API, MYSQL_PARAMETERS, attributes,
                    unknown);
            default -> {
            }
        }
    }

    private void webApp(String site, ObjectNode attributes, List<UnknownInput> unknown) {
        JsonNode config = collector.call("web", "GetConfiguration", () -> arm.get(site + "/config/web", WEB_API),
                List.of(), "siteConfig", unknown);
        if (config != null) {
            ObjectNode kept = attributes.putObject("siteConfig");
            config.path("properties").fields().forEachRemaining(e -> {
                if (SITE_CONFIG.contains(e.getKey())) {
                    kept.set(e.getKey(), e.getValue());
                }
            });
        }
        JsonNode auth = collector.call("web", "GetAuthSettingsV2",
                () -> arm.get(site + "/config/authsettingsV2", WEB_API), List.of(), "authSettingsV2", unknown);
        if (auth != null) {
            JsonNode p = auth.path("properties");
            ObjectNode kept = attributes.putObject("authSettingsV2");
            copy(kept.putObject("platform"), "enabled", p.path("platform").path("enabled"));
            ObjectNode validation = kept.putObject("globalValidation");
            copy(validation, "requireAuthentication", p.path("globalValidation").path("requireAuthentication"));
            copy(validation, "unauthenticatedClientAction", p.path("globalValidation").path("unauthenticatedClientAction"));
        }
    }

    /** Keys and secrets as ARM lists them (names and attributes; ARM never returns key material or values). */
    private void vault(String vault, ObjectNode attributes, List<UnknownInput> unknown) {
        List<JsonNode> keys = collector.call("keyvault", "ListKeys", () -> arm.list(vault + "/keys", VAULT_API),
                List.of(), "keys", unknown);
        if (keys != null) {
            ArrayNode kept = attributes.putArray("keys");
            for (JsonNode k : keys) {
                ObjectNode p = kept.addObject().put("name", k.path("name").asText()).putObject("properties");
                copy(p, "attributes", validity(k.path("properties").path("attributes")));
                copy(p, "kty", k.path("properties").path("kty"));
                copy(p, "rotationPolicy", k.path("properties").path("rotationPolicy"));
            }
        }
        List<JsonNode> secrets = collector.call("keyvault", "ListSecrets", () -> arm.list(vault + "/secrets", VAULT_API),
                List.of(), "secrets", unknown);
        if (secrets != null) {
            ArrayNode kept = attributes.putArray("secrets");
            for (JsonNode s : secrets) {
                ObjectNode p = kept.addObject().put("name", s.path("name").asText()).putObject("properties");
                copy(p, "attributes", validity(s.path("properties").path("attributes")));
            }
        }
    }

    private static JsonNode validity(JsonNode attributes) {
        if (attributes.isMissingNode()) {
            return attributes;
        }
        ObjectNode out = JSON.createObjectNode();
        for (String key : List.of("enabled", "exp", "nbf", "created", "updated")) {
            copy(out, key, attributes.path(key));
        }
        return out;
    }

    private void blobService(String account, ObjectNode attributes, List<UnknownInput> unknown) {
        JsonNode blob = collector.call("storage", "GetBlobServiceProperties",
                () -> arm.get(account + "/blobServices/default", "2023-05-01"), List.of(), "blobService", unknown);
        if (blob != null) {
            ObjectNode p = attributes.putObject("blobService").putObject("properties");
            for (String key : List.of("deleteRetentionPolicy", "containerDeleteRetentionPolicy", "isVersioningEnabled")) {
                copy(p, key, blob.path("properties").path(key));
            }
        }
    }

    private void flexibleServer(String service, String server, String apiVersion, Set<String> parameters,
                                ObjectNode attributes, List<UnknownInput> unknown) {
        List<JsonNode> configurations = collector.call(service, "ListConfigurations",
                () -> arm.list(server + "/configurations", apiVersion), List.of(), "configurations", unknown);
        if (configurations != null) {
            ArrayNode kept = attributes.putArray("configurations");
            for (JsonNode c : configurations) {
                if (parameters.contains(c.path("name").asText())) {
                    ObjectNode p = kept.addObject().put("name", c.path("name").asText()).putObject("properties");
                    copy(p, "value", c.path("properties").path("value"));
                    copy(p, "source", c.path("properties").path("source"));
                }
            }
        }
        List<JsonNode> rules = collector.call(service, "ListFirewallRules",
                () -> arm.list(server + "/firewallRules", apiVersion), List.of(), "firewallRules", unknown);
        if (rules != null) {
            ArrayNode kept = attributes.putArray("firewallRules");
            for (JsonNode r : rules) {
                ObjectNode p = kept.addObject().put("name", r.path("name").asText()).putObject("properties");
                copy(p, "startIpAddress", r.path("properties").path("startIpAddress"));
                copy(p, "endIpAddress", r.path("properties").path("endIpAddress"));
            }
        }
    }

    /** The VM's network interfaces with their IP configurations (public IP address ids only). */
    private ArrayNode interfacesOf(JsonNode vmProperties) {
        ArrayNode out = JSON.createArrayNode();
        for (JsonNode ref : vmProperties.path("networkProfile").path("networkInterfaces")) {
            JsonNode nic = interfaces.get(ref.path("id").asText().toLowerCase(Locale.ROOT));
            if (nic == null) {
                continue;
            }
            ObjectNode n = out.addObject().put("id", nic.path("id").asText()).put("name", nic.path("name").asText());
            ArrayNode configs = n.putObject("properties").putArray("ipConfigurations");
            for (JsonNode ip : nic.path("properties").path("ipConfigurations")) {
                ObjectNode c = configs.addObject().put("name", ip.path("name").asText());
                ObjectNode p = c.putObject("properties");
                copy(p, "privateIPAddress", ip.path("properties").path("privateIPAddress"));
                if (ip.path("properties").has("publicIPAddress")) {
                    copy(p.putObject("publicIPAddress"), "id", ip.path("properties").path("publicIPAddress").path("id"));
                }
            }
        }
        return out;
    }

    /** Sets {@code key} only when the answer had it. */
    private static void copy(ObjectNode target, String key, JsonNode value) {
        if (!value.isMissingNode()) {
            target.set(key, value);
        }
    }
}
