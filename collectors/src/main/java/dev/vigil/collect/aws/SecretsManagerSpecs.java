package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.SECRETS_MANAGER;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.collect.engine.Detail;
import dev.vigil.collect.engine.Extract;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Secrets Manager secrets, per region: the ListSecrets metadata (rotation, dates, KMS key) and the resource policy
 * (GetResourcePolicy, decoded). Vigil never calls GetSecretValue or BatchGetSecretValue: no secret value is read. The
 * free-form {@code Description} and the {@code Tags} (values may be anything) are dropped before the snapshot.
 */
public final class SecretsManagerSpecs {
    private SecretsManagerSpecs() {}

    static void redact(ObjectNode secret) {
        secret.remove("Description");
        secret.remove("Tags");
    }

    public static final ResourceSpec<SecretsManagerClient> SECRET = ResourceSpec.builder("aws.secretsmanager.secret",
                    SECRETS_MANAGER)
            .list(Operation.of("secretsmanager", "ListSecrets"),
                    c -> c.listSecretsPaginator(r -> r.maxResults(100)).stream().flatMap(p -> p.secretList().stream()))
            .redact(SecretsManagerSpecs::redact)
            .detail(Detail.of("Policy", Operation.of("secretsmanager", "GetResourcePolicy"),
                    (c, item) -> c.getResourcePolicy(r -> r.secretId(Extract.text(item, "ARN"))),
                    Extract.member("ResourcePolicy")))
            .id("Name").name("Name")
            .uid(Uid.field("ARN"))
            .build();
}
