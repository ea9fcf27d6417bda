package dev.vigil.collect.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.snapshot.Gap;
import dev.vigil.snapshot.ResourceRecord;
import dev.vigil.snapshot.UnknownInput;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Collects one subscription: its own record (policy assignments, Defender plans, security contacts, activity-log
 * export, cost), role assignments and custom roles from ARM, the Resource Graph rows dispatched to it, and the SQL
 * server children. A failed call is a gap and its key is absent; the rest is still written.
 */
final class SubscriptionCollector {
    static final Map<String, String> GRAPH_TYPES = Map.ofEntries(
            Map.entry("microsoft.network/networksecuritygroups", "azure.network.nsg"),
            Map.entry("microsoft.network/virtualnetworks", "azure.network.vnet"),
            Map.entry("microsoft.storage/storageaccounts", "azure.storage.account"),
            Map.entry("microsoft.keyvault/vaults", "azure.keyvault.vault"),
            Map.entry("microsoft.sql/servers", "azure.sql.server"),
            Map.entry("microsoft.web/sites", "azure.appservice.webapp"),
            Map.entry("microsoft.compute/virtualmachines", "azure.compute.vm"),
            Map.entry("microsoft.containerservice/managedclusters", "azure.aks.cluster"),
            Map.entry("microsoft.dbforpostgresql/flexibleservers", "azure.postgresql.flexible_server"),
            Map.entry("microsoft.dbformysql/flexibleservers", "azure.mysql.flexible_server"),
            Map.entry("microsoft.documentdb/databaseaccounts", "azure.cosmosdb.account"));
    /** ARM list api-version of each type of {@link #GRAPH_TYPES}, for the fallback when Resource Graph is refused. */
    static final Map<String, String> ARM_LIST_VERSIONS = Map.ofEntries(
            Map.entry("Microsoft.Network/networkSecurityGroups", "2024-05-01"),
            Map.entry("Microsoft.Network/virtualNetworks", "2024-05-01"),
            Map.entry("Microsoft.Storage/storageAccounts", "2023-05-01"),
            Map.entry("Microsoft.KeyVault/vaults", "2023-07-01"),
            Map.entry("Microsoft.Sql/servers", "2021-11-01"),
            Map.entry("Microsoft.Web/sites", ResourceChildren.WEB_API),
            Map.entry("Microsoft.Compute/virtualMachines", "2024-07-01"),
            Map.entry("Microsoft.ContainerService/managedClusters", "2024-09-01"),
            Map.entry("Microsoft.DBforPostgreSQL/flexibleServers", ResourceChildren.POSTGRESQL_API),
            Map.entry("Microsoft.DBforMySQL/flexibleServers", ResourceChildren.MYSQL_API),
            Map.entry("Microsoft.DocumentDB/databaseAccounts", "2024-11-15"));
    static final String FLOW_LOGS = "microsoft.network/networkwatchers/flowlogs";
    /** Read for the subscription's {@code networkWatcherLocations}. */
    static final String NETWORK_WATCHERS = "microsoft.network/networkwatchers";
    /** Read with the VMs: their public IP addresses are on their network interfaces. */
    static final String NETWORK_INTERFACES = "microsoft.network/networkinterfaces";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArmClient arm;
    private final RoleNames roleNames;
    private final AzureTree.Subscription subscription;
    private final List<JsonNode> graphRows;
    private final boolean graphAvailable;
    private final AzureCalls calls;
    /** The VNets' {@code flowLogs}, when the ARM fallback could not list network watchers or their flow logs. */
    private final List<UnknownInput> flowLogsUnknown = new ArrayList<>();
    /** The VMs' {@code networkInterfaces}, when the ARM fallback could not list network interfaces. */
    private final List<UnknownInput> interfacesUnknown = new ArrayList<>();
    /** The subscription's {@code resourceLocations} / {@code networkWatcherLocations}, when a fallback listing failed. */
    private final List<UnknownInput> locationsUnknown = new ArrayList<>();
    private final String sub;

    /** @param graphRows this subscription's Resource Graph rows, or null when Resource Graph was refused */
    SubscriptionCollector(ArmClient arm, RoleNames roleNames, AzureTree.Subscription subscription,
                          List<JsonNode> graphRows) {
        this.arm = arm;
        this.roleNames = roleNames;
        this.subscription = subscription;
        this.sub = "/subscriptions/" + subscription.id();
        this.calls = new AzureCalls(subscription.id());
        this.graphAvailable = graphRows != null;
        this.graphRows = graphRows != null ? graphRows : new ArrayList<>();
    }

