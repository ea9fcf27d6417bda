package dev.vigil.collect.engine;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps raw HTTP traffic out of the logs whatever level they are set to. Apache HttpClient (the AWS SDK's
 * transport) logs every header and body byte at FINE/DEBUG on {@code org.apache.http.wire} and
 * {@code org.apache.http.headers} — STS session credentials included — and the Google HTTP client logs the first
 * 16 KB of every answer at CONFIG on {@code com.google.api.client.http.HttpTransport} — instance metadata and
 * startup scripts included; the JDK's {@code HttpURLConnection} under it logs every header at FINE, bearer tokens
 * included. All go through java.util.logging; these loggers are pinned at INFO, so turning on debug logging never
 * writes what the snapshot redacts, nor a credential (docs/snapshot.md, "Free-form values"). The AWS SDK's SigV4
 * signer, which logs session tokens at DEBUG through SLF4J, is held at INFO in the CLI's simplelogger.properties.
 */
public final class WireLogging {
    private static final List<String> WIRE = List.of("org.apache.http.wire", "org.apache.http.headers",
            "com.google.api.client.http.HttpTransport", "sun.net.www.protocol.http.HttpURLConnection");
    /** Held so that java.util.logging, which keeps loggers weakly, cannot forget their level. */
    private static final List<Logger> PINNED = WIRE.stream().map(Logger::getLogger).toList();

    private WireLogging() {}

    /** Idempotent; every collection job calls it before its first request. */
    public static void keepBodiesOut() {
        PINNED.forEach(logger -> logger.setLevel(Level.INFO));
    }
}
