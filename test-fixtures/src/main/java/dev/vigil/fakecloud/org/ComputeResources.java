package dev.vigil.fakecloud.org;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compute and container resources of one region (issue #11, compute slice).
 *
 * @param taskDefinitions every ACTIVE revision; {@link #latestTaskDefinitions()} are the ones a collector keeps
 */
public record ComputeResources(List<LambdaFunction> functions, List<EcrRepository> repositories,
        EcrRegistryScanning registryScanning, List<EksCluster> clusters, List<EcsTaskDefinition> taskDefinitions) {
    public static final ComputeResources NONE = new ComputeResources(List.of(), List.of(), EcrRegistryScanning.DEFAULT,
            List.of(), List.of());

    /** The latest revision of each task definition family. */
    public List<EcsTaskDefinition> latestTaskDefinitions() {
        Map<String, EcsTaskDefinition> latest = new LinkedHashMap<>();
        for (EcsTaskDefinition d : taskDefinitions) {
            latest.merge(d.family(), d, (a, b) -> a.revision() >= b.revision() ? a : b);
        }
        return List.copyOf(latest.values());
    }
}