    /** Without Resource Graph, the same types are listed through their resource providers, one call each. */
    private void listThroughArm() {
        ARM_LIST_VERSIONS.forEach((type, version) -> {
            List<JsonNode> items = call(type.split("[./]")[1].toLowerCase(Locale.ROOT), "List" + type.substring(type.indexOf('/') + 1),
                    () -> arm.list(sub + "/providers/" + type, version), List.of(GRAPH_TYPES.get(type.toLowerCase(Locale.ROOT))),
                    "resourceLocations", locationsUnknown);
            if (items != null) {
                items.forEach(item -> graphRows.add(((ObjectNode) item.deepCopy()).put("type", type.toLowerCase(Locale.ROOT))));
            }
        });
        List<JsonNode> watchers = call("network", "ListNetworkWatchers",
                () -> arm.list(sub + "/providers/Microsoft.Network/networkWatchers", "2024-05-01"), List.of(),
                "flowLogs", flowLogsUnknown);
        if (watchers == null) {
            locationsUnknown.add(new UnknownInput("networkWatcherLocations", flowLogsUnknown.get(0).service(),
                    flowLogsUnknown.get(0).operation(), flowLogsUnknown.get(0).errorCode()));
        } else {
            watchers.forEach(w -> graphRows.add(((ObjectNode) w.deepCopy()).put("type", NETWORK_WATCHERS)));
            for (JsonNode watcher : watchers) {
                List<JsonNode> logs = call("network", "ListFlowLogs",
                        () -> arm.list(watcher.path("id").asText() + "/flowLogs", "2024-05-01"), List.of(),
                        "flowLogs", flowLogsUnknown);
                if (logs != null) {
                    logs.forEach(log -> graphRows.add(((ObjectNode) log.deepCopy()).put("type", FLOW_LOGS)));
                }
            }
        }
        List<JsonNode> interfaces = call("network", "ListnetworkInterfaces",
                () -> arm.list(sub + "/providers/Microsoft.Network/networkInterfaces", "2024-05-01"), List.of(),
                "networkInterfaces", interfacesUnknown);
        if (interfaces != null) {
            interfaces.forEach(nic -> graphRows.add(((ObjectNode) nic.deepCopy()).put("type", NETWORK_INTERFACES)));
        }
    }

    List<Gap> gaps() {
        return calls.gaps();
    }

    List<ResourceRecord> collect() {
        if (!graphAvailable) {
            listThroughArm();
        }
        List<ResourceRecord> out = new ArrayList<>();
        List<UnknownInput> roleNamesUnknown = new ArrayList<>();
        List<JsonNode> definitions = call("authorization", "ListRoleDefinitions",
                () -> arm.list(sub + "/providers/Microsoft.Authorization/roleDefinitions", "2022-04-01"),
                List.of("azure.authorization.role_definition"), "roleDefinitionName", roleNamesUnknown);
        if (definitions != null) {
            definitions.forEach(roleNames::learn);
            for (JsonNode d : definitions) {
                if ("CustomRole".equals(d.path("properties").path("type").asText())) {
                    out.add(record("authorization", "azure.authorization.role_definition", Gap.GLOBAL,
                            d.path("name").asText(), d.path("properties").path("roleName").asText(), d));
                }
            }
        }
        List<JsonNode> assignments = call("authorization", "ListRoleAssignments",
                () -> arm.list(sub + "/providers/Microsoft.Authorization/roleAssignments", "2022-04-01"),
                List.of("azure.authorization.role_assignment"), null, null);
        if (assignments != null) {
            for (JsonNode a : assignments) {
                ObjectNode attributes = a.deepCopy();
                String name = roleNames.nameOf(a.path("properties").path("roleDefinitionId").asText());
                attributes.put("roleDefinitionName", name);
                // a role this subscription's definitions would have named stays unknown when they were not listed
                out.add(record("authorization", "azure.authorization.role_assignment", Gap.GLOBAL,
                        a.path("name").asText(), name, attributes).withUnknown(name == null ? roleNamesUnknown : List.of()));
            }
        }
        out.add(subscriptionRecord());
        Map<String, ArrayNode> flowLogs = flowLogsByTarget();
        ResourceChildren children = new ResourceChildren(this, arm, graphRows);
        for (JsonNode row : graphRows) {
            String type = GRAPH_TYPES.get(row.path("type").asText().toLowerCase(Locale.ROOT));
            if (type == null) {
                continue;
            }
            ObjectNode attributes = row.deepCopy();
            List<UnknownInput> unknown = new ArrayList<>();
            if (type.equals("azure.network.vnet")) {
                attributes.set("flowLogs", flowLogs.getOrDefault(row.path("id").asText().toLowerCase(Locale.ROOT),
                        JSON.createArrayNode()));
                unknown.addAll(flowLogsUnknown);
            } else if (type.equals("azure.sql.server")) {
                sqlChildren(row.path("id").asText(), attributes, unknown);
            } else {
                children.add(type, attributes, unknown);
                if (type.equals("azure.compute.vm")) {
                    unknown.addAll(interfacesUnknown);
                }
            }
            out.add(record(type.split("\\.")[1], type, row.path("location").asText(Gap.GLOBAL),
                    row.path("name").asText(), row.path("name").asText(), attributes).withUnknown(unknown));
        }
        return out;
    }

