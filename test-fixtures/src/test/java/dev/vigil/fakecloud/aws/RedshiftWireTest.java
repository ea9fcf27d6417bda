package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.Plant;
import dev.vigil.fakecloud.org.RedshiftCluster;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.redshift.RedshiftClient;
import software.amazon.awssdk.services.redshift.model.Cluster;
import software.amazon.awssdk.services.redshift.model.ClusterNotFoundException;
import software.amazon.awssdk.services.redshift.model.Parameter;
import software.amazon.awssdk.services.redshift.model.RedshiftException;

/** The SDK's Redshift client (Query/XML) against the fake: clusters, logging status, paged parameters. */
class RedshiftWireTest extends WireTestBase {

    private static String home(AccountResources r) {
        return r.regions().entrySet().stream().filter(e -> !e.getValue().dataStores().warehouses().isEmpty())
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private static RedshiftClient client(AccountResources r) {
        return clients.build(RedshiftClient.builder(), assume(r.accountId()), home(r));
    }

    private static String requireSsl(RedshiftClient redshift, String group) {
        List<Parameter> all = redshift.describeClusterParametersPaginator(b -> b.parameterGroupName(group)
                .maxRecords(20)).parameters().stream().toList();
        assertThat(all).hasSizeGreaterThan(PAGE);
        return all.stream().filter(p -> p.parameterName().equals("require_ssl")).findFirst().orElseThrow()
                .parameterValue();
    }

    @Test
    void clustersAndTheirSettings() {
        AccountResources r = plantedWith(Plant.REDSHIFT_NO_REQUIRE_SSL);
        RedshiftClient redshift = client(r);
        List<Cluster> all = redshift.describeClustersPaginator(b -> b.maxRecords(20)).clusters().stream().toList();
        assertThat(all).extracting(Cluster::clusterIdentifier).containsExactlyInAnyOrderElementsOf(
                r.region(home(r)).dataStores().warehouses().stream().map(RedshiftCluster::id).toList());
        Cluster clean = all.stream().filter(c -> c.clusterIdentifier().equals("analytics")).findFirst().orElseThrow();
        assertThat(clean.publiclyAccessible()).isFalse();
        assertThat(clean.encrypted()).isTrue();
        assertThat(clean.automatedSnapshotRetentionPeriod()).isEqualTo(7);
        assertThat(clean.tags()).anyMatch(t -> t.key().equals("cost-center"));
        assertThat(requireSsl(redshift, clean.clusterParameterGroups().get(0).parameterGroupName())).isEqualTo("true");
        Cluster planted = all.stream().filter(c -> c.clusterIdentifier().equals("default-params-dw")).findFirst()
                .orElseThrow();
        assertThat(requireSsl(redshift, planted.clusterParameterGroups().get(0).parameterGroupName()))
                .isEqualTo("false");
        assertThat(redshift.describeLoggingStatus(b -> b.clusterIdentifier("analytics")).loggingEnabled()).isTrue();
    }

    @Test
    void loggingOffUnknownClustersAndWrites() {
        AccountResources r = plantedWith(Plant.REDSHIFT_NO_AUDIT_LOGGING);
        RedshiftClient redshift = client(r);
        assertThat(redshift.describeLoggingStatus(b -> b.clusterIdentifier("silent-dw")).loggingEnabled()).isFalse();
        assertThatThrownBy(() -> redshift.describeLoggingStatus(b -> b.clusterIdentifier("missing")))
                .isInstanceOf(ClusterNotFoundException.class);
        assertThatThrownBy(() -> redshift.deleteCluster(b -> b.clusterIdentifier("silent-dw")))
                .isInstanceOfSatisfying(RedshiftException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied"));
    }
}
