package dev.vigil.fakecloud.aws;

/**
 * How one service is served.
 *
 * @param name     the service name used in the call log and fault rules
 * @param regional whether calls must target an enabled region
 */
public record Route(String name, Protocol protocol, ServiceHandler handler, boolean regional) {
}
