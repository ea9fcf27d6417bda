package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.StaticCredentials;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.LambdaFunction;
import dev.vigil.fakecloud.org.Plant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.FunctionUrlAuthType;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/** The SDK's Lambda client reads the fake's functions, policies, URLs and async settings in the REST-JSON format. */
class LambdaWireTest extends WireTestBase {

    @Test
    void functionsPageAndCarryTheirSettings() {
        AccountResources account = plantedWith(Plant.LAMBDA_NO_FAILURE_DESTINATION);
        String region = org.regions().get(0);
        LambdaClient lambda = clients.build(LambdaClient.builder(), assume(account.accountId()), region);
        List<FunctionConfiguration> listed = lambda.listFunctionsPaginator(b -> b.maxItems(2)).functions().stream()
                .toList();
        List<LambdaFunction> model = account.region(region).compute().functions();
        assertThat(listed).hasSize(model.size()).hasSizeGreaterThan(PAGE);
        FunctionConfiguration api = listed.stream().filter(f -> f.functionName().equals("orders-api")).findFirst()
                .orElseThrow();
        assertThat(api.runtimeAsString()).isEqualTo("python3.12");
        assertThat(api.vpcConfig().subnetIds()).hasSize(2);
        assertThat(api.environment().variables()).containsKeys("LOG_LEVEL", "DB_PASSWORD_SECRET_ARN");
        assertThat(lambda.getPolicy(b -> b.functionName("orders-api")).policy()).contains("apigateway.amazonaws.com");
        assertThat(lambda.listFunctionUrlConfigs(b -> b.functionName(api.functionArn())).functionUrlConfigs())
                .extracting(u -> u.authType()).containsExactly(FunctionUrlAuthType.AWS_IAM);
        assertThatThrownBy(() -> lambda.getFunctionEventInvokeConfig(b -> b.functionName("orders-api")))
                .isInstanceOf(ResourceNotFoundException.class);

        LambdaFunction planted = model.stream().filter(f -> f.name().equals("thumbnailer")).findFirst().orElseThrow();
        if (planted.eventInvoke()) {
            var config = lambda.getFunctionEventInvokeConfig(b -> b.functionName("thumbnailer"));
            assertThat(config.destinationConfig().onFailure()).isNull();
            assertThat(config.destinationConfig().onSuccess().destination()).endsWith(":thumbnailer-failed");
        }
        assertThat(listed.stream().filter(f -> f.functionName().equals("thumbnailer")).findFirst().orElseThrow()
                .deadLetterConfig()).isNull();
    }

    @Test
    void functionWithoutPolicyIsNotFoundAndOtherAccountsSeeNothing() {
        AccountResources account = plantedWith(Plant.LAMBDA_NOT_IN_VPC);
        String region = org.regions().get(0);
        StaticCredentials creds = assume(account.accountId());
        LambdaClient lambda = clients.build(LambdaClient.builder(), creds, region);
        FunctionConfiguration edge = lambda.listFunctionsPaginator().functions().stream()
                .filter(f -> f.functionName().equals("edge-router")).findFirst().orElseThrow();
        assertThat(edge.vpcConfig().subnetIds()).isEmpty();
        assertThatThrownBy(() -> lambda.getPolicy(b -> b.functionName("no-such-function")))
                .isInstanceOf(ResourceNotFoundException.class);
        LambdaClient other = clients.build(LambdaClient.builder(), creds, org.regions().get(1));
        assertThat(other.listFunctions().functions()).isEmpty();
    }
}
