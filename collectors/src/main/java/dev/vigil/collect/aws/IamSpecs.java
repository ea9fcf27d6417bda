package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.IAM;

import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import dev.vigil.collect.engine.Scope;
import software.amazon.awssdk.services.iam.IamClient;

/** IAM types that are plain lists (the principals and policies come from {@link IamCollector}). */
public final class IamSpecs {
    private IamSpecs() {}

    /** Server certificate metadata only: ListServerCertificates returns neither the body nor the chain. */
    public static final ResourceSpec<IamClient> SERVER_CERTIFICATE = ResourceSpec
            .builder("aws.iam.server_certificate", IAM)
            .scope(Scope.GLOBAL)
            .list(Operation.of("iam", "ListServerCertificates"),
                    c -> c.listServerCertificatesPaginator(r -> r.maxItems(100)).serverCertificateMetadataList().stream())
            .id("ServerCertificateName").name("ServerCertificateName")
            .uid(Uid.field("Arn"))
            .build();
}
