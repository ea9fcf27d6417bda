package dev.vigil.fakecloud.org;

import java.time.Instant;

/**
 * An ACM certificate.
 *
 * @param type         {@code AMAZON_ISSUED}, {@code IMPORTED} or {@code PRIVATE}
 * @param keyAlgorithm as ListCertificates names it ({@code RSA_2048}, {@code EC_prime256v1}, …)
 * @param status       {@code ISSUED}, {@code EXPIRED}, …
 * @param ctLogging    Options.CertificateTransparencyLoggingPreference is {@code ENABLED}
 */
public record AcmCertificate(String id, String domain, String type, String keyAlgorithm, String status,
        Instant notBefore, Instant notAfter, boolean inUse, boolean ctLogging) {

    public String arn(String region, String accountId) {
        return "arn:aws:acm:" + region + ":" + accountId + ":certificate/" + id;
    }
}
