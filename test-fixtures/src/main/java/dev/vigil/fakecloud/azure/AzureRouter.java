package dev.vigil.fakecloud.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.vigil.fakecloud.CallLog;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.JsonReplies;
import dev.vigil.fakecloud.fault.FaultKind;
import dev.vigil.fakecloud.fault.Faults;
import dev.vigil.fakecloud.fault.RateLimiter;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dispatches the fake's Azure calls; every call that is not a read is refused and recorded. */
final class AzureRouter implements HttpHandler {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOKEN = Pattern.compile("/([^/]+)/oauth2/v2\\.0/token");
    private static final Pattern OPENID = Pattern.compile("/([^/]+)/v2\\.0/\\.well-known/openid-configuration");
    private static final Pattern MG = Pattern.compile("/providers/microsoft\\.management/managementgroups/([^/]+)");
    private static final Pattern MG_CHILD = Pattern.compile(
            "/providers/microsoft\\.management/managementgroups/([^/]+)/providers/microsoft\\.authorization/(policyassignments|roleassignments)");
    private static final Pattern SUB_CHILD = Pattern.compile("/subscriptions/([^/]+)/providers/([^/]+/[^/]+)");
    private static final Pattern SQL_CHILD = Pattern.compile(
            "(/subscriptions/[^/]+/resourcegroups/[^/]+/providers/microsoft\\.sql/servers/[^/]+)/(firewallrules|auditingsettings/default|administrators|databases|databases/([^/]+)/transparentdataencryption/current)");
    private static final Pattern WEB_CHILD = Pattern.compile(
            "(/subscriptions/([^/]+)/resourcegroups/[^/]+/providers/microsoft\\.web/sites/[^/]+)/config/(web|authsettingsv2)");
    private static final Pattern VAULT_CHILD = Pattern.compile(
            "(/subscriptions/([^/]+)/resourcegroups/[^/]+/providers/microsoft\\.keyvault/vaults/[^/]+)/(keys|secrets)");
    private static final Pattern BLOB_SERVICE = Pattern.compile(
            "(/subscriptions/([^/]+)/resourcegroups/[^/]+/providers/microsoft\\.storage/storageaccounts/[^/]+)/blobservices/default");
    private static final Pattern FLEXIBLE_CHILD = Pattern.compile(
            "(/subscriptions/([^/]+)/resourcegroups/[^/]+/providers/microsoft\\.(dbforpostgresql|dbformysql)/flexibleservers/[^/]+)/(configurations|firewallrules)");
    private static final Pattern GRAPH_TYPES = Pattern.compile("type in~ \\(([^)]*)\\)");

    private final AzureSyntheticOrg org;
    private final CallLog calls;
    private final Faults faults;
    private final FakeCloudOptions options;
    private final Supplier<URI> base;
    private final RateLimiter rateLimiter;
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final SecureRandom random = new SecureRandom();

    AzureRouter(AzureSyntheticOrg org, CallLog calls, Faults faults, FakeCloudOptions options, Supplier<URI> base) {
        this.org = org;
        this.calls = calls;
        this.faults = faults;
        this.options = options;
        this.base = base;
        this.rateLimiter = new RateLimiter(options.requestsPerSecond());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (options.latencyMillis() > 0) {
                Thread.sleep(options.latencyMillis());
            }
            answer(exchange, new String(body, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!faults.hung().holds(exchange)) {
                exchange.close();
            }
        }
    }

    private record Call(String service, String operation, String account, Supplier<JsonNode> answer) {
    }

