package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.List;

/**
 * A Classic Load Balancer. Its HTTPS/SSL listeners use one SSL negotiation policy created from {@code sslReference};
 * {@code legacyProtocols}: that policy enables TLS 1.0 and 1.1 (as the 2016-08 reference policy does).
 *
 * @param desyncMode the {@code elb.http.desyncmitigationmode} attribute
 */
public record ClassicLoadBalancer(String name, String vpcId, List<Listener> listeners, String sslReference,
        boolean legacyProtocols, boolean accessLog, String desyncMode, Instant created) {

    public String arn(String region, String accountId) {
        return "arn:aws:elasticloadbalancing:" + region + ":" + accountId + ":loadbalancer/" + name;
    }

    public String policyName() {
        return name + "-ssl-negotiation";
    }

    public record Listener(String protocol, int port, String instanceProtocol, int instancePort) {
        public boolean secure() {
            return protocol.equals("HTTPS") || protocol.equals("SSL");
        }
    }
}
