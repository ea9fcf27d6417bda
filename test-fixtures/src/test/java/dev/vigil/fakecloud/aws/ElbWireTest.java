package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.Plant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticloadbalancing.ElasticLoadBalancingClient;
import software.amazon.awssdk.services.elasticloadbalancing.model.LoadBalancerDescription;
import software.amazon.awssdk.services.elasticloadbalancing.model.PolicyAttributeDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ActionTypeEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ElasticLoadBalancingV2Exception;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerAttribute;

/** ELBv2 and Classic ELB through the SDK clients: both APIs on the one elasticloadbalancing endpoint. */
class ElbWireTest extends WireTestBase {

    @Test
    void v2LoadBalancersListenersAndAttributes() {
        AccountResources r = plantedWith(Plant.ALB_HTTP_NO_REDIRECT);
        String region = org.regions().get(0);
        ElasticLoadBalancingV2Client elb = clients.build(ElasticLoadBalancingV2Client.builder(), assume(r.accountId()),
                region);
        List<LoadBalancer> lbs = elb.describeLoadBalancersPaginator(b -> b.pageSize(1)).loadBalancers().stream().toList();
        assertThat(lbs).hasSize(r.region(region).elb().v2().size()).extracting(LoadBalancer::typeAsString)
                .contains("application", "network");
        LoadBalancer plain = lbs.stream().filter(lb -> lb.loadBalancerName().equals("plain-http-alb")).findFirst()
                .orElseThrow();
        assertThat(plain.loadBalancerArn()).contains(":loadbalancer/app/plain-http-alb/");
        List<Listener> listeners = elb.describeListeners(b -> b.loadBalancerArn(plain.loadBalancerArn())).listeners();
        assertThat(listeners).extracting(Listener::port).containsExactly(80, 443);
        assertThat(listeners.get(0).defaultActions().get(0).type()).isEqualTo(ActionTypeEnum.FORWARD);
        assertThat(listeners.get(1).sslPolicy()).isEqualTo("ELBSecurityPolicy-TLS13-1-2-2021-06");
        LoadBalancer web = lbs.stream().filter(lb -> lb.loadBalancerName().equals("web-alb")).findFirst().orElseThrow();
        Listener http = elb.describeListeners(b -> b.loadBalancerArn(web.loadBalancerArn())).listeners().get(0);
        assertThat(http.defaultActions().get(0).redirectConfig().protocol()).isEqualTo("HTTPS");
        List<LoadBalancerAttribute> attributes = elb.describeLoadBalancerAttributes(b -> b
                .loadBalancerArn(web.loadBalancerArn())).attributes();
        assertThat(attributes).anySatisfy(a -> {
            assertThat(a.key()).isEqualTo("routing.http.desync_mitigation_mode");
            assertThat(a.value()).isEqualTo("defensive");
        });
        assertThatThrownBy(() -> elb.describeListeners(b -> b.loadBalancerArn(web.loadBalancerArn() + "0")))
                .isInstanceOf(ElasticLoadBalancingV2Exception.class);
    }

    @Test
    void classicLoadBalancersAttributesAndPolicies() {
        AccountResources r = plantedWith(Plant.CLB_WEAK_TLS);
        String region = org.regions().get(0);
        ElasticLoadBalancingClient elb = clients.build(ElasticLoadBalancingClient.builder(), assume(r.accountId()),
                region);
        List<LoadBalancerDescription> lbs = elb.describeLoadBalancersPaginator(b -> b.pageSize(1))
                .loadBalancerDescriptions().stream().toList();
        assertThat(lbs).hasSize(r.region(region).elb().classic().size());
        LoadBalancerDescription old = lbs.stream().filter(lb -> lb.loadBalancerName().equals("old-tls-elb")).findFirst()
                .orElseThrow();
        assertThat(old.listenerDescriptions().get(0).listener().protocol()).isEqualTo("HTTPS");
        assertThat(old.listenerDescriptions().get(0).policyNames()).containsExactly("old-tls-elb-ssl-negotiation");
        var attributes = elb.describeLoadBalancerAttributes(b -> b.loadBalancerName("old-tls-elb"))
                .loadBalancerAttributes();
        assertThat(attributes.accessLog().enabled()).isTrue();
        assertThat(attributes.additionalAttributes().get(0).value()).isEqualTo("defensive");
        List<PolicyAttributeDescription> policy = elb.describeLoadBalancerPolicies(b -> b.loadBalancerName("old-tls-elb"))
                .policyDescriptions().get(0).policyAttributeDescriptions();
        assertThat(policy).anySatisfy(a -> {
            assertThat(a.attributeName()).isEqualTo("Protocol-TLSv1");
            assertThat(a.attributeValue()).isEqualTo("true");
        });
    }
}
