package dev.vigil.fakecloud.org;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the Lambda functions of an account's home region: three clean functions (an API handler behind API
 * Gateway with an IAM-authenticated URL, an S3-triggered asynchronous function with a failure destination, a partner
 * hook open to the organization only) and one function per planted Lambda misconfiguration, each otherwise its
 * clean twin. Environment values are canaries.
 */
final class LambdaGenerator {
    private final AccountContext ctx;
    private final String region;
    private final String vpcId;
    private final List<String> subnetIds;
    private final List<String> groupIds;
    private final List<LambdaFunction> functions = new ArrayList<>();

    LambdaGenerator(AccountContext ctx, String region, String vpcId, List<String> subnetIds, List<String> groupIds) {
        this.ctx = ctx;
        this.region = region;
        this.vpcId = vpcId;
        this.subnetIds = List.copyOf(subnetIds);
        this.groupIds = List.copyOf(groupIds);
    }

    List<LambdaFunction> generate() {
        boolean even = ctx.index() % 2 == 0;
        functions.add(api("orders-api", "python3.12", true, "AWS_IAM", env("orders-api", "LOG_LEVEL", "TABLE_NAME",
                "DB_PASSWORD_SECRET_ARN")));
        functions.add(async("orders-events", true, even));
        functions.add(hook("partner-hook", true));
        plant(Plant.LAMBDA_PUBLIC_POLICY, hook("public-hook", false));
        plant(Plant.LAMBDA_URL_PUBLIC, api("public-url", "python3.12", true, "NONE", env("public-url", "LOG_LEVEL")));
        plant(Plant.LAMBDA_DEPRECATED_RUNTIME, api("legacy-report", even ? "python3.8" : "nodejs16.x", true, null,
                env("legacy-report", "LOG_LEVEL")));
        plant(Plant.LAMBDA_SECRET_ENV, api("billing-sync", "python3.12", true, null, env("billing-sync", "LOG_LEVEL",
                even ? "STRIPE_API_KEY" : "db_password")));
        plant(Plant.LAMBDA_NO_FAILURE_DESTINATION, async("thumbnailer", false, even));
        plant(Plant.LAMBDA_NOT_IN_VPC, api("edge-router", "nodejs22.x", false, null, env("edge-router", "LOG_LEVEL")));
        return functions;
    }

    private void plant(Plant plant, LambdaFunction function) {
        if (ctx.has(plant)) {
            functions.add(function);
            ctx.found(plant, function.arn(region, ctx.accountId()));
        }
    }

    private String arn(String name) {
        return "arn:aws:lambda:" + region + ":" + ctx.accountId() + ":function:" + name;
    }

    private Map<String, String> env(String function, String... keys) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String key : keys) {
            // canaries are letters, digits and dashes only
            env.put(key, Canary.token("lambda-env-" + key.toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    arn(function)));
        }
        return env;
    }

    private LambdaFunction function(String name, String runtime, boolean inVpc, Map<String, String> env, String policy,
            String url, String dlq, boolean eventInvoke, String onFailure, String onSuccess) {
        return new LambdaFunction(name, runtime, inVpc ? subnetIds : List.of(), inVpc ? groupIds : List.of(),
                inVpc ? vpcId : null, env, policy, url, dlq, eventInvoke, onFailure, onSuccess, ctx.daysAgo(20));
    }

    /** Invoked by API Gateway (a service principal limited to one API by its source ARN). */
    private LambdaFunction api(String name, String runtime, boolean inVpc, String url, Map<String, String> env) {
        String statement = statement("apigateway-invoke", "{\"Service\":\"apigateway.amazonaws.com\"}", name,
                "{\"ArnLike\":{\"AWS:SourceArn\":\"arn:aws:execute-api:" + region + ":" + ctx.accountId()
                        + ":a1b2c3d4e5/*/POST/orders\"}}");
        return function(name, runtime, inVpc, env, policy(statement), url, null, false, null, null);
    }

    /**
     * Invoked asynchronously by S3. The clean one keeps failed events: in a dead-letter queue ({@code dlq}) or an
     * on-failure destination; the planted one has neither (with {@code dlq}, only an on-success destination).
     */
    private LambdaFunction async(String name, boolean clean, boolean dlq) {
        String statement = statement("s3-invoke", "{\"Service\":\"s3.amazonaws.com\"}", name,
                "{\"StringEquals\":{\"AWS:SourceAccount\":\"" + ctx.accountId() + "\"},\"ArnLike\":{\"AWS:SourceArn\":"
                        + "\"arn:aws:s3:::uploads-" + ctx.accountId() + "\"}}");
        String queue = "arn:aws:sqs:" + region + ":" + ctx.accountId() + ":" + name + "-failed";
        if (clean) {
            return function(name, "nodejs22.x", true, env(name, "QUEUE_URL"), policy(statement), null,
                    dlq ? queue : null, !dlq, dlq ? null : queue, null);
        }
        return function(name, "nodejs22.x", true, env(name, "QUEUE_URL"), policy(statement), null, null, dlq, null,
                dlq ? queue : null);
    }

    /** Open to any principal; the clean one only within the organization (aws:PrincipalOrgID). */
    private LambdaFunction hook(String name, boolean orgOnly) {
        String principal = ctx.index() % 2 == 0 ? "\"*\"" : "{\"AWS\":\"*\"}";
        String statement = statement("partner-invoke", principal, name,
                orgOnly ? "{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-" + ctx.ids().hex(10) + "\"}}" : null);
        return function(name, "java21", true, env(name, "PARTNER_ENDPOINT"), policy(statement), null, null, false,
                null, null);
    }

    private String statement(String sid, String principal, String function, String condition) {
        return "{\"Sid\":\"" + sid + "\",\"Effect\":\"Allow\",\"Principal\":" + principal
                + ",\"Action\":\"lambda:InvokeFunction\",\"Resource\":\"" + arn(function) + "\""
                + (condition == null ? "" : ",\"Condition\":" + condition) + "}";
    }

    private static String policy(String statement) {
        return "{\"Version\":\"2012-10-17\",\"Id\":\"default\",\"Statement\":[" + statement + "]}";
    }
}
