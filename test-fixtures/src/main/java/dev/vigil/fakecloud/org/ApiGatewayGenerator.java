package dev.vigil.fakecloud.org;

import dev.vigil.fakecloud.org.ApiGatewayResources.ApiDomain;
import dev.vigil.fakecloud.org.ApiGatewayResources.HttpApi;
import dev.vigil.fakecloud.org.ApiGatewayResources.RestApi;
import dev.vigil.fakecloud.org.ApiGatewayResources.Route;
import dev.vigil.fakecloud.org.ApiGatewayResources.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the API Gateway resources of an account's home region: a clean REST API (its prod stage with access
 * logs, INFO execution logging, a web ACL and a client certificate), a clean HTTP API (access-logged stage, every
 * route authorized), a clean TLS 1.2 custom domain, and one API or domain per planted misconfiguration, each the
 * clean twin with one setting changed.
 */
final class ApiGatewayGenerator {
    private final AccountContext ctx;
    private final String region;
    private final List<RestApi> rest = new ArrayList<>();
    private final List<HttpApi> http = new ArrayList<>();
    private final List<ApiDomain> domains = new ArrayList<>();

    ApiGatewayGenerator(AccountContext ctx, String region) {
        this.ctx = ctx;
        this.region = region;
    }

    ApiGatewayResources generate() {
        rest.add(restApi("orders", clean()));
        http.add(httpApi("events", List.of(), "JWT"));
        domains.add(new ApiDomain("api." + ctx.accountId() + ".example.com", "TLS_1_2"));
        plantRest(Plant.APIGW_NO_ACCESS_LOGS, "orders-unlogged", new Stage("prod", false, "INFO", waf(), cert()));
        plantRest(Plant.APIGW_NO_EXECUTION_LOGS, "orders-quiet", new Stage("prod", true, "OFF", waf(), cert()));
        plantRest(Plant.APIGW_NO_WAF, "orders-unfiltered", new Stage("prod", true, "INFO", null, cert()));
        plantRest(Plant.APIGW_NO_CLIENT_CERT, "orders-nocert", new Stage("prod", true, "INFO", waf(), null));
        if (ctx.has(Plant.APIGWV2_NO_ACCESS_LOGS)) {
            HttpApi api = httpApi("events-unlogged", List.of("$default"), "JWT");
            http.add(api);
            ctx.found(Plant.APIGWV2_NO_ACCESS_LOGS, api.arn(region));
        }
        if (ctx.has(Plant.APIGWV2_ROUTE_NO_AUTH)) {
            HttpApi api = httpApi("events-open", List.of(), "NONE");
            http.add(api);
            ctx.found(Plant.APIGWV2_ROUTE_NO_AUTH, api.arn(region));
        }
        if (ctx.has(Plant.APIGW_DOMAIN_TLS10)) {
            ApiDomain domain = new ApiDomain("legacy-api." + ctx.accountId() + ".example.com", "TLS_1_0");
            domains.add(domain);
            ctx.found(Plant.APIGW_DOMAIN_TLS10, domain.arn(region));
        }
        return new ApiGatewayResources(rest, http, domains);
    }

    private void plantRest(Plant plant, String name, Stage stage) {
        if (ctx.has(plant)) {
            RestApi api = restApi(name, stage);
            rest.add(api);
            ctx.found(plant, api.arn(region));
        }
    }

    private Stage clean() {
        return new Stage("prod", true, "INFO", waf(), cert());
    }

    private String waf() {
        return "arn:aws:wafv2:" + region + ":" + ctx.accountId() + ":regional/webacl/api/" + ctx.ids().uuid();
    }

    private String cert() {
        return ctx.ids().hex(6);
    }

    private RestApi restApi(String name, Stage stage) {
        return new RestApi(ctx.ids().hex(10), name, "REGIONAL", List.of(stage));
    }

    /** Routes GET /items (the given authorization) and POST /items (IAM); stage $default. */
    private HttpApi httpApi(String name, List<String> unlogged, String getAuthorization) {
        return new HttpApi(ctx.ids().hex(10), name, List.of("$default"), unlogged, List.of(
                new Route(ctx.ids().hex(7), "GET /items", getAuthorization),
                new Route(ctx.ids().hex(7), "POST /items", "AWS_IAM")));
    }
}