    private void answer(HttpExchange exchange, String body) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String lower = path.toLowerCase(Locale.ROOT);
        Map<String, String> query = JsonReplies.firstValues(exchange.getRequestURI().getRawQuery());
        Matcher m = OPENID.matcher(path);
        if (method.equals("GET") && m.matches()) {
            String authority = base.get() + "/" + m.group(1);
            JsonReplies.send(exchange, 200, JSON.createObjectNode().put("token_endpoint", authority + "/oauth2/v2.0/token")
                    .put("authorization_endpoint", authority + "/oauth2/v2.0/authorize")
                    .put("issuer", authority + "/v2.0").put("jwks_uri", authority + "/discovery/v2.0/keys")
                    .put("tenant_region_scope", "EU"));
            return;
        }
        m = TOKEN.matcher(path);
        if (method.equals("POST") && m.matches()) {
            calls.record("entra", "Token", null);
            Map<String, String> form = JsonReplies.firstValues(body);
            if (!AzureFakeCloud.CLIENT_ID.equals(form.get("client_id"))
                    || !AzureFakeCloud.CLIENT_SECRET.equals(form.get("client_secret"))) {
                ObjectNode e = JSON.createObjectNode().put("error", "invalid_client")
                        .put("error_description", "AADSTS7000215: Invalid client secret provided.");
                JsonReplies.send(exchange, 401, e);
                return;
            }
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            String token = "fake-arm-" + HexFormat.of().formatHex(bytes);
            tokens.add(token);
            JsonReplies.send(exchange, 200, JSON.createObjectNode().put("token_type", "Bearer").put("expires_in", 3599)
                    .put("ext_expires_in", 3599).put("access_token", token));
            return;
        }
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || !tokens.contains(auth.substring(7).strip())) {
            error(exchange, 401, "InvalidAuthenticationToken", "The access token is missing or invalid.");
            return;
        }
        Call call = route(method, lower, query, body);
        if (call == null) {
            if (method.equals("GET")) {
                error(exchange, 404, "ResourceNotFound", "The fake has no " + path);
            } else {
                calls.recordMutating("arm", method + " " + path, null, "global");
                error(exchange, 403, "AuthorizationFailed", "The fake cloud is read-only: " + method + " " + path);
            }
            return;
        }
        calls.record(call.service(), call.operation(), call.account());
        if (!rateLimiter.tryAcquire(System.currentTimeMillis())) {
            calls.recordFault();
            exchange.getResponseHeaders().set("Retry-After", "1");
            error(exchange, 429, "TooManyRequests", "Rate limit exceeded for " + call.service());
            return;
        }
        Optional<FaultKind> fault = faults.match(call.account(), "global", call.service(), call.operation());
        if (fault.isPresent()) {
            calls.recordFault();
            switch (fault.get()) {
                case ACCESS_DENIED, ASSUME_ROLE_FAIL -> {
                    if (call.service().equals("graph")) {
                        error(exchange, 403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
                    } else {
                        error(exchange, 403, "AuthorizationFailed", "The client does not have authorization to perform "
                                + "action '" + call.operation() + "' over scope '" + call.account() + "'.");
                    }
                }
                case THROTTLE -> {
                    exchange.getResponseHeaders().set("Retry-After", "1");
                    error(exchange, 429, "TooManyRequests", "Too many requests for " + call.service());
                }
                case SERVER_ERROR -> error(exchange, 503, "ServiceUnavailable", "The service is temporarily unavailable.");
                case TRUNCATED_BODY -> {
                    byte[] bytes = JSON.writeValueAsBytes(call.answer().get());
                    JsonReplies.sendBytes(exchange, 200, java.util.Arrays.copyOf(bytes, bytes.length / 2));
                }
                case HANG -> faults.hung().hold(exchange);
            }
            return;
        }
        JsonNode answer = call.answer().get();
        if (answer == null) {
            error(exchange, 404, "ResourceNotFound", "The resource '" + path + "' was not found.");
            return;
        }
        JsonReplies.send(exchange, 200, answer);
    }

    private Call route(String method, String path, Map<String, String> query, String body) {
        if (method.equals("POST") && path.equals("/providers/microsoft.resourcegraph/resources")) {
            return new Call("resourcegraph", "Resources", "*", () -> graph(body));
        }
        Matcher m = SUB_CHILD.matcher(path);
        if (method.equals("POST") && m.matches() && m.group(2).equals("microsoft.costmanagement/query")) {
            AzureSubscription s = subscription(m.group(1));
            return new Call("costmanagement", "Query", m.group(1), () -> s == null ? null : cost(s));
        }
        if (!method.equals("GET")) {
            return null;
        }
        if (path.startsWith("/v1.0/")) {
            return graphCall(path.substring(5), query);
        }
        m = MG_CHILD.matcher(path);
        if (m.matches()) {
            AzureManagementGroup g = group(m.group(1));
            boolean policies = m.group(2).equals("policyassignments");
            return new Call("authorization", policies ? "ListPolicyAssignments" : "ListRoleAssignments", m.group(1),
                    () -> g == null ? null : page(query, policies ? g.policyAssignments() : strip(g.roleAssignments()), path));
        }
        m = MG.matcher(path);
        if (m.matches()) {
            AzureManagementGroup g = group(m.group(1));
            return new Call("management", "GetManagementGroup", m.group(1), () -> g == null ? null : groupTree(g));
        }
        if (path.equals("/subscriptions")) {
            ArrayNode subs = JSON.createArrayNode();
            org.subscriptions().forEach(s -> subs.add(subscriptionJson(s)));
            return new Call("resources", "ListSubscriptions", "*", () -> page(query, subs, path));
        }
        Matcher sql = SQL_CHILD.matcher(path);
        if (sql.matches()) {
            String server = sql.group(1);
            String child = sql.group(2);
            String database = sql.group(3);
            String account = server.split("/")[2];
            return new Call("sql", sqlOperation(child, database), account, () -> sqlChild(server, child, database));
        }
        Matcher web = WEB_CHILD.matcher(path);
        if (web.matches()) {
            String site = web.group(1);
            String child = web.group(3).equals("web") ? "config/web" : "config/authsettingsV2";
            return new Call("web", child.equals("config/web") ? "GetConfiguration" : "GetAuthSettingsV2", web.group(2),
                    () -> child(site, child));
        }
        Matcher vault = VAULT_CHILD.matcher(path);
        if (vault.matches()) {
            String vaultId = vault.group(1);
            String child = vault.group(3);
            return new Call("keyvault", child.equals("keys") ? "ListKeys" : "ListSecrets", vault.group(2), () -> {
                JsonNode values = child(vaultId, child);
                return values == null ? null : page(query, (ArrayNode) values, path);
            });
        }
        Matcher blob = BLOB_SERVICE.matcher(path);
        if (blob.matches()) {
            String account = blob.group(1);
            return new Call("storage", "GetBlobServiceProperties", blob.group(2), () -> child(account, "blobServices/default"));
        }
        Matcher flexible = FLEXIBLE_CHILD.matcher(path);
        if (flexible.matches()) {
            String server = flexible.group(1);
            boolean configurations = flexible.group(4).equals("configurations");
            return new Call(flexible.group(3).equals("dbforpostgresql") ? "postgresql" : "mysql",
                    configurations ? "ListConfigurations" : "ListFirewallRules", flexible.group(2), () -> {
                        JsonNode values = child(server, configurations ? "configurations" : "firewallRules");
                        return values == null ? null : page(query, (ArrayNode) values, path);
                    });
        }
        Matcher watcherLogs = FLOW_LOG_LIST.matcher(path);
        if (watcherLogs.matches()) {
            AzureSubscription s = subscription(watcherLogs.group(1));
            String watcher = watcherLogs.group(2);
            return new Call("network", "ListFlowLogs", watcherLogs.group(1), () -> s == null ? null
                    : page(query, ofType(s, "microsoft.network/networkwatchers/flowlogs", watcher), path));
        }
        m = SUB_CHILD.matcher(path);
        if (m.matches() && LISTABLE.containsKey(m.group(2))) {
            AzureSubscription s = subscription(m.group(1));
            String type = m.group(2);
            return new Call(LISTABLE.get(type).get(0), LISTABLE.get(type).get(1), m.group(1),
                    () -> s == null ? null : page(query, ofType(s, type, null), path));
        }
        m = SUB_CHILD.matcher(path);
        if (m.matches()) {
            AzureSubscription s = subscription(m.group(1));
            String account = m.group(1);
            return switch (m.group(2)) {
                case "microsoft.authorization/roleassignments" -> new Call("authorization", "ListRoleAssignments",
                        account, () -> s == null ? null : page(query, strip(s.roleAssignments()), path));
                case "microsoft.authorization/roledefinitions" -> new Call("authorization", "ListRoleDefinitions",
                        account, () -> s == null ? null : page(query, s.roleDefinitions(), path));
                case "microsoft.authorization/policyassignments" -> new Call("authorization", "ListPolicyAssignments",
                        account, () -> s == null ? null : page(query, effectiveAssignments(s), path));
                case "microsoft.security/pricings" -> new Call("security", "ListPricings", account,
                        () -> s == null ? null : list(s.pricings()));
                case "microsoft.security/securitycontacts" -> new Call("security", "ListSecurityContacts", account,
                        () -> s == null ? null : list(s.securityContacts()));
                case "microsoft.security/autoprovisioningsettings" -> new Call("security", "ListAutoProvisioningSettings",
                        account, () -> s == null ? null : list(s.autoProvisioning()));
                case "microsoft.insights/activitylogalerts" -> new Call("insights", "ListActivityLogAlerts", account,
                        () -> s == null ? null : page(query, s.activityLogAlerts(), path));
                case "microsoft.insights/diagnosticsettings" -> new Call("insights", "ListDiagnosticSettings", account,
                        () -> s == null ? null : list(s.diagnosticSettings()));
                default -> null;
            };
        }
        return null;
    }

    /** ARM list endpoints of the types Resource Graph covers (used when Resource Graph is refused). */
    /** The operation names of vigil permissions azure (and of the collector's gaps). */
    private static String sqlOperation(String child, String database) {
        if (database != null) {
            return "GetTransparentDataEncryption";
        }
        return switch (child) {
            case "firewallrules" -> "ListFirewallRules";
            case "auditingsettings/default" -> "GetAuditingSettings";
            case "administrators" -> "ListAdministrators";
            default -> "ListDatabases";
        };
    }

    /** Listable type (lower case, as in the path) → {service, operation}, as vigil permissions azure names them. */
    private static final Map<String, List<String>> LISTABLE = Map.ofEntries(
            listable("Microsoft.Network/networkSecurityGroups"), listable("Microsoft.Network/virtualNetworks"),
            Map.entry("microsoft.network/networkwatchers", List.of("network", "ListNetworkWatchers")),
            listable("Microsoft.Storage/storageAccounts"), listable("Microsoft.KeyVault/vaults"),
            listable("Microsoft.Sql/servers"), listable("Microsoft.Web/sites"),
            listable("Microsoft.Compute/virtualMachines"), listable("Microsoft.Network/networkInterfaces"),
            listable("Microsoft.ContainerService/managedClusters"), listable("Microsoft.DBforPostgreSQL/flexibleServers"),
            listable("Microsoft.DBforMySQL/flexibleServers"), listable("Microsoft.DocumentDB/databaseAccounts"));

    private static Map.Entry<String, List<String>> listable(String armType) {
        return Map.entry(armType.toLowerCase(Locale.ROOT), List.of(armType.split("[./]")[1].toLowerCase(Locale.ROOT),
                "List" + armType.substring(armType.indexOf('/') + 1)));
    }
    private static final Pattern FLOW_LOG_LIST = Pattern.compile(
            "/subscriptions/([^/]+)/resourcegroups/[^/]+/providers/microsoft\\.network/networkwatchers/([^/]+)/flowlogs");

    /** The subscription's resources of a type as ARM lists them (without Resource Graph's extra columns). */
    private ArrayNode ofType(AzureSubscription s, String type, String watcher) {
        ArrayNode out = JSON.createArrayNode();
        for (JsonNode r : s.resources()) {
            if (r.path("type").asText().equals(type)
                    && (watcher == null || r.path("id").asText().toLowerCase(Locale.ROOT).contains("/networkwatchers/" + watcher + "/"))) {
                ObjectNode item = ((ObjectNode) r.deepCopy());
                item.remove(List.of("resourceGroup", "subscriptionId", "tenantId"));
                item.put("type", armType(r.path("id").asText()));
                out.add(item);
            }
        }
        return out;
    }

    /** ARM spells types in mixed case ({@code Microsoft.Storage/storageAccounts}); take it from the id. */
    private static String armType(String id) {
        String[] parts = id.split("/providers/")[1].split("/");
        StringBuilder type = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i += 2) {
            type.append('/').append(parts[i]);
        }
        return type.toString();
    }

    private AzureSubscription subscription(String id) {
        return org.subscriptions().stream().filter(s -> s.id().equalsIgnoreCase(id)).findFirst().orElse(null);
    }

    private AzureManagementGroup group(String name) {
        return org.managementGroups().stream().filter(g -> g.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private ObjectNode subscriptionJson(AzureSubscription s) {
        ObjectNode o = JSON.createObjectNode().put("id", s.uid()).put("subscriptionId", s.id())
                .put("displayName", s.displayName()).put("state", s.state()).put("tenantId", org.tenantId());
        o.putObject("subscriptionPolicies").put("locationPlacementId", "Public_2014-09-01").put("quotaId", "EnterpriseAgreement_2014-09-01")
                .put("spendingLimit", "Off");
        ObjectNode tags = o.putObject("tags");
        s.tags().forEach(tags::put);
        return o;
    }

    /** The tree below a group, as {@code $expand=children&$recurse=true} returns it. */
    private ObjectNode groupTree(AzureManagementGroup g) {
        ObjectNode o = JSON.createObjectNode().put("id", g.id()).put("type", "Microsoft.Management/managementGroups")
                .put("name", g.name());
        ObjectNode props = o.putObject("properties").put("tenantId", org.tenantId()).put("displayName", g.displayName());
        props.set("children", children(g.name()));
        return o;
    }

    private ArrayNode children(String parent) {
        ArrayNode out = JSON.createArrayNode();
        for (AzureManagementGroup child : org.managementGroups()) {
            if (parent.equals(child.parent())) {
                ObjectNode c = out.addObject().put("id", child.id()).put("type", "Microsoft.Management/managementGroups")
                        .put("name", child.name()).put("displayName", child.displayName());
                c.set("children", children(child.name()));
            }
        }
        for (AzureSubscription s : org.subscriptions()) {
            if (parent.equals(s.parent())) {
                out.addObject().put("id", s.uid()).put("type", "/subscriptions").put("name", s.id())
                        .put("displayName", s.displayName());
            }
        }
        return out;
    }

    private ArrayNode effectiveAssignments(AzureSubscription s) {
        ArrayNode out = JSON.createArrayNode();
        for (String g = s.parent(); g != null; ) {
            AzureManagementGroup group = group(g);
            if (group == null) {
                break;
            }
            group.policyAssignments().forEach(out::add);
            g = group.parent();
        }
        s.ownAssignments().forEach(out::add);
        return out;
    }

    /** Role assignments without the generator's {@code roleDefinitionName} note (ARM does not send it). */
    private static ArrayNode strip(ArrayNode assignments) {
        ArrayNode out = JSON.createArrayNode();
        assignments.forEach(a -> out.add(((ObjectNode) a.deepCopy()).without("roleDefinitionName")));
        return out;
    }

    private JsonNode graph(String body) {
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
        Set<String> subscriptions = new java.util.HashSet<>();
        request.path("subscriptions").forEach(s -> subscriptions.add(s.asText().toLowerCase(Locale.ROOT)));
        Set<String> types = new java.util.HashSet<>();
        Matcher m = GRAPH_TYPES.matcher(request.path("query").asText());
        if (m.find()) {
            for (String t : m.group(1).split(",")) {
                types.add(t.strip().replace("'", "").toLowerCase(Locale.ROOT));
            }
        }
        List<JsonNode> rows = new ArrayList<>();
        for (AzureSubscription s : org.subscriptions()) {
            if (subscriptions.isEmpty() || subscriptions.contains(s.id().toLowerCase(Locale.ROOT))) {
                s.resources().forEach(r -> {
                    if (types.isEmpty() || types.contains(r.path("type").asText())) {
                        rows.add(r);
                    }
                });
            }
        }
        JsonNode opts = request.path("options");
        int top = Math.min(options.maxPageSize(), opts.path("$top").asInt(1000));
        int skip = Integer.parseInt(opts.path("$skipToken").asText("0").isEmpty() ? "0" : opts.path("$skipToken").asText("0"));
        ObjectNode out = JSON.createObjectNode().put("totalRecords", rows.size());
        ArrayNode data = out.putArray("data");
        rows.stream().skip(skip).limit(top).forEach(data::add);
        out.put("count", data.size()).put("resultTruncated", "false");
        if (skip + top < rows.size()) {
            out.put("$skipToken", String.valueOf(skip + top));
        }
        return out;
    }

    private JsonNode cost(AzureSubscription s) {
        ObjectNode out = JSON.createObjectNode().put("id", s.uid() + "/providers/Microsoft.CostManagement/query/q")
                .put("type", "Microsoft.CostManagement/query");
        ObjectNode props = out.putObject("properties");
        ArrayNode columns = props.putArray("columns");
        columns.addObject().put("name", "Cost").put("type", "Number");
        columns.addObject().put("name", "BillingMonth").put("type", "Datetime");
        columns.addObject().put("name", "Currency").put("type", "String");
        props.set("rows", s.monthlyCost().deepCopy());
        return out;
    }

    private JsonNode sqlChild(String server, String child, String database) {
        for (AzureSubscription s : org.subscriptions()) {
            for (var e : s.sqlChildren().entrySet()) {
                if (!e.getKey().equalsIgnoreCase(server)) {
                    continue;
                }
                ObjectNode c = e.getValue();
                if (child.equals("firewallrules") || child.equals("administrators")) {
                    return list((ArrayNode) c.path(child.equals("firewallrules") ? "firewallRules" : "administrators"));
                }
                if (child.equals("auditingsettings/default")) {
                    return c.path("auditingSettings");
                }
                if (child.equals("databases")) {
                    ArrayNode dbs = JSON.createArrayNode();
                    c.path("databases").forEach(d -> dbs.add(((ObjectNode) d.deepCopy()).without("transparentDataEncryption")));
                    return list(dbs);
                }
                for (JsonNode d : c.path("databases")) {
                    if (d.path("name").asText().equalsIgnoreCase(database)) {
                        return d.path("transparentDataEncryption");
                    }
                }
            }
        }
        return null;
    }

    /** A web app's or flexible server's child answer ({@code children} of its subscription), or null. */
    private JsonNode child(String resource, String key) {
        for (AzureSubscription s : org.subscriptions()) {
            for (var e : s.children().entrySet()) {
                if (e.getKey().equalsIgnoreCase(resource)) {
                    JsonNode value = e.getValue().get(key);
                    return value == null ? null : value.deepCopy();
                }
            }
        }
        return null;
    }

    private ObjectNode list(ArrayNode values) {
        ObjectNode out = JSON.createObjectNode();
        out.set("value", values.deepCopy());
        return out;
    }

    /** Microsoft Graph v1.0: the tenant's Entra ID directory; collections page by five to exercise next links. */
    private Call graphCall(String path, Map<String, String> query) {
        EntraDirectory d = org.directory();
        String tenant = org.tenantId();
        return switch (path) {
            case "/policies/identitysecuritydefaultsenforcementpolicy" ->
                    new Call("graph", "GetSecurityDefaults", tenant, d::securityDefaults);
            case "/policies/authorizationpolicy" -> new Call("graph", "GetAuthorizationPolicy", tenant, d::authorizationPolicy);
            case "/identity/conditionalaccess/policies" -> new Call("graph", "ListConditionalAccessPolicies", tenant,
                    () -> graphPage(query, d.conditionalAccessPolicies(), "/v1.0/identity/conditionalAccess/policies"));
            case "/identity/conditionalaccess/namedlocations" -> new Call("graph", "ListNamedLocations", tenant,
                    () -> graphPage(query, d.namedLocations(), "/v1.0/identity/conditionalAccess/namedLocations"));
            case "/rolemanagement/directory/roleassignments" -> new Call("graph", "ListRoleAssignments", tenant, () -> {
                String filter = query.getOrDefault("$filter", "");
                ArrayNode matching = JSON.createArrayNode();
                for (JsonNode a : d.roleAssignments()) {
                    if (filter.isEmpty() || filter.contains(a.path("roleDefinitionId").asText())) {
                        ObjectNode copy = a.deepCopy();
                        if (!query.getOrDefault("$expand", "").equals("principal")) {
                            copy.remove("principal");
                        }
                        matching.add(copy);
                    }
                }
                return graphPage(query, matching, "/v1.0/roleManagement/directory/roleAssignments");
            });
            case "/users" -> new Call("graph", "ListUsers", tenant,
                    () -> graphPage(query, d.users(), "/v1.0/users"));
            case "/reports/authenticationmethods/userregistrationdetails" -> new Call("graph",
                    "ListUserRegistrationDetails", tenant, () -> graphPage(query, d.registrationDetails(),
                    "/v1.0/reports/authenticationMethods/userRegistrationDetails"));
            default -> null;
        };
    }

    private ObjectNode graphPage(Map<String, String> query, ArrayNode values, String path) {
        int skip = parse(query.get("$skiptoken"));
        int size = 5;
        ObjectNode out = JSON.createObjectNode();
        ArrayNode page = out.putArray("value");
        for (int i = skip; i < Math.min(values.size(), skip + size); i++) {
            page.add(values.get(i));
        }
        if (skip + size < values.size()) {
            StringBuilder next = new StringBuilder(base.get() + path + "?$skiptoken=" + (skip + size));
            for (String key : List.of("$filter", "$expand", "$select")) {
                if (query.containsKey(key)) {
                    next.append('&').append(key).append('=')
                            .append(java.net.URLEncoder.encode(query.get(key), StandardCharsets.UTF_8).replace("+", "%20"));
                }
            }
            out.put("@odata.nextLink", next.toString());
        }
        return out;
    }

    private ObjectNode page(Map<String, String> query, ArrayNode values, String path) {
        int skip = parse(query.get("$skiptoken"));
        int size = options.maxPageSize();
        ObjectNode out = JSON.createObjectNode();
        ArrayNode page = out.putArray("value");
        for (int i = skip; i < Math.min(values.size(), skip + size); i++) {
            page.add(values.get(i));
        }
        if (skip + size < values.size()) {
            out.put("nextLink", base.get() + path + "?api-version=" + query.getOrDefault("api-version", "2022-04-01")
                    + "&$skiptoken=" + (skip + size));
        }
        return out;
    }

    private static int parse(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void error(HttpExchange exchange, int code, String errorCode, String message) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("code", errorCode).put("message", message);
        JsonReplies.send(exchange, code, body);
    }

}
