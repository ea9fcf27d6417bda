package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.ApiGatewayResources;
import dev.vigil.fakecloud.org.ApiGatewayResources.HttpApi;
import dev.vigil.fakecloud.org.ApiGatewayResources.RestApi;
import dev.vigil.fakecloud.org.RegionResources;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * API Gateway (REST-JSON, signing name apigateway): the REST API reads under {@code /restapis} and {@code
 * /domainnames} (lowerCamel members, {@code item}/{@code position} pages) and the HTTP API reads under {@code
 * /v2/apis} (lowerCamel on the wire, {@code items}/{@code nextToken} pages).
 */
public final class ApiGatewayHandler implements ServiceHandler {
    private final SyntheticOrg org;
    private final FakeCloudOptions options;

    public ApiGatewayHandler(SyntheticOrg org, FakeCloudOptions options) {
        this.org = org;
        this.options = options;
    }

    public static String operation(AwsRequest request) {
        if (!request.method().equals("GET")) {
            return request.method() + " " + request.path();
        }
        String[] p = request.path().replaceAll("/+$", "").split("/");
        if (p.length == 2 && p[1].equals("restapis")) {
            return "GetRestApis";
        }
        if (p.length == 4 && p[1].equals("restapis") && p[3].equals("stages")) {
            return "GetStages";
        }
        if (p.length == 2 && p[1].equals("domainnames")) {
            return "GetDomainNames";
        }
        if (p.length == 3 && p[1].equals("v2") && p[2].equals("apis")) {
            return "GetApis";
        }
        if (p.length == 5 && p[1].equals("v2") && p[2].equals("apis") && p[4].equals("stages")) {
            return "GetStages";
        }
        if (p.length == 5 && p[1].equals("v2") && p[2].equals("apis") && p[4].equals("routes")) {
            return "GetRoutes";
        }
        return "GET " + request.path();
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("GetRestApis", "GetStages", "GetDomainNames", "GetApis", "GetRoutes");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        AccountResources account = org.resources(request.accountId())
                .orElseThrow(() -> new AwsError(403, "AccessDeniedException", "account " + request.accountId()
                        + " is not active"));
        RegionResources region = account.region(request.region());
        ApiGatewayResources apis = region == null || region.apiGateway() == null ? ApiGatewayResources.NONE
                : region.apiGateway();
        String[] p = request.path().replaceAll("/+$", "").split("/");
        return switch (operation) {
            case "GetRestApis" -> v1Page(request, apis.restApis(), (o, a) -> o.put("id", a.id()).put("name", a.name())
                    .put("createdDate", 1_700_000_000L).put("apiKeySource", "HEADER")
                    .put("disableExecuteApiEndpoint", false).putObject("endpointConfiguration").putArray("types")
                    .add(a.endpointType()));
            case "GetStages" -> p[1].equals("v2")
                    ? httpStages(request, account.accountId(), httpApi(apis, p[3]))
                    : restStages(apis, request, p[2]);
            case "GetDomainNames" -> v1Page(request, apis.domains(), (o, d) -> o.put("domainName", d.name())
                    .put("certificateArn", "arn:aws:acm:" + request.region() + ":" + account.accountId()
                            + ":certificate/" + d.name().hashCode())
                    .put("regionalDomainName", "d-" + Integer.toHexString(d.name().hashCode()) + ".execute-api."
                            + request.region() + ".amazonaws.com")
                    .put("domainNameStatus", "AVAILABLE").put("securityPolicy", d.securityPolicy())
                    .putObject("endpointConfiguration").putArray("types").add("REGIONAL"));
            case "GetApis" -> v2Page(request, apis.httpApis(), (o, a) -> o.put("apiId", a.id()).put("name", a.name())
                    .put("protocolType", "HTTP").put("apiEndpoint", "https://" + a.id() + ".execute-api."
                            + request.region() + ".amazonaws.com")
                    .put("routeSelectionExpression", "$request.method $request.path")
                    .put("createdDate", "2025-06-01T00:00:00Z"));
            case "GetRoutes" -> {
                HttpApi api = httpApi(apis, p[3]);
                yield v2Page(request, api.routes(), (o, r) -> {
                    o.put("routeId", r.id()).put("routeKey", r.key()).put("authorizationType", r.authorizationType())
                            .put("apiKeyRequired", false).put("target", "integrations/" + r.id());
                    if (r.authorizationType().equals("JWT")) {
                        o.put("authorizerId", "jwt" + r.id().substring(0, 3));
                    }
                });
            }
            default -> throw new AwsError(404, "NotFoundException", "No operation " + operation);
        };
    }

