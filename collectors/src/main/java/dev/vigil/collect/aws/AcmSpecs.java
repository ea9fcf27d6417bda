package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.ACM;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.collect.engine.Detail;
import dev.vigil.collect.engine.Extract;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import java.util.List;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.acm.AcmClient;

/**
 * ACM certificates, per region, of every key type (ListCertificates without {@code Includes.keyTypes} returns RSA_2048
 * certificates only), with DescribeCertificate's detail minus the domain validation records.
 */
public final class AcmSpecs {
    private AcmSpecs() {}

    /** Every key type ACM knows, so that no certificate is filtered out of the listing. */
    static final List<String> KEY_TYPES = List.of("RSA_1024", "RSA_2048", "RSA_3072", "RSA_4096", "EC_prime256v1",
            "EC_secp384r1", "EC_secp521r1");

    static Function<SdkPojo, JsonNode> certificate() {
        Function<SdkPojo, JsonNode> member = Extract.member("Certificate");
        return response -> {
            JsonNode detail = member.apply(response);
            if (detail instanceof ObjectNode o) {
                o.remove("DomainValidationOptions");
            }
            return detail;
        };
    }

    public static final ResourceSpec<AcmClient> CERTIFICATE = ResourceSpec.builder("aws.acm.certificate", ACM)
            .list(Operation.of("acm", "ListCertificates"), c -> c.listCertificatesPaginator(r -> r.maxItems(100)
                    .includes(f -> f.keyTypesWithStrings(KEY_TYPES))).certificateSummaryList().stream())
            .detail(Detail.of("Certificate", Operation.of("acm", "DescribeCertificate"),
                    (c, item) -> c.describeCertificate(r -> r.certificateArn(Extract.text(item, "CertificateArn"))),
                    certificate()))
            .id("CertificateArn").name("DomainName")
            .uid(Uid.field("CertificateArn"))
            .build();
}
