package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.LambdaFunction;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * AWS Lambda (REST-JSON): ListFunctions, GetPolicy, ListFunctionUrlConfigs and GetFunctionEventInvokeConfig of the
 * caller's account and region, under the API versions' paths the SDK uses.
 */
public final class LambdaHandler implements ServiceHandler {
    private static final String FUNCTIONS = "/2015-03-31/functions/";
    private static final String URLS = "/2021-10-31/functions/";
    private static final String INVOKE_CONFIG = "/2019-09-25/functions/";
    private static final DateTimeFormatter LAST_MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
            .withZone(ZoneOffset.UTC);

    private final SyntheticOrg org;
    private final int maxPageSize;

    public LambdaHandler(SyntheticOrg org, FakeCloudOptions options) {
        this.org = org;
        this.maxPageSize = options.maxPageSize();
    }

    /** The operation of a REST path (GET only reads). */
    public static String operation(AwsRequest request) {
        String path = request.path();
        boolean get = "GET".equals(request.method());
        if (path.equals(FUNCTIONS) || path.equals("/2015-03-31/functions")) {
            return get ? "ListFunctions" : "CreateFunction";
        }
        if (path.startsWith(FUNCTIONS) && path.endsWith("/policy")) {
            return get ? "GetPolicy" : "AddPermission";
        }
        if (path.startsWith(URLS) && path.endsWith("/urls")) {
            return get ? "ListFunctionUrlConfigs" : "CreateFunctionUrlConfig";
        }
        if (path.startsWith(INVOKE_CONFIG) && path.endsWith("/event-invoke-config")) {
            return get ? "GetFunctionEventInvokeConfig" : "PutFunctionEventInvokeConfig";
        }
        if (path.startsWith(FUNCTIONS)) {
            return get ? "GetFunction" : "UpdateFunctionConfiguration";
        }
        return null;
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("ListFunctions", "GetPolicy", "ListFunctionUrlConfigs", "GetFunctionEventInvokeConfig");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        List<LambdaFunction> functions = org.resources(request.accountId())
                .map(r -> r.region(request.region()).compute().functions()).orElse(List.of());
        ObjectNode out = JsonProtocol.object();
        switch (operation) {
            case "ListFunctions" -> {
                Page<LambdaFunction> page = Page.of(functions, request.query().get("Marker"),
                        Page.intParam(request.query().get("MaxItems")), maxPageSize, "InvalidParameterValueException");
                ArrayNode list = out.putArray("Functions");
                page.items().forEach(f -> configuration(list.addObject(), f, request));
                if (page.next() != null) {
                    out.put("NextMarker", page.next());
                }
            }
            case "GetPolicy" -> {
                LambdaFunction f = find(functions, request, FUNCTIONS, "/policy");
                if (f.policy() == null) {
                    throw new AwsError(404, "ResourceNotFoundException", "The resource you requested does not exist.");
                }
                out.put("Policy", f.policy()).put("RevisionId", revision(f));
            }
            case "ListFunctionUrlConfigs" -> {
                LambdaFunction f = find(functions, request, URLS, "/urls");
                ArrayNode list = out.putArray("FunctionUrlConfigs");
                if (f.urlAuthType() != null) {
                    String created = LAST_MODIFIED.format(f.lastModified());
                    list.addObject().put("FunctionUrl", "https://" + Integer.toHexString(f.name().hashCode())
                                    + "abcdef0123456789.lambda-url." + request.region() + ".on.aws/")
                            .put("FunctionArn", f.arn(request.region(), request.accountId()))
                            .put("CreationTime", created).put("LastModifiedTime", created)
                            .put("AuthType", f.urlAuthType()).put("InvokeMode", "BUFFERED");
                }
            }
            case "GetFunctionEventInvokeConfig" -> {
                LambdaFunction f = find(functions, request, INVOKE_CONFIG, "/event-invoke-config");
                if (!f.eventInvoke()) {
                    throw new AwsError(404, "ResourceNotFoundException", "The function " + f.arn(request.region(),
                            request.accountId()) + " doesn't have an EventInvokeConfig");
                }
                out.put("LastModified", JsonProtocol.epoch(f.lastModified()))
                        .put("FunctionArn", f.arn(request.region(), request.accountId()) + ":$LATEST")
                        .put("MaximumRetryAttempts", 2).put("MaximumEventAgeInSeconds", 21600);
                ObjectNode destinations = out.putObject("DestinationConfig");
                if (f.onSuccess() != null) {
                    destinations.putObject("OnSuccess").put("Destination", f.onSuccess());
                }
                if (f.onFailure() != null) {
                    destinations.putObject("OnFailure").put("Destination", f.onFailure());
                }
            }
            default -> throw new AwsError(400, "InvalidParameterValueException", operation);
        }
        return RestJsonProtocol.respond(out);
    }

    private static String revision(LambdaFunction f) {
        return "rev-" + Integer.toHexString(f.name().hashCode());
    }

    /** The function named (by name or ARN) in the path between {@code prefix} and {@code suffix}. */
    private static LambdaFunction find(List<LambdaFunction> functions, AwsRequest request, String prefix,
            String suffix) {
        String named = request.path().substring(prefix.length(), request.path().length() - suffix.length());
        return functions.stream().filter(f -> f.name().equals(named)
                        || f.arn(request.region(), request.accountId()).equals(named)).findFirst()
                .orElseThrow(() -> new AwsError(404, "ResourceNotFoundException", "Function not found: "
                        + "arn:aws:lambda:" + request.region() + ":" + request.accountId() + ":function:" + named));
    }

    private static void configuration(ObjectNode o, LambdaFunction f, AwsRequest request) {
        String arn = f.arn(request.region(), request.accountId());
        o.put("FunctionName", f.name()).put("FunctionArn", arn);
        if (f.runtime() != null) {
            o.put("Runtime", f.runtime()).put("Handler", "index.handler").put("PackageType", "Zip");
        } else {
            o.put("PackageType", "Image");
        }
        o.put("Role", "arn:aws:iam::" + request.accountId() + ":role/" + f.name() + "-role")
                .put("CodeSize", 4096).put("Description", f.name() + " function").put("Timeout", 30)
                .put("MemorySize", 256).put("LastModified", LAST_MODIFIED.format(f.lastModified()))
                .put("CodeSha256", "c2hhMjU2LW9mLXRoZS1jb2Rl").put("Version", "$LATEST")
                .put("RevisionId", revision(f));
        ObjectNode vpc = o.putObject("VpcConfig");
        ArrayNode subnets = vpc.putArray("SubnetIds");
        f.subnetIds().forEach(subnets::add);
        ArrayNode groups = vpc.putArray("SecurityGroupIds");
        f.securityGroupIds().forEach(groups::add);
        vpc.put("VpcId", f.vpcId() == null ? "" : f.vpcId());
        if (!f.environment().isEmpty()) {
            ObjectNode variables = o.putObject("Environment").putObject("Variables");
            f.environment().forEach(variables::put);
        }
        if (f.deadLetterArn() != null) {
            o.putObject("DeadLetterConfig").put("TargetArn", f.deadLetterArn());
        }
        o.putObject("TracingConfig").put("Mode", "PassThrough");
        o.putArray("Architectures").add("x86_64");
        o.putObject("EphemeralStorage").put("Size", 512);
    }
}
