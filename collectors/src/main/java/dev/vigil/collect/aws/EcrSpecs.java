package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.ECR;

import dev.vigil.collect.engine.Detail;
import dev.vigil.collect.engine.Extract;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import software.amazon.awssdk.services.ecr.EcrClient;

/**
 * ECR private repositories, per region, with their repository policy, lifecycle policy and the registry's scanning
 * configuration (registry-level scan-on-push and enhanced-scanning rules decide, with the repository's own flag,
 * whether pushed images are scanned).
 */
public final class EcrSpecs {
    private EcrSpecs() {}

    private static String name(com.fasterxml.jackson.databind.node.ObjectNode item) {
        return Extract.text(item, "repositoryName");
    }

    public static final ResourceSpec<EcrClient> REPOSITORY = ResourceSpec.builder("aws.ecr.repository", ECR)
            .list(Operation.of("ecr", "DescribeRepositories"),
                    c -> c.describeRepositoriesPaginator(r -> r.maxResults(1000)).repositories().stream())
            .detail(Detail.of("Policy", Operation.of("ecr", "GetRepositoryPolicy"),
                    (c, item) -> c.getRepositoryPolicy(r -> r.repositoryName(name(item))), Extract.member("policyText"),
                    "RepositoryPolicyNotFoundException"))
            .detail(Detail.of("LifecyclePolicy", Operation.of("ecr", "GetLifecyclePolicy"),
                    (c, item) -> c.getLifecyclePolicy(r -> r.repositoryName(name(item))),
                    Extract.members("lifecyclePolicyText", "lastEvaluatedAt"), "LifecyclePolicyNotFoundException"))
            .detail(Detail.of("RegistryScanningConfiguration", Operation.of("ecr", "GetRegistryScanningConfiguration"),
                    (c, item) -> c.getRegistryScanningConfiguration(r -> { }), Extract.member("scanningConfiguration")))
            .id("repositoryName").name("repositoryName")
            .uid(Uid.field("repositoryArn"))
            .build();
}
