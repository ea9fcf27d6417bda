package dev.vigil.fakecloud.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Generates an account's Route 53 hosted zones: a clean public zone (DNSSEC signing, query logging to CloudWatch
 * Logs), a private zone (neither: both are public-zone settings, so it is not judged), and one public zone per
 * planted misconfiguration, a copy of the clean one with one setting changed.
 */
final class DnsGenerator {
    private final AccountContext ctx;
    private final List<HostedZone> zones = new ArrayList<>();

    DnsGenerator(AccountContext ctx) {
        this.ctx = ctx;
    }

    List<HostedZone> generate() {
        zones.add(zone("app", false, true, true));
        zones.add(zone("internal", true, false, false));
        plant(Plant.R53_NO_DNSSEC, zone("legacy", false, false, true));
        plant(Plant.R53_NO_QUERY_LOGGING, zone("quiet", false, true, false));
        return List.copyOf(zones);
    }

    private void plant(Plant plant, HostedZone zone) {
        if (ctx.has(plant)) {
            zones.add(zone);
            ctx.found(plant, zone.arn());
        }
    }

    private HostedZone zone(String label, boolean privateZone, boolean signing, boolean logged) {
        String id = "Z" + ctx.ids().hex(20).toUpperCase(Locale.ROOT);
        String name = label + "." + (privateZone ? "corp" + ctx.index() + ".internal." : "acct" + ctx.index() + ".example.com.");
        String group = logged ? ctx.arn("logs", "us-east-1", "log-group:/aws/route53/" + name.substring(0, name.length() - 1))
                : null;
        return new HostedZone(id, name, privateZone, signing, group);
    }
}
