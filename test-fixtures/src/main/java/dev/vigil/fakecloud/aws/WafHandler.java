package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.Canary;
import dev.vigil.fakecloud.org.SyntheticOrg;
import dev.vigil.fakecloud.org.WebAcl;
import java.util.List;
import java.util.Set;

/**
 * AWS WAF v2 (JSON 1.1, {@code AWSWAF_20190729}): ListWebACLs, GetWebACL and GetLoggingConfiguration. {@code REGIONAL}
 * ACLs are served by their own region; {@code CLOUDFRONT} ACLs only by us-east-1, as AWS does.
 */
public final class WafHandler implements ServiceHandler {
    private static final String CLOUDFRONT_REGION = "us-east-1";

    private final SyntheticOrg org;
    private final JsonPages pages;

    public WafHandler(SyntheticOrg org, FakeCloudOptions options) {
        this.org = org;
        this.pages = new JsonPages(options.maxPageSize());
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("ListWebACLs", "GetWebACL", "GetLoggingConfiguration");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        JsonNode in = JsonProtocol.body(request);
        String account = request.accountId();
        ObjectNode out = switch (operation) {
            case "ListWebACLs" -> pages.page(in, acls(request, scope(in, request)), "WebACLs", "NextMarker", "Limit",
                    "NextMarker", "WAFInvalidParameterException", (list, a) -> summary(list.addObject(), a, account,
                            request.region()));
            case "GetWebACL" -> {
                String scope = scope(in, request);
                String id = JsonPages.required(in, "Id");
                String name = JsonPages.required(in, "Name");
                WebAcl acl = acls(request, scope).stream().filter(a -> a.id().equals(id) && a.name().equals(name))
                        .findFirst().orElseThrow(WafHandler::nonexistent);
                ObjectNode o = JsonProtocol.object().put("LockToken", lockToken(acl));
                webAcl(o.putObject("WebACL"), acl, account, request.region());
                yield o;
            }
            case "GetLoggingConfiguration" -> {
                String arn = JsonPages.required(in, "ResourceArn");
                WebAcl acl = all(request).stream().filter(a -> a.arn(account, request.region()).equals(arn)
                        && (!a.cloudFront() || request.region().equals(CLOUDFRONT_REGION))).findFirst()
                        .orElseThrow(WafHandler::nonexistent);
                if (acl.logDestination() == null) {
                    throw nonexistent();
                }
                ObjectNode o = JsonProtocol.object();
                ObjectNode config = o.putObject("LoggingConfiguration").put("ResourceArn", arn)
                        .put("ManagedByFirewallManager", false).put("LogType", "WAF_LOGS").put("LogScope", "CUSTOMER");
                config.putArray("LogDestinationConfigs").add(acl.logDestination());
                yield o;
            }
            default -> throw new AwsError(400, "UnknownOperationException", operation);
        };
        return JsonProtocol.respond(out);
    }

    private static String scope(JsonNode in, AwsRequest request) {
        String scope = JsonPages.required(in, "Scope");
        if (!scope.equals("REGIONAL") && !scope.equals("CLOUDFRONT")) {
            throw invalid("Scope", scope);
        }
        if (scope.equals("CLOUDFRONT") && !request.region().equals(CLOUDFRONT_REGION)) {
            throw invalid("Scope", "CLOUDFRONT (only us-east-1 serves the CLOUDFRONT scope)");
        }
        return scope;
    }

    /** The web ACLs of one scope that the request's region serves. */
    private List<WebAcl> acls(AwsRequest request, String scope) {
        return all(request).stream().filter(a -> a.scope().equals(scope)).toList();
    }

    /** The caller's CLOUDFRONT ACLs and the REGIONAL ACLs of the request's region. */
    private List<WebAcl> all(AwsRequest request) {
        AccountResources account = org.resources(request.accountId()).orElse(null);
        if (account == null) {
            return List.of();
        }
        return account.regions().values().stream().filter(rr -> rr.edgeSecurity() != null)
                .flatMap(rr -> rr.edgeSecurity().webAcls().stream()
                        .filter(a -> a.cloudFront() || rr.region().equals(request.region())))
                .toList();
    }

    private static void summary(ObjectNode o, WebAcl a, String account, String region) {
        o.put("Name", a.name()).put("Id", a.id()).put("Description", a.name() + " web ACL")
                .put("LockToken", lockToken(a)).put("ARN", a.arn(account, region));
    }

    private static void webAcl(ObjectNode o, WebAcl a, String account, String region) {
        o.put("Name", a.name()).put("Id", a.id()).put("ARN", a.arn(account, region))
                .put("Description", a.name() + " web ACL").put("Capacity", 50 * a.rules().size())
                .put("ManagedByFirewallManager", false)
                .put("LabelNamespace", "awswaf:" + account + ":webacl:" + a.name() + ":");
        o.putObject("DefaultAction").putObject(a.defaultAction().equals("ALLOW") ? "Allow" : "Block");
        ArrayNode rules = o.putArray("Rules");
        for (WebAcl.Rule r : a.rules()) {
            ObjectNode rule = rules.addObject().put("Name", r.name()).put("Priority", r.priority());
            ObjectNode statement = rule.putObject("Statement");
            switch (r.kind()) {
                case "managed" -> {
                    statement.putObject("ManagedRuleGroupStatement").put("VendorName", "AWS")
                            .put("Name", "AWSManagedRulesCommonRuleSet");
                    rule.putObject("OverrideAction").putObject("None");
                }
                case "rate" -> {
                    statement.putObject("RateBasedStatement").put("Limit", 2000).put("AggregateKeyType", "IP");
                    rule.putObject("Action").putObject("Block");
                }
                default -> {
                    ObjectNode match = statement.putObject("NotStatement").putObject("Statement")
                            .putObject("ByteMatchStatement");
                    // the shared secret CloudFront adds as an origin header: a canary no snapshot may hold
                    match.put("SearchString", java.util.Base64.getEncoder().encodeToString(
                            Canary.token("waf-origin-header", a.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                            .put("PositionalConstraint", "EXACTLY");
                    match.putObject("FieldToMatch").putObject("SingleHeader").put("Name", "x-origin-verify");
                    match.putArray("TextTransformations").addObject().put("Priority", 0).put("Type", "NONE");
                    rule.putObject("Action").putObject("Block");
                }
            }
            visibility(rule, r.metrics(), a.name() + "-" + r.name());
        }
        visibility(o, a.metrics(), a.name());
    }

    private static void visibility(ObjectNode o, boolean metrics, String name) {
        o.putObject("VisibilityConfig").put("SampledRequestsEnabled", true).put("CloudWatchMetricsEnabled", metrics)
                .put("MetricName", name);
    }

    private static String lockToken(WebAcl a) {
        return java.util.UUID.nameUUIDFromBytes(a.id().getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    private static AwsError nonexistent() {
        return new AwsError(400, "WAFNonexistentItemException",
                "AWS WAF couldn’t perform the operation because your resource doesn’t exist.");
    }

    private static AwsError invalid(String field, String value) {
        return new AwsError(400, "WAFInvalidParameterException", "Error reason: The parameter contains formatting "
                + "that is not valid., field: " + field + ", parameter: " + value);
    }
}