    private ResourceRecord subscriptionRecord() {
        ObjectNode a = JSON.createObjectNode();
        JsonNode json = subscription.json();
        a.put("subscriptionId", subscription.id()).put("displayName", subscription.displayName())
                .put("state", subscription.state());
        a.set("subscriptionPolicies", json.path("subscriptionPolicies"));
        List<UnknownInput> unknown = new ArrayList<>();
        setList(a, "policyAssignments", "authorization", "ListPolicyAssignments",
                () -> PolicyAssignments.redacted(
                        arm.list(sub + "/providers/Microsoft.Authorization/policyAssignments", "2022-06-01")), unknown);
        setList(a, "defenderPlans", "security", "ListPricings",
                () -> arm.list(sub + "/providers/Microsoft.Security/pricings", "2024-01-01"), unknown);
        setList(a, "securityContacts", "security", "ListSecurityContacts",
                () -> arm.list(sub + "/providers/Microsoft.Security/securityContacts", "2023-12-01-preview"), unknown);
        setList(a, "autoProvisioningSettings", "security", "ListAutoProvisioningSettings",
                () -> arm.list(sub + "/providers/Microsoft.Security/autoProvisioningSettings", "2017-08-01-preview"), unknown);
        List<JsonNode> alerts = call("insights", "ListActivityLogAlerts",
                () -> arm.list(sub + "/providers/Microsoft.Insights/activityLogAlerts", "2020-10-01"), List.of(),
                "activityLogAlerts", unknown);
        if (alerts != null) {
            ArrayNode kept = a.putArray("activityLogAlerts");
            for (JsonNode alert : alerts) {
                // scopes, condition and enabled: the action groups and their receivers stay out
                ObjectNode k = kept.addObject().put("id", alert.path("id").asText()).put("name", alert.path("name").asText());
                ObjectNode p = k.putObject("properties");
                for (String key : List.of("scopes", "condition", "enabled")) {
                    if (alert.path("properties").has(key)) {
                        p.set(key, alert.path("properties").get(key));
                    }
                }
            }
        }
        setList(a, "activityLogDiagnosticSettings", "insights", "ListDiagnosticSettings",
                () -> arm.list(sub + "/providers/Microsoft.Insights/diagnosticSettings", "2021-05-01-preview"), unknown);
        locations(a);
        unknown.addAll(locationsUnknown);
        JsonNode cost = call("costmanagement", "Query", this::cost, List.of(), "cost", unknown);
        if (cost != null) {
            a.set("cost", cost);
        }
        return new ResourceRecord("azure", subscription.id(), Gap.GLOBAL, "resources", "azure.resources.subscription",
                subscription.id(), subscription.displayName(), sub, subscription.tags(), a).withUnknown(unknown);
    }

    /**
     * The regions in use (the locations of the subscription's collected resources) and those with a Network Watcher,
     * lower case without spaces, sorted.
     */
    private void locations(ObjectNode attributes) {
        java.util.TreeSet<String> used = new java.util.TreeSet<>();
        java.util.TreeSet<String> watched = new java.util.TreeSet<>();
        for (JsonNode row : graphRows) {
            String type = row.path("type").asText().toLowerCase(Locale.ROOT);
            String location = row.path("location").asText("").toLowerCase(Locale.ROOT).replace(" ", "");
            if (location.isEmpty() || location.equals("global")) {
                continue;
            }
            if (type.equals(NETWORK_WATCHERS)) {
                watched.add(location);
            } else if (GRAPH_TYPES.containsKey(type)) {
                used.add(location);
            }
        }
        used.forEach(attributes.putArray("resourceLocations")::add);
        watched.forEach(attributes.putArray("networkWatcherLocations")::add);
    }

