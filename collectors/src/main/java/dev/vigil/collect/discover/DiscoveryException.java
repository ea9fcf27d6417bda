package dev.vigil.collect.discover;

/** Discovery cannot start (no Organizations access, no credentials): the scan cannot go on. */
public final class DiscoveryException extends RuntimeException {
    public DiscoveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
