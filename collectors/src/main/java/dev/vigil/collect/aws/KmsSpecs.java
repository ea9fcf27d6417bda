package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.KMS;

import dev.vigil.collect.engine.Detail;
import dev.vigil.collect.engine.Extract;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import software.amazon.awssdk.services.kms.KmsClient;

/** Customer-managed KMS keys, per region. */
public final class KmsSpecs {
    private KmsSpecs() {}

    public static final ResourceSpec<KmsClient> KEY = ResourceSpec.builder("aws.kms.key", KMS)
            .list(Operation.of("kms", "ListKeys"), c -> c.listKeysPaginator(r -> r.limit(1000)).keys().stream())
            .prepare(Detail.merge(Operation.of("kms", "DescribeKey"),
                    (c, item) -> c.describeKey(r -> r.keyId(Extract.text(item, "KeyId"))), Extract.member("KeyMetadata")))
            .keep(item -> "CUSTOMER".equals(Extract.text(item, "KeyManager")))
            .detail(Detail.of("KeyRotationEnabled", Operation.of("kms", "GetKeyRotationStatus"),
                    (c, item) -> c.getKeyRotationStatus(r -> r.keyId(Extract.text(item, "KeyId"))),
                    Extract.member("KeyRotationEnabled"), "UnsupportedOperationException"))
            .detail(Detail.of("KeyPolicy", Operation.of("kms", "GetKeyPolicy"),
                    (c, item) -> c.getKeyPolicy(r -> r.keyId(Extract.text(item, "KeyId")).policyName("default")),
                    Extract.member("Policy")))
            .detail(Detail.of("Tags", Operation.of("kms", "ListResourceTags"),
                    (c, item) -> c.listResourceTags(r -> r.keyId(Extract.text(item, "KeyId"))), Extract.member("Tags")))
            .id("KeyId").name("Description").tags("Tags")
            .uid((account, region, id, item) -> item.hasNonNull("Arn") ? item.get("Arn").asText()
                    : "arn:aws:kms:" + region + ":" + account + ":key/" + id)
            .build();
}
