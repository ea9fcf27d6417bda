package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.Canary;
import dev.vigil.fakecloud.org.Domain;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.List;
import java.util.Set;

/**
 * Route 53 Domains (JSON 1.1, {@code Route53Domains_v20140515}), served by us-east-1 only as AWS does: ListDomains
 * and GetDomainDetail. Contacts carry canary values: none may reach a snapshot.
 */
public final class Route53DomainsHandler implements ServiceHandler {
    private static final String ONLY_REGION = "us-east-1";

    private final SyntheticOrg org;
    private final JsonPages pages;

    public Route53DomainsHandler(SyntheticOrg org, FakeCloudOptions options) {
        this.org = org;
        this.pages = new JsonPages(options.maxPageSize());
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("ListDomains", "GetDomainDetail");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        if (!request.region().equals(ONLY_REGION)) {
            throw new AwsError(400, "UnrecognizedClientException", "Route 53 Domains is only available in us-east-1");
        }
        JsonNode in = JsonProtocol.body(request);
        List<Domain> domains = org.resources(request.accountId()).map(r -> r.regions().values().stream()
                .filter(rr -> rr.edgeSecurity() != null).flatMap(rr -> rr.edgeSecurity().domains().stream()).toList())
                .orElse(List.of());
        ObjectNode out = switch (operation) {
            case "ListDomains" -> pages.page(in, domains, "Domains", "Marker", "MaxItems", "NextPageMarker",
                    "InvalidInput", (list, d) -> list.addObject().put("DomainName", d.name())
                            .put("AutoRenew", d.autoRenew()).put("TransferLock", d.transferLock())
                            .put("Expiry", JsonProtocol.epoch(d.expires())));
            case "GetDomainDetail" -> {
                String name = JsonPages.required(in, "DomainName");
                Domain d = domains.stream().filter(x -> x.name().equals(name)).findFirst()
                        .orElseThrow(() -> new AwsError(400, "InvalidInput", "Domain " + name + " not found."));
                yield detail(d);
            }
            default -> throw new AwsError(400, "UnknownOperationException", operation);
        };
        return JsonProtocol.respond(out);
    }

    private static ObjectNode detail(Domain d) {
        ObjectNode o = JsonProtocol.object().put("DomainName", d.name()).put("AutoRenew", d.autoRenew())
                .put("AdminPrivacy", true).put("RegistrantPrivacy", d.registrantPrivacy()).put("TechPrivacy", true)
                .put("BillingPrivacy", true).put("RegistrarName", "Amazon Registrar, Inc.")
                .put("WhoIsServer", "whois.registrar.amazon")
                .put("RegistrarUrl", "https://registrar.amazon.com").put("AbuseContactEmail", "abuse@amazonaws.com")
                .put("CreationDate", JsonProtocol.epoch(d.created())).put("UpdatedDate", JsonProtocol.epoch(d.created()))
                .put("ExpirationDate", JsonProtocol.epoch(d.expires())).put("DnsSec", "DISABLED");
        o.putArray("Nameservers").addObject().put("Name", "ns-1.awsdns-01.org");
        for (String role : List.of("AdminContact", "RegistrantContact", "TechContact", "BillingContact")) {
            contact(o.putObject(role), d, role);
        }
        ArrayNode status = o.putArray("StatusList");
        if (d.transferLock()) {
            status.add("clientTransferProhibited");
        }
        status.add("clientUpdateProhibited");
        return o;
    }

    /** A person's contact; every value a canary derived from domain and role. */
    private static void contact(ObjectNode c, Domain d, String role) {
        String scope = d.name() + "/" + role;
        c.put("FirstName", Canary.token("domain-first-name", scope)).put("LastName", Canary.token("domain-last-name", scope))
                .put("ContactType", "PERSON").put("AddressLine1", Canary.token("domain-address", scope))
                .put("City", "Seattle").put("CountryCode", "US").put("ZipCode", "98101")
                .put("PhoneNumber", "+1.2065550100").put("Email", Canary.token("domain-email", scope) + "@example.com");
    }
}
