package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An EC2 launch template and its versions (numbered from 1).
 *
 * @param defaultVersion the version number launched when a caller asks for {@code $Default}
 */
public record LaunchTemplate(String id, String name, int defaultVersion, List<Version> versions, Instant created,
        Map<String, String> tags) {

    public int latestVersion() {
        return versions.size();
    }

    public Version version(int number) {
        return versions.get(number - 1);
    }

    /**
     * @param httpTokens {@code required} or {@code optional}; null when the version sets no metadata options
     * @param associatePublicIp the first network interface's AssociatePublicIpAddress; null when the version has no
     *                          network interface
     * @param userData the (decoded) startup script; null when there is none
     */
    public record Version(String imageId, String instanceType, String httpTokens, Boolean associatePublicIp,
            String securityGroupId, String userData) {
    }
}
