package dev.vigil.fakecloud.org;

/**
 * An EventBridge event bus.
 *
 * @param policy the resource-based policy (JSON), or null
 */
public record EventBus(String name, String policy) {

    public String arn(String region, String accountId) {
        return "arn:aws:events:" + region + ":" + accountId + ":event-bus/" + name;
    }
}
