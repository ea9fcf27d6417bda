package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.AcmCertificate;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * AWS Certificate Manager (JSON 1.1, {@code CertificateManager}): ListCertificates and DescribeCertificate of the
 * caller's account and region. As AWS does, a listing without {@code Includes.keyTypes} returns RSA_2048 certificates
 * only, and DescribeCertificate names key algorithms with a hyphen ({@code RSA-2048}).
 */
public final class AcmHandler implements ServiceHandler {
    private final SyntheticOrg org;
    private final JsonPages pages;

    public AcmHandler(SyntheticOrg org, FakeCloudOptions options) {
        this.org = org;
        this.pages = new JsonPages(options.maxPageSize());
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("ListCertificates", "DescribeCertificate");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        JsonNode in = JsonProtocol.body(request);
        String account = request.accountId();
        List<AcmCertificate> all = org.resources(account).map(r -> r.region(request.region()))
                .filter(rr -> rr != null && rr.edgeSecurity() != null).map(rr -> rr.edgeSecurity().certificates())
                .orElse(List.of());
        ObjectNode out = switch (operation) {
            case "ListCertificates" -> {
                Set<String> keyTypes = new HashSet<>(Set.of("RSA_2048"));
                JsonNode asked = in.path("Includes").path("keyTypes");
                if (asked.isArray() && !asked.isEmpty()) {
                    keyTypes.clear();
                    asked.forEach(k -> keyTypes.add(k.asText()));
                }
                Set<String> statuses = new HashSet<>();
                in.path("CertificateStatuses").forEach(s -> statuses.add(s.asText()));
                List<AcmCertificate> listed = all.stream().filter(c -> keyTypes.contains(c.keyAlgorithm())
                        && (statuses.isEmpty() || statuses.contains(c.status()))).toList();
                yield pages.page(in, listed, "CertificateSummaryList", "NextToken", "MaxItems", "NextToken",
                        "InvalidArgsException", (list, c) -> summary(list.addObject(), c, request.region(), account));
            }
            case "DescribeCertificate" -> {
                String arn = JsonPages.required(in, "CertificateArn");
                AcmCertificate c = all.stream().filter(x -> x.arn(request.region(), account).equals(arn)).findFirst()
                        .orElseThrow(() -> new AwsError(400, "ResourceNotFoundException", "Could not find certificate "
                                + arn + "."));
                ObjectNode o = JsonProtocol.object();
                detail(o.putObject("Certificate"), c, request.region(), account);
                yield o;
            }
            default -> throw new AwsError(400, "UnknownOperationException", operation);
        };
        return JsonProtocol.respond(out);
    }

    private static void summary(ObjectNode o, AcmCertificate c, String region, String account) {
        o.put("CertificateArn", c.arn(region, account)).put("DomainName", c.domain());
        o.putArray("SubjectAlternativeNameSummaries").add(c.domain());
        o.put("HasAdditionalSubjectAlternativeNames", false).put("Status", c.status()).put("Type", c.type())
                .put("KeyAlgorithm", c.keyAlgorithm()).put("InUse", c.inUse()).put("Exported", false)
                .put("RenewalEligibility", c.type().equals("AMAZON_ISSUED") && c.inUse() ? "ELIGIBLE" : "INELIGIBLE")
                .put("NotBefore", JsonProtocol.epoch(c.notBefore())).put("NotAfter", JsonProtocol.epoch(c.notAfter()))
                .put("CreatedAt", JsonProtocol.epoch(c.notBefore()));
    }

    private static void detail(ObjectNode o, AcmCertificate c, String region, String account) {
        o.put("CertificateArn", c.arn(region, account)).put("DomainName", c.domain());
        o.putArray("SubjectAlternativeNames").add(c.domain());
        var validation = o.putArray("DomainValidationOptions").addObject().put("DomainName", c.domain())
                .put("ValidationDomain", c.domain()).put("ValidationStatus", "SUCCESS").put("ValidationMethod", "DNS");
        validation.putObject("ResourceRecord").put("Name", "_x1." + c.domain() + ".").put("Type", "CNAME")
                .put("Value", "_x2.acm-validations.aws.");
        o.put("Serial", c.id().substring(0, 8)).put("Subject", "CN=" + c.domain())
                .put("Issuer", c.type().equals("IMPORTED") ? "Partner CA" : "Amazon")
                .put("CreatedAt", JsonProtocol.epoch(c.notBefore()))
                .put("NotBefore", JsonProtocol.epoch(c.notBefore())).put("NotAfter", JsonProtocol.epoch(c.notAfter()))
                .put("Status", c.status()).put("KeyAlgorithm", c.keyAlgorithm().replace('_', '-'))
                .put("SignatureAlgorithm", c.keyAlgorithm().startsWith("EC") ? "SHA256WITHECDSA" : "SHA256WITHRSA")
                .put("Type", c.type()).put("RenewalEligibility", c.type().equals("AMAZON_ISSUED") && c.inUse()
                        ? "ELIGIBLE" : "INELIGIBLE");
        if (c.type().equals("AMAZON_ISSUED")) {
            o.put("IssuedAt", JsonProtocol.epoch(c.notBefore()));
        } else {
            o.put("ImportedAt", JsonProtocol.epoch(c.notBefore()));
        }
        var inUseBy = o.putArray("InUseBy");
        if (c.inUse()) {
            inUseBy.add("arn:aws:elasticloadbalancing:" + region + ":" + account + ":loadbalancer/app/web/"
                    + c.id().substring(0, 16).replace("-", ""));
        }
        o.putArray("KeyUsages").addObject().put("Name", "DIGITAL_SIGNATURE");
        o.putArray("ExtendedKeyUsages").addObject().put("Name", "TLS_WEB_SERVER_AUTHENTICATION")
                .put("OID", "1.3.6.1.5.5.7.3.1");
        o.putObject("Options").put("CertificateTransparencyLoggingPreference", c.ctLogging() ? "ENABLED" : "DISABLED");
    }
}
