package dev.vigil.fakecloud.org;

import java.util.List;

/** The compute and container resources of one region (issue #11, compute slice). */
public record ComputeResources(List<LambdaFunction> functions, List<EcrRepository> repositories,
        EcrRegistryScanning registryScanning, List<EksCluster> clusters) {
    public static final ComputeResources NONE = new ComputeResources(List.of(), List.of(), EcrRegistryScanning.DEFAULT,
            List.of());
}
