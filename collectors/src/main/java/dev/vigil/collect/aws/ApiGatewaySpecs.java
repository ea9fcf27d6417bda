package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.API_GATEWAY;
import static dev.vigil.collect.aws.AwsServices.API_GATEWAY_V2;

import dev.vigil.collect.engine.Detail;
import dev.vigil.collect.engine.Extract;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.Api;
import software.amazon.awssdk.services.apigatewayv2.model.GetApisResponse;
import software.amazon.awssdk.services.apigatewayv2.model.GetRoutesResponse;
import software.amazon.awssdk.services.apigatewayv2.model.GetStagesResponse;

/**
 * API Gateway: REST APIs with their stages, custom domain names, and HTTP APIs with their stages and routes. Both
 * APIs sign as {@code apigateway}; IAM authorizes every read as {@code apigateway:GET} on the resource path.
 */
public final class ApiGatewaySpecs {
    private static final String SERVICE = "apigateway";
    private static final String GET = "apigateway:GET";

    private ApiGatewaySpecs() {}

    /** Stages: GetStages' item list (one call, not paged). */
    public static final ResourceSpec<ApiGatewayClient> REST_API = ResourceSpec
            .builder("aws.apigateway.rest_api", API_GATEWAY)
            .list(Operation.of(SERVICE, "GetRestApis", GET),
                    c -> c.getRestApisPaginator(r -> r.limit(500)).items().stream())
            .detail(Detail.of("Stages", Operation.of(SERVICE, "GetStages", GET),
                    (c, item) -> c.getStages(r -> r.restApiId(Extract.text(item, "id"))), Extract.member("item")))
            .id("id").name("name")
            .uid((account, region, id, item) -> "arn:aws:apigateway:" + region + "::/restapis/" + id)
            .build();

    public static final ResourceSpec<ApiGatewayClient> DOMAIN_NAME = ResourceSpec
            .builder("aws.apigateway.domain_name", API_GATEWAY)
            .list(Operation.of(SERVICE, "GetDomainNames", GET),
                    c -> c.getDomainNamesPaginator(r -> r.limit(500)).items().stream())
            .id("domainName").name("domainName")
            .uid((account, region, id, item) -> "arn:aws:apigateway:" + region + "::/domainnames/" + id)
            .build();

    /** Stages and Routes: every page of GetStages and GetRoutes of the API. */
    public static final ResourceSpec<ApiGatewayV2Client> HTTP_API = ResourceSpec
            .builder("aws.apigatewayv2.api", API_GATEWAY_V2)
            .list(Operation.of(SERVICE, "GetApis", GET), ApiGatewaySpecs::apis)
            .detail(Detail.of("Stages", Operation.of(SERVICE, "GetStages", GET),
                    (c, item) -> stages(c, Extract.text(item, "ApiId")), Extract.member("Items")))
            .detail(Detail.of("Routes", Operation.of(SERVICE, "GetRoutes", GET),
                    (c, item) -> routes(c, Extract.text(item, "ApiId")), Extract.member("Items")))
            .id("ApiId").name("Name")
            .uid((account, region, id, item) -> "arn:aws:apigateway:" + region + "::/apis/" + id)
            .build();

    private static Stream<Api> apis(ApiGatewayV2Client c) {
        return allPages(next -> c.getApis(r -> r.maxResults("100").nextToken(next)), GetApisResponse::items,
                GetApisResponse::nextToken).stream();
    }

    private static GetStagesResponse stages(ApiGatewayV2Client c, String apiId) {
        return GetStagesResponse.builder().items(allPages(
                next -> c.getStages(r -> r.apiId(apiId).maxResults("100").nextToken(next)), GetStagesResponse::items,
                GetStagesResponse::nextToken)).build();
    }

    private static GetRoutesResponse routes(ApiGatewayV2Client c, String apiId) {
        return GetRoutesResponse.builder().items(allPages(
                next -> c.getRoutes(r -> r.apiId(apiId).maxResults("100").nextToken(next)), GetRoutesResponse::items,
                GetRoutesResponse::nextToken)).build();
    }

    /** Every item of an HTTP API listing: the v2 SDK has no paginators, so follow NextToken until it is empty. */
    private static <P, T> List<T> allPages(Function<String, P> page, Function<P, List<T>> items,
            Function<P, String> nextToken) {
        List<T> all = new ArrayList<>();
        String token = null;
        do {
            P response = page.apply(token);
            all.addAll(items.apply(response));
            token = nextToken.apply(response);
        } while (token != null && !token.isEmpty());
        return all;
    }
}
