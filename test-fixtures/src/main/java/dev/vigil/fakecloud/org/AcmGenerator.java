package dev.vigil.fakecloud.org;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates an account's ACM certificates in its home region: clean ones (an RSA 2048 site certificate in use, an
 * unused ECDSA one that a listing without every key type misses, an imported RSA 4096 one, one expiring in 45 days and
 * an EXPIRED one, which no longer counts) and one per planted misconfiguration, each a copy of a clean one with one
 * setting changed.
 */
final class AcmGenerator {
    private final AccountContext ctx;
    private final String region;
    private final List<AcmCertificate> certificates = new ArrayList<>();

    AcmGenerator(AccountContext ctx, String region) {
        this.ctx = ctx;
        this.region = region;
    }

    List<AcmCertificate> generate() {
        certificates.add(cert("www", "AMAZON_ISSUED", "RSA_2048", "ISSUED", 200, true, true));
        certificates.add(cert("api", "AMAZON_ISSUED", "EC_prime256v1", "ISSUED", 300, false, true));
        certificates.add(cert("partner", "IMPORTED", "RSA_4096", "ISSUED", 500, true, true));
        certificates.add(cert("renewing", "AMAZON_ISSUED", "RSA_2048", "ISSUED", 45, true, true));
        certificates.add(cert("retired", "AMAZON_ISSUED", "RSA_2048", "EXPIRED", -20, false, true));
        plant(Plant.ACM_EXPIRING, cert("expiring", "AMAZON_ISSUED", "RSA_2048", "ISSUED", 10, ctx.index() % 2 == 0, true));
        plant(Plant.ACM_WEAK_RSA, cert("legacy", "IMPORTED", "RSA_1024", "ISSUED", 200, true, true));
        plant(Plant.ACM_CT_DISABLED, cert("intranet", "AMAZON_ISSUED", "RSA_2048", "ISSUED", 200, true, false));
        return List.copyOf(certificates);
    }

    private void plant(Plant plant, AcmCertificate certificate) {
        if (ctx.has(plant)) {
            certificates.add(certificate);
            ctx.found(plant, certificate.arn(region, ctx.accountId()));
        }
    }

    /** @param days until NotAfter (negative: expired that long ago) */
    private AcmCertificate cert(String label, String type, String key, String status, long days, boolean inUse,
            boolean ct) {
        java.time.Instant notAfter = ctx.now().plus(Duration.ofDays(days));
        return new AcmCertificate(ctx.ids().uuid(), label + ".acct" + ctx.index() + ".example.com", type, key, status,
                notAfter.minus(Duration.ofDays(395)), notAfter, inUse, ct);
    }
}
