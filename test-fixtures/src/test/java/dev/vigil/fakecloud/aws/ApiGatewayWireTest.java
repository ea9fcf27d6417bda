package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.ApiGatewayResources;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import software.amazon.awssdk.services.apigateway.model.Stage;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.Api;
import software.amazon.awssdk.services.apigatewayv2.model.AuthorizationType;

/** API Gateway REST and HTTP API reads through both SDK clients, on the one apigateway endpoint. */
class ApiGatewayWireTest extends WireTestBase {

    /** API Gateway uids name no account, so the planted account is found by what its home region holds. */
    private static AccountResources holding(java.util.function.Predicate<ApiGatewayResources> planted) {
        return org.accounts().stream().filter(a -> a.active()).map(a -> org.resources(a.id()).orElseThrow())
                .filter(r -> r.regions().values().stream().anyMatch(rr -> planted.test(rr.apiGateway()))).findFirst()
                .orElseThrow(() -> new AssertionError("no account holds the planted API"));
    }

    @Test
    void restApisStagesAndDomains() {
        AccountResources r = holding(a -> a.restApis().stream().anyMatch(x -> x.name().equals("orders-unfiltered")));
        String region = org.regions().get(0);
        ApiGatewayClient apigw = clients.build(ApiGatewayClient.builder(), assume(r.accountId()), region);
        List<RestApi> apis = apigw.getRestApisPaginator(b -> b.limit(1)).items().stream().toList();
        assertThat(apis).hasSize(r.region(region).apiGateway().restApis().size()).hasSizeGreaterThan(1);
        RestApi orders = apis.stream().filter(a -> a.name().equals("orders")).findFirst().orElseThrow();
        assertThat(orders.endpointConfiguration().typesAsStrings()).containsExactly("REGIONAL");
        Stage prod = apigw.getStages(b -> b.restApiId(orders.id())).item().get(0);
        assertThat(prod.stageName()).isEqualTo("prod");
        assertThat(prod.accessLogSettings().destinationArn()).startsWith("arn:aws:logs:");
        assertThat(prod.methodSettings().get("*/*").loggingLevel()).isEqualTo("INFO");
        assertThat(prod.webAclArn()).startsWith("arn:aws:wafv2:");
        RestApi open = apis.stream().filter(a -> a.name().equals("orders-unfiltered")).findFirst().orElseThrow();
        assertThat(apigw.getStages(b -> b.restApiId(open.id())).item().get(0).webAclArn()).isNull();
        assertThat(apigw.getDomainNamesPaginator().items()).extracting(d -> d.securityPolicyAsString()).contains("TLS_1_2");
    }

    @Test
    void httpApisStagesAndRoutes() {
        AccountResources r = holding(a -> a.httpApis().stream().anyMatch(x -> x.name().equals("events-open")));
        String region = org.regions().get(0);
        ApiGatewayV2Client v2 = clients.build(ApiGatewayV2Client.builder(), assume(r.accountId()), region);
        List<Api> apis = v2.getApis(b -> b.maxResults("10")).items();
        assertThat(apis).hasSize(r.region(region).apiGateway().httpApis().size());
        Api open = apis.stream().filter(a -> a.name().equals("events-open")).findFirst().orElseThrow();
        assertThat(open.protocolTypeAsString()).isEqualTo("HTTP");
        assertThat(v2.getRoutes(b -> b.apiId(open.apiId())).items()).extracting(x -> x.authorizationType())
                .contains(AuthorizationType.NONE, AuthorizationType.AWS_IAM);
        var stages = v2.getStages(b -> b.apiId(open.apiId())).items();
        assertThat(stages).hasSize(1);
        assertThat(stages.get(0).accessLogSettings().destinationArn()).startsWith("arn:aws:logs:");
    }
}
