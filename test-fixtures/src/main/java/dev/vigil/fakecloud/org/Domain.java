package dev.vigil.fakecloud.org;

import java.time.Instant;

/**
 * A domain registered with Route 53 (global).
 *
 * @param transferLock      whether {@code clientTransferProhibited} is among its EPP status codes
 * @param registrantPrivacy privacy protection for the registrant contact
 */
public record Domain(String name, boolean autoRenew, boolean transferLock, boolean registrantPrivacy, Instant created,
        Instant expires) {

    public String arn() {
        return "arn:aws:route53domains:::domain/" + name;
    }
}
