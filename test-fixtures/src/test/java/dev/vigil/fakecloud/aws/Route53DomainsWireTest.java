package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.StaticCredentials;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.Domain;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.route53domains.Route53DomainsClient;
import software.amazon.awssdk.services.route53domains.model.DomainSummary;
import software.amazon.awssdk.services.route53domains.model.InvalidInputException;

/** Route 53 Domains in JSON 1.1 through the SDK client: us-east-1 only, summaries, details with canary contacts. */
class Route53DomainsWireTest extends WireTestBase {

    @Test
    void domainsPageAndCarryLockPrivacyAndRenewal() {
        // domain ARNs carry no account id: the planted account is found by its model
        AccountResources account = org.accounts().stream().filter(a -> a.active()
                && !a.id().equals(org.managementAccountId())).map(a -> org.resources(a.id()).orElseThrow())
                .filter(r -> r.regions().values().stream().flatMap(rr -> rr.edgeSecurity().domains().stream())
                        .anyMatch(d -> !d.transferLock())).findFirst().orElseThrow();
        StaticCredentials creds = assume(account.accountId());
        Route53DomainsClient domains = clients.build(Route53DomainsClient.builder(), creds, "us-east-1");
        List<DomainSummary> listed = domains.listDomainsPaginator(b -> b.maxItems(1)).domains().stream().toList();
        List<Domain> model = account.regions().values().stream().flatMap(rr -> rr.edgeSecurity().domains().stream())
                .toList();
        assertThat(listed).extracting(DomainSummary::domainName).containsExactlyElementsOf(model.stream()
                .map(Domain::name).toList());
        Domain clean = model.get(0);
        var detail = domains.getDomainDetail(b -> b.domainName(clean.name()));
        assertThat(detail.statusList()).contains("clientTransferProhibited");
        assertThat(detail.registrantPrivacy()).isTrue();
        assertThat(detail.autoRenew()).isTrue();
        assertThat(detail.registrantContact().email()).startsWith("VIGIL-CANARY-");
        Domain legacy = model.stream().filter(d -> !d.transferLock()).findFirst().orElseThrow();
        assertThat(domains.getDomainDetail(b -> b.domainName(legacy.name())).statusList())
                .doesNotContain("clientTransferProhibited");
        assertThat(listed).filteredOn(d -> d.domainName().equals(legacy.name())).singleElement()
                .satisfies(d -> assertThat(d.transferLock()).isFalse());
        assertThatThrownBy(() -> domains.getDomainDetail(b -> b.domainName("nope.example")))
                .isInstanceOf(InvalidInputException.class);
        Route53DomainsClient west = clients.build(Route53DomainsClient.builder(), creds, "eu-west-1");
        assertThatThrownBy(() -> west.listDomains(b -> { })).isInstanceOf(
                software.amazon.awssdk.services.route53domains.model.Route53DomainsException.class);
    }
}
