package dev.vigil.fakecloud.org;

import java.util.List;

/**
 * An account's WAF web ACLs (both scopes), Route 53 hosted zones, registered domains and ACM certificates, kept with
 * its home region.
 */
public record EdgeSecurity(List<WebAcl> webAcls, List<HostedZone> hostedZones, List<Domain> domains,
        List<AcmCertificate> certificates) {
    public static final EdgeSecurity NONE = new EdgeSecurity(List.of(), List.of(), List.of(), List.of());
}
