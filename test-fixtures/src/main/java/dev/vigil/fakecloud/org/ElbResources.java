package dev.vigil.fakecloud.org;

import java.util.List;

/** The load balancers (ELBv2 and Classic) of one region. */
public record ElbResources(List<LoadBalancerV2> v2, List<ClassicLoadBalancer> classic) {
    public static final ElbResources NONE = new ElbResources(List.of(), List.of());
}
