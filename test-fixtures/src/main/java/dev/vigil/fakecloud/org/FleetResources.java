package dev.vigil.fakecloud.org;

import java.util.List;

/** Launch templates and Auto Scaling groups of one region (issue #11, compute slice 2). */
public record FleetResources(List<LaunchTemplate> launchTemplates, List<AutoScalingGroup> groups) {
    public static final FleetResources NONE = new FleetResources(List.of(), List.of());
}
