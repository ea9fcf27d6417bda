package dev.vigil.fakecloud.org;

import java.util.List;

/** An account's WAF web ACLs (both scopes) and Route 53 hosted zones, kept with its home region. */
public record EdgeSecurity(List<WebAcl> webAcls, List<HostedZone> hostedZones) {
    public static final EdgeSecurity NONE = new EdgeSecurity(List.of(), List.of());
}
