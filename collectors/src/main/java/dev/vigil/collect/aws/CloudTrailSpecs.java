package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.CLOUDTRAIL;

import dev.vigil.collect.engine.Detail;
import dev.vigil.collect.engine.Extract;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/** CloudTrail trails in their home region, with status and event selectors. */
public final class CloudTrailSpecs {
    private CloudTrailSpecs() {}

    public static final ResourceSpec<CloudTrailClient> TRAIL = ResourceSpec.builder("aws.cloudtrail.trail", CLOUDTRAIL)
            .list(Operation.of("cloudtrail", "DescribeTrails"),
                    c -> c.describeTrails(r -> r.includeShadowTrails(false)).trailList().stream())
            .homeRegion("HomeRegion")
            .detail(Detail.of("Status", Operation.of("cloudtrail", "GetTrailStatus"),
                    (c, item) -> c.getTrailStatus(r -> r.name(Extract.text(item, "TrailARN"))), Extract.whole()))
            .detail(Detail.of("EventSelectors", Operation.of("cloudtrail", "GetEventSelectors"),
                    (c, item) -> c.getEventSelectors(r -> r.trailName(Extract.text(item, "TrailARN"))),
                    Extract.members("EventSelectors", "AdvancedEventSelectors")))
            .id("Name").name("Name")
            .uid(Uid.field("TrailARN"))
            .build();
}
