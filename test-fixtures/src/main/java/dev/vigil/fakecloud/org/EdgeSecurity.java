package dev.vigil.fakecloud.org;

import java.util.List;

/** An account's WAF web ACLs (both scopes, kept with its home region). */
public record EdgeSecurity(List<WebAcl> webAcls) {
    public static final EdgeSecurity NONE = new EdgeSecurity(List.of());
}
