package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.Plant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.DistributionConfig;
import software.amazon.awssdk.services.cloudfront.model.DistributionSummary;
import software.amazon.awssdk.services.cloudfront.model.NoSuchDistributionException;
import software.amazon.awssdk.services.cloudfront.model.ViewerProtocolPolicy;

/** CloudFront's REST-XML distribution list and configuration through the SDK client. */
class CloudFrontWireTest extends WireTestBase {

    @Test
    void distributionsPageAndCarryTheirConfiguration() {
        AccountResources r = plantedWith(Plant.CF_S3_NO_OAC);
        CloudFrontClient cf = clients.build(CloudFrontClient.builder(), assume(r.accountId()), "us-east-1");
        List<DistributionSummary> all = new java.util.ArrayList<>();
        String marker = null;
        do {
            String from = marker;
            var page = cf.listDistributions(b -> b.maxItems("1").marker(from)).distributionList();
            assertThat(page.items()).hasSizeLessThanOrEqualTo(1);
            all.addAll(page.items());
            marker = Boolean.TRUE.equals(page.isTruncated()) ? page.nextMarker() : null;
        } while (marker != null);
        int expected = r.regions().values().stream().mapToInt(rr -> rr.edge().distributions().size()).sum();
        assertThat(all).hasSize(expected).hasSizeGreaterThan(2);
        DistributionSummary site = all.get(0);
        assertThat(site.arn()).isEqualTo("arn:aws:cloudfront::" + r.accountId() + ":distribution/" + site.id());
        assertThat(site.defaultCacheBehavior().viewerProtocolPolicy()).isEqualTo(ViewerProtocolPolicy.REDIRECT_TO_HTTPS);
        assertThat(site.viewerCertificate().minimumProtocolVersionAsString()).isEqualTo("TLSv1.2_2021");
        assertThat(site.origins().items().get(0).originAccessControlId()).isNotEmpty();
        assertThat(site.webACLId()).startsWith("arn:aws:wafv2:");
        assertThat(all).anySatisfy(d -> assertThat(d.origins().items().get(0).customOriginConfig()).isNotNull());
        DistributionConfig config = cf.getDistributionConfig(b -> b.id(site.id())).distributionConfig();
        assertThat(config.logging().enabled()).isTrue();
        assertThat(config.origins().quantity()).isEqualTo(1);
        assertThatThrownBy(() -> cf.getDistributionConfig(b -> b.id("ENOPE"))).isInstanceOf(NoSuchDistributionException.class);
    }
}
