package dev.vigil.fakecloud.gcp;

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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dispatches the fake's Google REST calls; every call that is not a read is refused and recorded. */
final class GcpRouter implements HttpHandler {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ORGANIZATION = Pattern.compile("/v3/(organizations/\\d+)");
    private static final Pattern ASSETS = Pattern.compile("/v1/((?:organizations|folders|projects)/[^/]+)/assets");
    private static final Pattern BILLING_INFO = Pattern.compile("/v1/projects/([^/]+)/billingInfo");
    private static final Pattern BUDGETS = Pattern.compile("/v1/(billingAccounts/[^/]+)/budgets");
    private static final Pattern IMPERSONATE =
            Pattern.compile("/v1/projects/-/serviceAccounts/([^/:]+):generateAccessToken");

    private final GcpSyntheticOrg org;
    private final GcpTokens tokens;
    private final CallLog calls;
    private final Faults faults;
    private final FakeCloudOptions options;
    private final RateLimiter rateLimiter;

    GcpRouter(GcpSyntheticOrg org, GcpTokens tokens, CallLog calls, Faults faults, FakeCloudOptions options) {
        this.org = org;
        this.tokens = tokens;
        this.calls = calls;
        this.faults = faults;
        this.options = options;
        this.rateLimiter = new RateLimiter(options.requestsPerSecond());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            exchange.getRequestBody().readAllBytes();
            if (options.latencyMillis() > 0) {
                Thread.sleep(options.latencyMillis());
            }
            answer(exchange);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!faults.hung().holds(exchange)) {
                exchange.close();
            }
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        Map<String, List<String>> query = JsonReplies.parameters(exchange.getRequestURI().getRawQuery());
        if (method.equals("POST") && path.equals("/token")) {
            calls.record("oauth2", "Token", null);
            JsonReplies.send(exchange, 200, JSON.createObjectNode().put("access_token", tokens.issue("user:scanner@vigil-demo.example"))
                    .put("expires_in", 3600).put("token_type", "Bearer").put("scope", GcpOrgGenerator.CLOUD_PLATFORM));
            return;
        }
        String principal = tokens.principal(exchange.getRequestHeaders().getFirst("Authorization"));
        if (principal == null) {
            error(exchange, 401, "UNAUTHENTICATED", "Request had invalid authentication credentials. Expected OAuth 2 "
                    + "access token, login cookie or other valid authentication credential.");
            return;
        }
        Matcher m = IMPERSONATE.matcher(path);
        if (method.equals("POST") && m.matches()) {
            calls.record("iamcredentials", "GenerateAccessToken", null);
            JsonReplies.send(exchange, 200, JSON.createObjectNode().put("accessToken", tokens.impersonate(m.group(1)))
                    .put("expireTime", Instant.now().plusSeconds(3600).toString()));
            return;
        }
        Call call = route(method, path, query);
        if (call == null) {
            if (method.equals("GET")) {
                error(exchange, 404, "NOT_FOUND", "The fake has no " + path);
            } else {
                calls.recordMutating("google", method + " " + path, null, "global");
                error(exchange, 403, "PERMISSION_DENIED", "The fake cloud is read-only: " + method + " " + path);
            }
            return;
        }
        calls.record(call.service(), call.operation(), call.scope());
        if (!rateLimiter.tryAcquire(System.currentTimeMillis())) {
            calls.recordFault();
            error(exchange, 429, "RESOURCE_EXHAUSTED", "Quota exceeded for quota metric 'Read requests' of service '"
                    + call.service() + ".googleapis.com'.");
            return;
        }
        Optional<FaultKind> fault = faults.match(call.scope(), "global", call.service(), call.operation());
        if (fault.isEmpty() && call.variant() != null) {
            // a rule may name the variant, e.g. cloudasset "ListAssets IAM_POLICY" (the operation in gaps)
            fault = faults.match(call.scope(), "global", call.service(), call.operation() + " " + call.variant());
        }
        if (fault.isPresent()) {
            calls.recordFault();
            switch (fault.get()) {
                case ACCESS_DENIED, ASSUME_ROLE_FAIL -> error(exchange, 403, "PERMISSION_DENIED", "The caller does not "
                        + "have permission " + call.service() + "." + call.operation() + " on " + call.scope());
                case THROTTLE -> error(exchange, 429, "RESOURCE_EXHAUSTED", "Quota exceeded for "
                        + call.service() + ".googleapis.com");
                case SERVER_ERROR -> error(exchange, 503, "UNAVAILABLE", "The service is currently unavailable.");
                case TRUNCATED_BODY -> {
                    byte[] body = JSON.writeValueAsBytes(call.answer().get());
                    JsonReplies.sendBytes(exchange, 200, java.util.Arrays.copyOf(body, body.length / 2));
                }
                case HANG -> faults.hung().hold(exchange);
            }
            return;
        }
        ObjectNode answer = call.answer().get();
        if (answer == null) {
            error(exchange, 404, "NOT_FOUND", "Requested entity was not found: " + path);
            return;
        }
        JsonReplies.send(exchange, 200, answer);
    }

    private record Call(String service, String operation, String scope, java.util.function.Supplier<ObjectNode> answer,
            String variant) {
        Call(String service, String operation, String scope, java.util.function.Supplier<ObjectNode> answer) {
            this(service, operation, scope, answer, null);
        }
    }

    private Call route(String method, String path, Map<String, List<String>> query) {
        if (!method.equals("GET")) {
            return null;
        }
        Matcher m = ORGANIZATION.matcher(path);
        if (m.matches()) {
            String name = m.group(1);
            return new Call("cloudresourcemanager", "GetOrganization", name, () -> name.equals(org.organization())
                    ? JSON.createObjectNode().put("name", name).put("displayName", org.displayName())
                            .put("directoryCustomerId", "C0fake01").put("state", "ACTIVE")
                    : null);
        }
        if (path.equals("/v3/folders")) {
            String parent = JsonReplies.first(query, "parent");
            return new Call("cloudresourcemanager", "ListFolders", parent, () -> page(query, "folders",
                    org.folders().stream().filter(f -> f.parent().equals(parent)).map(this::folder).toList()));
        }
        if (path.equals("/v3/projects")) {
            String parent = JsonReplies.first(query, "parent");
            boolean deleted = "true".equals(JsonReplies.first(query, "showDeleted"));
            return new Call("cloudresourcemanager", "ListProjects", parent, () -> page(query, "projects",
                    org.projects().stream().filter(p -> p.parent().equals(parent) && (deleted || p.active()))
                            .map(this::project).toList()));
        }
        m = BILLING_INFO.matcher(path);
        if (m.matches()) {
            String projectId = m.group(1);
            return new Call("cloudbilling", "GetProjectBillingInfo", projectId, () -> org.projects().stream()
                    .filter(p -> p.projectId().equals(projectId)).findFirst()
                    .map(p -> JSON.createObjectNode().put("name", "projects/" + projectId + "/billingInfo")
                            .put("projectId", projectId).put("billingAccountName", org.billingAccount())
                            .put("billingEnabled", p.active()))
                    .orElse(null));
        }
        m = BUDGETS.matcher(path);
        if (m.matches()) {
            String account = m.group(1);
            return new Call("billingbudgets", "ListBudgets", account, () -> account.equals(org.billingAccount())
                    ? page(query, "budgets", org.budgets()) : null);
        }
        m = ASSETS.matcher(path);
        if (m.matches()) {
            String scope = m.group(1);
            // the clients send enums as numbers ($alt=json;enum-encoding=int); the REST docs show names
            String contentType = switch (Optional.ofNullable(JsonReplies.first(query, "contentType")).orElse("")) {
                case "1", "RESOURCE" -> "RESOURCE";
                case "2", "IAM_POLICY" -> "IAM_POLICY";
                case "4", "ORG_POLICY" -> "ORG_POLICY";
                default -> "CONTENT_TYPE_UNSPECIFIED";
            };
            Set<String> types = Set.copyOf(query.getOrDefault("assetTypes", List.of()));
            return new Call("cloudasset", "ListAssets", scope, () -> page(query, "assets", org.assets().stream()
                    .filter(a -> a.ancestors().contains(scope))
                    .filter(a -> types.isEmpty() || types.contains(a.assetType()))
                    .map(a -> asset(a, contentType)).filter(a -> a != null).toList()), contentType);
        }
        return null;
    }

    private ObjectNode folder(GcpFolder f) {
        return JSON.createObjectNode().put("name", f.name()).put("parent", f.parent())
                .put("displayName", f.displayName()).put("state", "ACTIVE");
    }

    private ObjectNode project(GcpProject p) {
        ObjectNode o = JSON.createObjectNode().put("name", p.name()).put("parent", p.parent())
                .put("projectId", p.projectId()).put("state", p.state()).put("displayName", p.displayName())
                .put("createTime", p.createTime());
        ObjectNode labels = o.putObject("labels");
        p.labels().forEach(labels::put);
        return o;
    }

    /** One asset in the requested content type, or null when it has no such content. */
    private ObjectNode asset(GcpAsset a, String contentType) {
        ObjectNode o = JSON.createObjectNode().put("name", a.name()).put("assetType", a.assetType())
                .put("updateTime", Instant.now().toString());
        switch (contentType) {
            case "RESOURCE" -> {
                if (a.data() == null) {
                    return null;
                }
                String service = a.assetType().substring(0, a.assetType().indexOf('.'));
                ObjectNode r = o.putObject("resource").put("version", "v1")
                        .put("discoveryDocumentUri", "https://" + service + ".googleapis.com/$discovery/rest")
                        .put("discoveryName", a.assetType().substring(a.assetType().indexOf('/') + 1))
                        .put("location", a.location());
                r.set("data", a.data().deepCopy());
            }
            case "IAM_POLICY" -> {
                if (a.iamPolicy() == null || a.iamPolicy().path("bindings").isEmpty()
                        && !a.iamPolicy().has("auditConfigs")) {
                    return null;
                }
                o.set("iamPolicy", a.iamPolicy().deepCopy());
            }
            case "ORG_POLICY" -> {
                if (a.orgPolicies().isEmpty()) {
                    return null;
                }
                ArrayNode policies = o.putArray("orgPolicy");
                a.orgPolicies().forEach(p -> policies.add(p.deepCopy()));
            }
            default -> {
            }
        }
        ArrayNode ancestors = o.putArray("ancestors");
        a.ancestors().forEach(ancestors::add);
        return o;
    }

    private ObjectNode page(Map<String, List<String>> query, String field, List<ObjectNode> items) {
        int size = Math.min(options.maxPageSize(), parse(JsonReplies.first(query, "pageSize"), 100));
        if (size <= 0) {
            size = options.maxPageSize();
        }
        int start = parse(JsonReplies.first(query, "pageToken"), 0);
        ObjectNode out = JSON.createObjectNode();
        ArrayNode list = out.putArray(field);
        items.stream().skip(start).limit(size).forEach(list::add);
        if (start + size < items.size()) {
            out.put("nextPageToken", String.valueOf(start + size));
        }
        return out;
    }

    private static int parse(String value, int fallback) {
        try {
            return value == null || value.isEmpty() ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private void error(HttpExchange exchange, int code, String status, String message) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("code", code).put("message", message).put("status", status);
        JsonReplies.send(exchange, code, body);
    }

}
