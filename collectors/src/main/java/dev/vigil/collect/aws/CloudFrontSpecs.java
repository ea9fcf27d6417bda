package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.CLOUDFRONT;

import dev.vigil.collect.engine.Detail;
import dev.vigil.collect.engine.Extract;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import dev.vigil.collect.engine.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.DistributionList;
import software.amazon.awssdk.services.cloudfront.model.DistributionSummary;

/** CloudFront distributions (global): the list's summary plus DistributionConfig (for Logging). */
public final class CloudFrontSpecs {
    private CloudFrontSpecs() {}

    /** Every page of ListDistributions (Marker / NextMarker while IsTruncated). */
    static Stream<DistributionSummary> distributions(CloudFrontClient c) {
        List<DistributionSummary> all = new ArrayList<>();
        String marker = null;
        DistributionList page;
        do {
            String from = marker;
            page = c.listDistributions(r -> r.maxItems("100").marker(from)).distributionList();
            all.addAll(page.items());
            marker = page.nextMarker();
        } while (Boolean.TRUE.equals(page.isTruncated()) && marker != null);
        return all.stream();
    }

    public static final ResourceSpec<CloudFrontClient> DISTRIBUTION = ResourceSpec
            .builder("aws.cloudfront.distribution", CLOUDFRONT)
            .scope(Scope.GLOBAL)
            .list(Operation.of("cloudfront", "ListDistributions"),
                    CloudFrontSpecs::distributions)
            .detail(Detail.of("DistributionConfig", Operation.of("cloudfront", "GetDistributionConfig"),
                    (c, item) -> c.getDistributionConfig(r -> r.id(Extract.text(item, "Id"))),
                    Extract.member("DistributionConfig")))
            .id("Id").name("DomainName")
            .uid(Uid.field("ARN"))
            .build();
}
