package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.WAFV2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.collect.engine.Detail;
import dev.vigil.collect.engine.Extract;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import dev.vigil.collect.engine.Scope;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.wafv2.Wafv2Client;
import software.amazon.awssdk.services.wafv2.model.ListWebAcLsResponse;
import software.amazon.awssdk.services.wafv2.model.WebACLSummary;

/**
 * AWS WAF (v2) web ACLs with their rules, default action, visibility settings and logging configuration: the
 * {@code REGIONAL} ones in every collected region, the {@code CLOUDFRONT} ones once per account (global, read from
 * us-east-1, the only endpoint that serves that scope).
 */
public final class WafSpecs {
    private WafSpecs() {}

    static final Operation LIST = Operation.of("wafv2", "ListWebACLs");
    static final Operation GET = Operation.of("wafv2", "GetWebACL");
    static final Operation LOGGING = Operation.of("wafv2", "GetLoggingConfiguration");
    /** Statements naming a rule group are kept with these members; every other statement keeps only its kind. */
    private static final Set<String> GROUP_MEMBERS = Set.of("VendorName", "Name", "Version", "ARN");

    /** Every page of ListWebACLs in one scope (NextMarker until absent). */
    static Stream<WebACLSummary> webAcls(Wafv2Client c, software.amazon.awssdk.services.wafv2.model.Scope scope) {
        List<WebACLSummary> all = new ArrayList<>();
        String marker = null;
        do {
            String from = marker;
            ListWebAcLsResponse page = c.listWebACLs(r -> r.scope(scope).limit(100).nextMarker(from));
            all.addAll(page.webACLs());
            marker = page.nextMarker();
        } while (marker != null && !marker.isEmpty());
        return all.stream();
    }

    /**
     * GetWebACL's {@code WebACL} without free-form content: rule statements keep their kind only (a byte-match
     * search string can be a shared secret header), rule-group references keep the group's name and vendor; custom
     * response bodies are dropped.
     */
    static Function<SdkPojo, JsonNode> webAcl() {
        Function<SdkPojo, JsonNode> member = Extract.member("WebACL");
        return response -> {
            JsonNode acl = member.apply(response);
            if (acl instanceof ObjectNode o) {
                o.remove("CustomResponseBodies");
                if (o.get("Rules") instanceof ArrayNode rules) {
                    rules.forEach(rule -> {
                        if (rule instanceof ObjectNode r && r.get("Statement") instanceof ObjectNode s) {
                            r.set("Statement", kinds(s));
                        }
                    });
                }
            }
            return acl;
        };
    }

    private static ObjectNode kinds(ObjectNode statement) {
        ObjectNode out = statement.objectNode();
        for (Iterator<String> it = statement.fieldNames(); it.hasNext(); ) {
            String kind = it.next();
            ObjectNode kept = out.putObject(kind);
            if (kind.equals("ManagedRuleGroupStatement") || kind.equals("RuleGroupReferenceStatement")) {
                statement.get(kind).fields().forEachRemaining(e -> {
                    if (GROUP_MEMBERS.contains(e.getKey())) {
                        kept.set(e.getKey(), e.getValue());
                    }
                });
            }
        }
        return out;
    }

    private static ResourceSpec<Wafv2Client> spec(software.amazon.awssdk.services.wafv2.model.Scope wafScope,
            Scope scope) {
        return ResourceSpec.builder("aws.wafv2.web_acl", WAFV2)
                .scope(scope)
                .list(LIST, c -> webAcls(c, wafScope))
                .detail(Detail.of("WebACL", GET, (c, item) -> c.getWebACL(r -> r.scope(wafScope)
                        .name(Extract.text(item, "Name")).id(Extract.text(item, "Id"))), webAcl()))
                .detail(Detail.of("LoggingConfiguration", LOGGING,
                        (c, item) -> c.getLoggingConfiguration(r -> r.resourceArn(Extract.text(item, "ARN"))),
                        Extract.member("LoggingConfiguration"), "WAFNonexistentItemException"))
                .id("Id").name("Name")
                .uid(Uid.field("ARN"))
                .build();
    }

    public static final ResourceSpec<Wafv2Client> REGIONAL_WEB_ACL = spec(
            software.amazon.awssdk.services.wafv2.model.Scope.REGIONAL, Scope.REGIONAL);
    public static final ResourceSpec<Wafv2Client> CLOUDFRONT_WEB_ACL = spec(
            software.amazon.awssdk.services.wafv2.model.Scope.CLOUDFRONT, Scope.GLOBAL);
}
