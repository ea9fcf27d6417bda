package dev.vigil.fakecloud.org;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates the domains an account registered with Route 53: a clean one (auto-renew, transfer lock, privacy for
 * every contact) and one per planted misconfiguration, a copy of the clean one with one setting changed.
 */
final class DomainGenerator {
    private final AccountContext ctx;
    private final List<Domain> domains = new ArrayList<>();

    DomainGenerator(AccountContext ctx) {
        this.ctx = ctx;
    }

    List<Domain> generate() {
        domains.add(domain("app", true, true, true));
        plant(Plant.DOMAIN_NO_TRANSFER_LOCK, domain("legacy", true, false, true));
        plant(Plant.DOMAIN_NO_AUTO_RENEW, domain("promo", false, true, true));
        plant(Plant.DOMAIN_NO_PRIVACY, domain("shop", true, true, false));
        return List.copyOf(domains);
    }

    private void plant(Plant plant, Domain domain) {
        if (ctx.has(plant)) {
            domains.add(domain);
            ctx.found(plant, domain.arn());
        }
    }

    private Domain domain(String label, boolean autoRenew, boolean lock, boolean privacy) {
        return new Domain(label + "-acct" + ctx.index() + ".com", autoRenew, lock, privacy, ctx.daysAgo(400),
                ctx.daysAgo(400).plus(java.time.Duration.ofDays(730)));
    }
}
