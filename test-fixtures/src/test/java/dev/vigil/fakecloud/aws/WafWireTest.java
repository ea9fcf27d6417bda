package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.StaticCredentials;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.Plant;
import dev.vigil.fakecloud.org.WebAcl;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.wafv2.Wafv2Client;
import software.amazon.awssdk.services.wafv2.model.Scope;
import software.amazon.awssdk.services.wafv2.model.WafInvalidParameterException;
import software.amazon.awssdk.services.wafv2.model.WafNonexistentItemException;
import software.amazon.awssdk.services.wafv2.model.WebACL;
import software.amazon.awssdk.services.wafv2.model.WebACLSummary;

/** The SDK's WAFv2 client reads the fake's web ACLs, rules and logging configurations in JSON 1.1. */
class WafWireTest extends WireTestBase {

    @Test
    void regionalAclsPageAndCarryRulesVisibilityAndLogging() {
        AccountResources account = plantedWith(Plant.WAF_EMPTY_ALLOW);
        String home = org.regions().get(0);
        Wafv2Client waf = clients.build(Wafv2Client.builder(), assume(account.accountId()), home);
        List<WebACLSummary> listed = list(waf, Scope.REGIONAL);
        List<WebAcl> model = account.region(home).edgeSecurity().webAcls().stream()
                .filter(a -> a.scope().equals("REGIONAL")).toList();
        assertThat(listed).extracting(WebACLSummary::arn)
                .containsExactlyElementsOf(model.stream().map(a -> a.arn(account.accountId(), home)).toList());
        WebACLSummary app = listed.stream().filter(s -> s.name().equals("app")).findFirst().orElseThrow();
        WebACL acl = waf.getWebACL(b -> b.scope(Scope.REGIONAL).name(app.name()).id(app.id())).webACL();
        assertThat(acl.defaultAction().allow()).isNotNull();
        assertThat(acl.rules()).hasSize(3).allSatisfy(r -> assertThat(r.visibilityConfig().cloudWatchMetricsEnabled()).isTrue());
        assertThat(acl.rules().get(0).statement().managedRuleGroupStatement().name()).isEqualTo("AWSManagedRulesCommonRuleSet");
        assertThat(acl.rules().get(2).statement().notStatement().statement().byteMatchStatement().searchString()
                .asUtf8String()).startsWith("VIGIL-CANARY-");
        assertThat(acl.visibilityConfig().cloudWatchMetricsEnabled()).isTrue();
        assertThat(waf.getLoggingConfiguration(b -> b.resourceArn(app.arn())).loggingConfiguration()
                .logDestinationConfigs()).singleElement().asString().contains(":deliverystream/aws-waf-logs-app");
        WebACLSummary empty = listed.stream().filter(s -> s.name().equals("allow-all")).findFirst().orElseThrow();
        assertThat(waf.getWebACL(b -> b.scope(Scope.REGIONAL).name("allow-all").id(empty.id())).webACL().rules()).isEmpty();
        assertThatThrownBy(() -> waf.getWebACL(b -> b.scope(Scope.REGIONAL).name("app").id("nope")))
                .isInstanceOf(WafNonexistentItemException.class);
        Wafv2Client other = clients.build(Wafv2Client.builder(), assume(account.accountId()), org.regions().get(1));
        assertThat(list(other, Scope.REGIONAL)).isEmpty();
    }

    @Test
    void cloudFrontScopeIsServedByUsEast1OnlyAndMissingLoggingIsNonexistent() {
        AccountResources account = plantedWith(Plant.WAF_NO_LOGGING);
        StaticCredentials creds = assume(account.accountId());
        Wafv2Client east = clients.build(Wafv2Client.builder(), creds, "us-east-1");
        List<WebACLSummary> global = list(east, Scope.CLOUDFRONT);
        assertThat(global).extracting(WebACLSummary::name).contains("edge", "edge-unlogged");
        assertThat(global).allSatisfy(s -> assertThat(s.arn()).contains(":global/webacl/"));
        WebACLSummary unlogged = global.stream().filter(s -> s.name().equals("edge-unlogged")).findFirst().orElseThrow();
        assertThatThrownBy(() -> east.getLoggingConfiguration(b -> b.resourceArn(unlogged.arn())))
                .isInstanceOf(WafNonexistentItemException.class);
        Wafv2Client west = clients.build(Wafv2Client.builder(), creds, "eu-west-1");
        assertThatThrownBy(() -> west.listWebACLs(b -> b.scope(Scope.CLOUDFRONT)))
                .isInstanceOf(WafInvalidParameterException.class);
    }

    private static List<WebACLSummary> list(Wafv2Client waf, Scope scope) {
        List<WebACLSummary> all = new ArrayList<>();
        String marker = null;
        do {
            String from = marker;
            var page = waf.listWebACLs(b -> b.scope(scope).limit(1).nextMarker(from));
            assertThat(page.webACLs()).hasSizeLessThanOrEqualTo(1);
            all.addAll(page.webACLs());
            marker = page.nextMarker();
        } while (marker != null);
        return all;
    }
}
