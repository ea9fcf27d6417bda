package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An Elastic Load Balancing v2 load balancer (application or network) with its listeners and attributes.
 *
 * @param type       {@code application} or {@code network}
 * @param suffix     the 16 hex digits AWS puts at the end of the ARN
 * @param attributes DescribeLoadBalancerAttributes' keys and values
 */
public record LoadBalancerV2(String name, String type, String suffix, String vpcId, List<Listener> listeners,
        Map<String, String> attributes, Instant created) {

    public String arn(String region, String accountId) {
        return "arn:aws:elasticloadbalancing:" + region + ":" + accountId + ":loadbalancer/"
                + (type.equals("application") ? "app" : "net") + "/" + name + "/" + suffix;
    }

    /**
     * @param sslPolicy       for HTTPS and TLS listeners, else null
     * @param redirectToHttps the default action redirects to HTTPS (else it forwards to a target group)
     */
    public record Listener(int port, String protocol, String sslPolicy, boolean redirectToHttps) {
    }
}