    /** ActualCost per month for the last three full months, oldest first. */
    private JsonNode cost() {
        YearMonth last = YearMonth.from(LocalDate.now(ZoneOffset.UTC)).minusMonths(1);
        ObjectNode body = JSON.createObjectNode().put("type", "ActualCost").put("timeframe", "Custom");
        body.putObject("timePeriod").put("from", last.minusMonths(2).atDay(1) + "T00:00:00Z")
                .put("to", last.atEndOfMonth() + "T23:59:59Z");
        ObjectNode dataset = body.putObject("dataset").put("granularity", "Monthly");
        dataset.putObject("aggregation").putObject("totalCost").put("name", "Cost").put("function", "Sum");
        JsonNode result = arm.query(sub + "/providers/Microsoft.CostManagement/query", "2023-11-01", body);
        JsonNode properties = result.path("properties");
        Map<String, Integer> column = new LinkedHashMap<>();
        for (int i = 0; i < properties.path("columns").size(); i++) {
            column.put(properties.path("columns").get(i).path("name").asText(), i);
        }
        ObjectNode out = JSON.createObjectNode();
        ArrayNode months = out.putArray("months");
        String currency = null;
        List<JsonNode> rows = new ArrayList<>();
        properties.path("rows").forEach(rows::add);
        rows.sort(java.util.Comparator.comparing(r -> r.get(column.getOrDefault("BillingMonth", 1)).asText()));
        for (JsonNode row : rows) {
            String start = row.get(column.getOrDefault("BillingMonth", 1)).asText().substring(0, 10);
            YearMonth month = YearMonth.parse(start.substring(0, 7));
            months.addObject().put("start", start).put("end", month.plusMonths(1).atDay(1).toString())
                    .put("amount", new java.math.BigDecimal(row.get(column.getOrDefault("Cost", 0)).asText())
                            .setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
            currency = row.get(column.getOrDefault("Currency", 2)).asText();
        }
        out.put("currency", currency);
        return out;
    }

    /** Flow logs by the id (lower case) of the resource they watch: one pass over the rows, not one per VNet. */
    private Map<String, ArrayNode> flowLogsByTarget() {
        Map<String, ArrayNode> out = new LinkedHashMap<>();
        for (JsonNode row : graphRows) {
            if (FLOW_LOGS.equals(row.path("type").asText().toLowerCase(Locale.ROOT))) {
                ObjectNode log = JSON.createObjectNode().put("id", row.path("id").asText())
                        .put("name", row.path("name").asText());
                log.set("properties", row.path("properties"));
                out.computeIfAbsent(row.path("properties").path("targetResourceId").asText().toLowerCase(Locale.ROOT),
                        k -> JSON.createArrayNode()).add(log);
            }
        }
        return out;
    }

    private void sqlChildren(String server, ObjectNode attributes, List<UnknownInput> unknown) {
        setList(attributes, "firewallRules", "sql", "ListFirewallRules", () -> arm.list(server + "/firewallRules", "2021-11-01"),
                unknown);
        JsonNode auditing = call("sql", "GetAuditingSettings", () -> arm.get(server + "/auditingSettings/default", "2021-11-01"),
                List.of(), "auditingSettings", unknown);
        if (auditing != null) {
            attributes.set("auditingSettings", auditing);
        }
        setList(attributes, "administrators", "sql", "ListAdministrators", () -> arm.list(server + "/administrators", "2021-11-01"),
                unknown);
        List<JsonNode> databases = call("sql", "ListDatabases", () -> arm.list(server + "/databases", "2021-11-01"),
                List.of(), "databases", unknown);
        if (databases != null) {
            ArrayNode out = attributes.putArray("databases");
            for (JsonNode db : databases) {
                if (db.path("name").asText().equalsIgnoreCase("master")) {
                    continue;
                }
                ObjectNode d = JSON.createObjectNode().put("name", db.path("name").asText());
                // a database without its TDE state leaves the server's databases incomplete
                JsonNode tde = call("sql", "GetTransparentDataEncryption", () -> arm.get(
                        db.path("id").asText() + "/transparentDataEncryption/current", "2021-11-01"), List.of(),
                        "databases", unknown);
                if (tde != null) {
                    d.set("transparentDataEncryption", tde);
                }
                out.add(d);
            }
        }
    }

    private void setList(ObjectNode target, String key, String service, String operation, Supplier<List<JsonNode>> call,
                         List<UnknownInput> unknown) {
        List<JsonNode> values = call(service, operation, call, List.of(), key, unknown);
        if (values != null) {
            ArrayNode array = target.putArray(key);
            values.forEach(array::add);
        }
    }

    <T> T call(String service, String operation, Supplier<T> call, List<String> types, String attribute,
               List<UnknownInput> unknown) {
        return calls.call(service, operation, call, types, attribute, unknown);
    }

    private ResourceRecord record(String service, String type, String region, String id, String name, JsonNode attributes) {
        Map<String, String> tags = new LinkedHashMap<>();
        attributes.path("tags").fields().forEachRemaining(e -> tags.put(e.getKey(), e.getValue().asText()));
        return new ResourceRecord("azure", subscription.id(), region, service, type, id, name == null ? id : name,
                attributes.path("id").asText(id), tags, (ObjectNode) attributes);
    }
}
