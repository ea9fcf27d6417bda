package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.org.ClassicLoadBalancer;
import dev.vigil.fakecloud.org.LoadBalancerV2;

/** The XML members of ELBv2's LoadBalancer, Listener and attributes and of Classic's LoadBalancerDescription. */
final class ElbWriter {
    private final String accountId;
    private final String region;

    ElbWriter(String accountId, String region) {
        this.accountId = accountId;
        this.region = region;
    }

    String arn(LoadBalancerV2 lb) {
        return lb.arn(region, accountId);
    }

    void loadBalancer(XmlWriter x, LoadBalancerV2 lb) {
        x.leaf("LoadBalancerArn", arn(lb)).leaf("DNSName", lb.name() + "-" + lb.suffix().substring(0, 10) + "."
                + region + ".elb.amazonaws.com").leaf("CanonicalHostedZoneId", "Z35SXDOTRQ7X7K")
                .leaf("CreatedTime", lb.created()).leaf("LoadBalancerName", lb.name()).leaf("Scheme", "internet-facing")
                .leaf("VpcId", lb.vpcId()).start("State").leaf("Code", "active").end().leaf("Type", lb.type())
                .start("AvailabilityZones").start("member").leaf("ZoneName", region + "a").end().end()
                .leaf("IpAddressType", "ipv4");
    }

    void listener(XmlWriter x, LoadBalancerV2 lb, LoadBalancerV2.Listener l) {
        x.leaf("ListenerArn", arn(lb).replace(":loadbalancer/", ":listener/") + "/" + lb.suffix().substring(0, 8)
                + String.format("%08x", l.port())).leaf("LoadBalancerArn", arn(lb)).leaf("Port", l.port())
                .leaf("Protocol", l.protocol()).leaf("SslPolicy", l.sslPolicy());
        if (l.sslPolicy() != null) {
            x.start("Certificates").start("member").leaf("CertificateArn", "arn:aws:acm:" + region + ":" + accountId
                    + ":certificate/" + lb.suffix()).end().end();
        }
        x.start("DefaultActions").start("member").leaf("Order", 1);
        if (l.redirectToHttps()) {
            x.leaf("Type", "redirect").start("RedirectConfig").leaf("Protocol", "HTTPS").leaf("Port", "443")
                    .leaf("Host", "#{host}").leaf("Path", "/#{path}").leaf("Query", "#{query}")
                    .leaf("StatusCode", "HTTP_301").end();
        } else {
            x.leaf("Type", "forward").leaf("TargetGroupArn", "arn:aws:elasticloadbalancing:" + region + ":" + accountId
                    + ":targetgroup/" + lb.name() + "/" + lb.suffix());
        }
        x.end().end();
    }

    void attributes(XmlWriter x, LoadBalancerV2 lb) {
        x.start("Attributes");
        lb.attributes().forEach((k, v) -> x.start("member").leaf("Key", k).leaf("Value", v).end());
        x.end();
    }

    void classic(XmlWriter x, ClassicLoadBalancer lb) {
        x.leaf("LoadBalancerName", lb.name()).leaf("DNSName", lb.name() + "-1234567890." + region + ".elb.amazonaws.com")
                .leaf("CanonicalHostedZoneNameID", "Z35SXDOTRQ7X7K").start("ListenerDescriptions");
        for (ClassicLoadBalancer.Listener l : lb.listeners()) {
            x.start("member").start("Listener").leaf("Protocol", l.protocol()).leaf("LoadBalancerPort", l.port())
                    .leaf("InstanceProtocol", l.instanceProtocol()).leaf("InstancePort", l.instancePort());
            if (l.secure()) {
                x.leaf("SSLCertificateId", "arn:aws:acm:" + region + ":" + accountId + ":certificate/" + lb.name());
            }
            x.end().start("PolicyNames");
            if (l.secure()) {
                x.leaf("member", lb.policyName());
            }
            x.end().end();
        }
        x.end().start("Policies").empty("AppCookieStickinessPolicies").empty("LBCookieStickinessPolicies")
                .start("OtherPolicies").leaf("member", lb.policyName()).end().end()
                .empty("BackendServerDescriptions").start("AvailabilityZones").leaf("member", region + "a").end()
                .empty("Subnets").leaf("VPCId", lb.vpcId()).empty("Instances").leaf("CreatedTime", lb.created())
                .leaf("Scheme", "internet-facing");
    }

    void classicAttributes(XmlWriter x, ClassicLoadBalancer lb) {
        x.start("LoadBalancerAttributes").start("CrossZoneLoadBalancing").leaf("Enabled", true).end()
                .start("AccessLog").leaf("Enabled", lb.accessLog());
        if (lb.accessLog()) {
            x.leaf("S3BucketName", "elb-logs-" + accountId).leaf("EmitInterval", 60).leaf("S3BucketPrefix", lb.name());
        }
        x.end().start("ConnectionDraining").leaf("Enabled", true).leaf("Timeout", 300).end()
                .start("ConnectionSettings").leaf("IdleTimeout", 60).end()
                .start("AdditionalAttributes").start("member").leaf("Key", "elb.http.desyncmitigationmode")
                .leaf("Value", lb.desyncMode()).end().end().end();
    }

    /** The load balancer's SSL negotiation policy, with the protocol attributes its reference policy sets. */
    void classicPolicies(XmlWriter x, ClassicLoadBalancer lb) {
        x.start("PolicyDescriptions").start("member").leaf("PolicyName", lb.policyName())
                .leaf("PolicyTypeName", "SSLNegotiationPolicyType").start("PolicyAttributeDescriptions");
        attribute(x, "Reference-Security-Policy", lb.sslReference());
        attribute(x, "Protocol-SSLv3", "false");
        attribute(x, "Protocol-TLSv1", String.valueOf(lb.legacyProtocols()));
        attribute(x, "Protocol-TLSv1.1", String.valueOf(lb.legacyProtocols()));
        attribute(x, "Protocol-TLSv1.2", "true");
        attribute(x, "Server-Defined-Cipher-Order", "true");
        attribute(x, "ECDHE-RSA-AES128-GCM-SHA256", "true");
        x.end().end().end();
    }

    private static void attribute(XmlWriter x, String name, String value) {
        x.start("member").leaf("AttributeName", name).leaf("AttributeValue", value).end();
    }
}
