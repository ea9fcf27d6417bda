package dev.vigil.fakecloud.org;

import java.util.List;

/** The RDS resources of one region. */
public record RdsResources(List<DbInstance> instances, List<DbCluster> clusters, List<DbSnapshot> snapshots) {
    public static final RdsResources NONE = new RdsResources(List.of(), List.of(), List.of());
}
