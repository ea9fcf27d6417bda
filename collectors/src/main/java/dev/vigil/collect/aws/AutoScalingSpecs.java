package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.AUTOSCALING;

import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;

/** EC2 Auto Scaling groups, per region. */
public final class AutoScalingSpecs {
    private AutoScalingSpecs() {}

    public static final ResourceSpec<AutoScalingClient> GROUP = ResourceSpec
            .builder("aws.autoscaling.group", AUTOSCALING)
            .list(Operation.of("autoscaling", "DescribeAutoScalingGroups"),
                    c -> c.describeAutoScalingGroupsPaginator(r -> r.maxRecords(100)).autoScalingGroups().stream())
            .id("AutoScalingGroupName").name("AutoScalingGroupName").tags("Tags")
            .uid((account, region, id, item) -> item.get("AutoScalingGroupARN").asText())
            .build();
}
