package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.Plant;
import dev.vigil.fakecloud.org.SearchDomain;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.opensearch.OpenSearchClient;
import software.amazon.awssdk.services.opensearch.model.DomainInfo;
import software.amazon.awssdk.services.opensearch.model.DomainStatus;
import software.amazon.awssdk.services.opensearch.model.OpenSearchException;
import software.amazon.awssdk.services.opensearch.model.ResourceNotFoundException;

/** The SDK's OpenSearch client (REST-JSON) against the fake: names, DescribeDomains in batches, errors. */
class OpenSearchWireTest extends WireTestBase {

    private static String home(AccountResources r) {
        return r.regions().entrySet().stream().filter(e -> !e.getValue().dataStores().domains().isEmpty())
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private static OpenSearchClient client(AccountResources r) {
        return clients.build(OpenSearchClient.builder(), assume(r.accountId()), home(r));
    }

    @Test
    void describesDomainsFiveAtATime() {
        AccountResources r = plantedWith(Plant.OPENSEARCH_PUBLIC);
        OpenSearchClient search = client(r);
        List<String> names = search.listDomainNames(b -> { }).domainNames().stream().map(DomainInfo::domainName)
                .toList();
        assertThat(names).containsExactlyInAnyOrderElementsOf(
                r.region(home(r)).dataStores().domains().stream().map(SearchDomain::name).toList());
        List<DomainStatus> statuses = search.describeDomains(b -> b.domainNames(names.subList(0,
                Math.min(5, names.size())))).domainStatusList();
        assertThat(statuses).hasSize(Math.min(5, names.size()));
        DomainStatus clean = search.describeDomain(b -> b.domainName("search")).domainStatus();
        assertThat(clean.vpcOptions().vpcId()).startsWith("vpc-");
        assertThat(clean.encryptionAtRestOptions().enabled()).isTrue();
        assertThat(clean.nodeToNodeEncryptionOptions().enabled()).isTrue();
        assertThat(clean.domainEndpointOptions().tlsSecurityPolicyAsString()).isEqualTo(SearchDomain.TLS_1_2);
        assertThat(clean.advancedSecurityOptions().enabled()).isTrue();
        assertThat(clean.logPublishingOptionsAsStrings().get("AUDIT_LOGS").enabled()).isTrue();
        assertThat(clean.accessPolicies()).contains(":root");
        DomainStatus open = search.describeDomain(b -> b.domainName("public-search")).domainStatus();
        assertThat(open.vpcOptions()).isNull();
        assertThat(open.endpoint()).contains(".es.amazonaws.com");
        assertThat(open.accessPolicies()).contains("{\"AWS\":\"*\"}");
    }

    @Test
    void batchLimitUnknownDomainsAndWrites() {
        AccountResources r = plantedWith(Plant.OPENSEARCH_WEAK_TLS);
        OpenSearchClient search = client(r);
        assertThat(search.describeDomain(b -> b.domainName("tls10-search")).domainStatus().domainEndpointOptions()
                .tlsSecurityPolicyAsString()).isEqualTo(SearchDomain.TLS_1_0);
        assertThatThrownBy(() -> search.describeDomains(b -> b.domainNames("a", "b", "c", "d", "e", "f")))
                .isInstanceOf(OpenSearchException.class);
        assertThat(search.describeDomains(b -> b.domainNames("missing")).domainStatusList()).isEmpty();
        assertThatThrownBy(() -> search.describeDomain(b -> b.domainName("missing")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> search.deleteDomain(b -> b.domainName("search")))
                .isInstanceOfSatisfying(OpenSearchException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException"));
    }
}
