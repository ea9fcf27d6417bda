package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.LAMBDA;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.collect.engine.Detail;
import dev.vigil.collect.engine.Extract;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.Redaction;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import java.util.Set;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * Lambda functions ($LATEST configuration), per region, with their resource policy, function URLs and asynchronous
 * invocation settings. Environment variables keep their names only: each value becomes {@code {present, sha256}}.
 */
public final class LambdaSpecs {
    private LambdaSpecs() {}

    /** {@code Environment.Variables} through {@link Redaction#map}: no value is a flag, every one is hashed. */
    static void redactEnvironment(ObjectNode function) {
        JsonNode variables = function.path("Environment").get("Variables");
        if (variables != null && variables.isObject()) {
            ((ObjectNode) function.get("Environment")).set("Variables", Redaction.map(variables, Set.of()));
        }
    }

    private static String name(ObjectNode item) {
        return Extract.text(item, "FunctionName");
    }

    public static final ResourceSpec<LambdaClient> FUNCTION = ResourceSpec.builder("aws.lambda.function", LAMBDA)
            .list(Operation.of("lambda", "ListFunctions"),
                    c -> c.listFunctionsPaginator(r -> r.maxItems(50)).functions().stream())
            .redact(LambdaSpecs::redactEnvironment)
            .detail(Detail.of("Policy", Operation.of("lambda", "GetPolicy"),
                    (c, item) -> c.getPolicy(r -> r.functionName(name(item))), Extract.member("Policy"),
                    "ResourceNotFoundException"))
            .detail(Detail.of("FunctionUrlConfigs", Operation.of("lambda", "ListFunctionUrlConfigs"),
                    (c, item) -> c.listFunctionUrlConfigs(r -> r.functionName(name(item)).maxItems(50)),
                    Extract.member("FunctionUrlConfigs")))
            .detail(Detail.of("EventInvokeConfig", Operation.of("lambda", "GetFunctionEventInvokeConfig"),
                    (c, item) -> c.getFunctionEventInvokeConfig(r -> r.functionName(name(item))),
                    Extract.members("MaximumRetryAttempts", "MaximumEventAgeInSeconds", "DestinationConfig"),
                    "ResourceNotFoundException"))
            .id("FunctionName").name("FunctionName")
            .uid(Uid.field("FunctionArn"))
            .build();
}
