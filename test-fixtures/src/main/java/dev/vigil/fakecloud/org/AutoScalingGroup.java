package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An EC2 Auto Scaling group: launched from a launch template ({@code launchTemplateId}) or from a launch
 * configuration ({@code launchConfigurationName}), never both.
 */
public record AutoScalingGroup(String name, String launchTemplateId, String launchTemplateName,
        String launchConfigurationName, List<String> availabilityZones, List<String> subnetIds,
        List<String> targetGroupArns, String healthCheckType, int desired, Instant created, Map<String, String> tags) {

    public String arn(String region, String account) {
        return "arn:aws:autoscaling:" + region + ":" + account + ":autoScalingGroup:"
                + java.util.UUID.nameUUIDFromBytes((account + region + name).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + ":autoScalingGroupName/" + name;
    }
}