    private static AwsResponse restStages(ApiGatewayResources apis, AwsRequest request, String id) {
        RestApi api = apis.restApis().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AwsError(404, "NotFoundException", "Invalid API identifier specified"));
        ObjectNode body = JsonProtocol.object();
        ArrayNode items = body.putArray("item");
        api.stages().forEach(s -> stage(items.addObject(), request, api, s));
        return RestJsonProtocol.respond(body);
    }

    private AwsResponse httpStages(AwsRequest request, String accountId, HttpApi api) {
        return v2Page(request, api.stages(), (o, s) -> {
            o.put("stageName", s).put("autoDeploy", true).put("createdDate", "2025-06-01T00:00:00Z")
                    .putObject("defaultRouteSettings").put("detailedMetricsEnabled", false);
            if (!api.unloggedStages().contains(s)) {
                o.putObject("accessLogSettings").put("destinationArn", "arn:aws:logs:" + request.region() + ":"
                        + accountId + ":log-group:/apigw/" + api.name()).put("format", "$context.requestId $context.status");
            }
        });
    }

    private static HttpApi httpApi(ApiGatewayResources apis, String id) {
        return apis.httpApis().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AwsError(404, "NotFoundException", "Invalid API identifier specified " + id));
    }

    private static void stage(ObjectNode o, AwsRequest request, RestApi api, ApiGatewayResources.Stage s) {
        o.put("deploymentId", "dep" + api.id().substring(0, 3)).put("stageName", s.name())
                .put("createdDate", 1_700_000_000L).put("lastUpdatedDate", 1_700_086_400L).put("tracingEnabled", false)
                .put("cacheClusterEnabled", false);
        if (s.clientCertificateId() != null) {
            o.put("clientCertificateId", s.clientCertificateId());
        }
        if (s.webAclArn() != null) {
            o.put("webAclArn", s.webAclArn());
        }
        o.putObject("methodSettings").putObject("*/*").put("metricsEnabled", true).put("loggingLevel", s.loggingLevel())
                .put("dataTraceEnabled", false).put("throttlingBurstLimit", 5000).put("throttlingRateLimit", 10000.0)
                .put("cachingEnabled", false);
        if (s.accessLogs()) {
            o.putObject("accessLogSettings").put("format", "$context.requestId $context.status")
                    .put("destinationArn", "arn:aws:logs:" + request.region() + ":" + request.accountId()
                            + ":log-group:/apigw/" + api.name());
        }
    }

    private <T> AwsResponse v1Page(AwsRequest request, List<T> all, BiConsumer<ObjectNode, T> write) {
        Page<T> page = Page.of(all, request.query().get("position"), Page.intParam(request.query().get("limit")),
                options.maxPageSize(), "BadRequestException");
        ObjectNode body = JsonProtocol.object();
        ArrayNode items = body.putArray("item");
        page.items().forEach(t -> write.accept(items.addObject(), t));
        if (page.next() != null) {
            body.put("position", page.next());
        }
        return RestJsonProtocol.respond(body);
    }

    private <T> AwsResponse v2Page(AwsRequest request, List<T> all, BiConsumer<ObjectNode, T> write) {
        Page<T> page = Page.of(all, request.query().get("nextToken"), Page.intParam(request.query().get("maxResults")),
                options.maxPageSize(), "BadRequestException");
        ObjectNode body = JsonProtocol.object();
        ArrayNode items = body.putArray("items");
        page.items().forEach(t -> write.accept(items.addObject(), t));
        if (page.next() != null) {
            body.put("nextToken", page.next());
        }
        return RestJsonProtocol.respond(body);
    }
}
