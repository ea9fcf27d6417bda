package dev.vigil.fakecloud.org;

import java.time.Instant;

/** An IAM server certificate (metadata only: the fake never holds a certificate body or key). */
public record ServerCertificate(String name, String id, String arn, Instant uploaded, Instant expiration) {
}
