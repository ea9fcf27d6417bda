package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.ROUTE53_DOMAINS;

import dev.vigil.collect.engine.Detail;
import dev.vigil.collect.engine.Extract;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import dev.vigil.collect.engine.Scope;
import software.amazon.awssdk.services.route53domains.Route53DomainsClient;

/**
 * Domains registered with Route 53 (global; the API is served by us-east-1 only): the ListDomains summary plus, from
 * GetDomainDetail, the EPP status codes, the privacy flags and the dates. Contact details (names, addresses, phone
 * numbers, e-mail) are never kept: only the members named below reach the snapshot.
 */
public final class Route53DomainsSpecs {
    private Route53DomainsSpecs() {}

    public static final ResourceSpec<Route53DomainsClient> DOMAIN = ResourceSpec
            .builder("aws.route53domains.domain", ROUTE53_DOMAINS)
            .scope(Scope.GLOBAL)
            .list(Operation.of("route53domains", "ListDomains"),
                    c -> c.listDomainsPaginator(r -> r.maxItems(20)).domains().stream())
            .detail(Detail.of("Detail", Operation.of("route53domains", "GetDomainDetail"),
                    (c, item) -> c.getDomainDetail(r -> r.domainName(Extract.text(item, "DomainName"))),
                    Extract.members("StatusList", "AutoRenew", "AdminPrivacy", "RegistrantPrivacy", "TechPrivacy",
                            "BillingPrivacy", "CreationDate", "UpdatedDate", "ExpirationDate", "RegistrarName",
                            "DnsSec")))
            .id("DomainName").name("DomainName")
            .uid(Uid.template("arn:aws:route53domains:::domain/{id}"))
            .build();
}
