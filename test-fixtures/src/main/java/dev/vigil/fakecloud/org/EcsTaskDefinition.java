package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One ACTIVE revision of an ECS task definition family. */
public record EcsTaskDefinition(String family, int revision, String networkMode, List<Container> containers,
        Instant registered, Map<String, String> tags) {

    public String arn(String region, String accountId) {
        return "arn:aws:ecs:" + region + ":" + accountId + ":task-definition/" + family + ":" + revision;
    }

    /**
     * A container definition.
     *
     * @param user        null when unset (the image's user, root for most images)
     * @param logDriver   logConfiguration.logDriver, or null without a log configuration
     * @param environment plain environment name → value (canaries)
     */
    public record Container(String name, String image, boolean privileged, boolean readonlyRootFilesystem, String user,
            String logDriver, Map<String, String> environment) {
    }
}
