package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.ELB;
import static dev.vigil.collect.aws.AwsServices.ELBV2;

import dev.vigil.collect.engine.Detail;
import dev.vigil.collect.engine.Extract;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import software.amazon.awssdk.services.elasticloadbalancing.ElasticLoadBalancingClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenersResponse;

/**
 * Elastic Load Balancing: v2 load balancers (application, network, gateway) with their listeners and attributes, and
 * Classic Load Balancers with their attributes and policies. Both APIs sign as {@code elasticloadbalancing} and
 * share its IAM actions, so their operations carry that service name.
 */
public final class ElbSpecs {
    private static final String SERVICE = "elasticloadbalancing";

    private ElbSpecs() {}

    /** Listeners: every page of DescribeListeners; Attributes: DescribeLoadBalancerAttributes' [{Key, Value}]. */
    public static final ResourceSpec<ElasticLoadBalancingV2Client> V2 = ResourceSpec
            .builder("aws.elbv2.load_balancer", ELBV2)
            .list(Operation.of(SERVICE, "DescribeLoadBalancers"),
                    c -> c.describeLoadBalancersPaginator(r -> r.pageSize(400)).loadBalancers().stream())
            .detail(Detail.of("Listeners", Operation.of(SERVICE, "DescribeListeners"),
                    (c, item) -> DescribeListenersResponse.builder().listeners(c.describeListenersPaginator(r -> r
                            .loadBalancerArn(Extract.text(item, "LoadBalancerArn")).pageSize(400)).listeners().stream()
                            .toList()).build(), Extract.member("Listeners")))
            .detail(Detail.of("Attributes", Operation.of(SERVICE, "DescribeLoadBalancerAttributes"),
                    (c, item) -> c.describeLoadBalancerAttributes(r -> r.loadBalancerArn(
                            Extract.text(item, "LoadBalancerArn"))), Extract.member("Attributes")))
            .id("LoadBalancerName").name("LoadBalancerName")
            .uid(Uid.field("LoadBalancerArn"))
            .build();

    /** Attributes: LoadBalancerAttributes; PolicyDescriptions: the load balancer's own policies. */
    public static final ResourceSpec<ElasticLoadBalancingClient> CLASSIC = ResourceSpec
            .builder("aws.elb.load_balancer", ELB)
            .list(Operation.of(SERVICE, "DescribeLoadBalancers"),
                    c -> c.describeLoadBalancersPaginator(r -> r.pageSize(400)).loadBalancerDescriptions().stream())
            .detail(Detail.of("Attributes", Operation.of(SERVICE, "DescribeLoadBalancerAttributes"),
                    (c, item) -> c.describeLoadBalancerAttributes(r -> r.loadBalancerName(
                            Extract.text(item, "LoadBalancerName"))), Extract.member("LoadBalancerAttributes")))
            .detail(Detail.of("PolicyDescriptions", Operation.of(SERVICE, "DescribeLoadBalancerPolicies"),
                    (c, item) -> c.describeLoadBalancerPolicies(r -> r.loadBalancerName(
                            Extract.text(item, "LoadBalancerName"))), Extract.member("PolicyDescriptions")))
            .id("LoadBalancerName").name("LoadBalancerName")
            .uid(Uid.template("arn:aws:elasticloadbalancing:{region}:{account}:loadbalancer/{id}"))
            .build();
}
