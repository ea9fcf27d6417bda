package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.EksCluster;
import dev.vigil.fakecloud.org.Plant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.eks.model.Cluster;
import software.amazon.awssdk.services.eks.model.LogType;
import software.amazon.awssdk.services.eks.model.ResourceNotFoundException;

/** The SDK's EKS client lists and describes the fake's clusters in REST-JSON. */
class EksWireTest extends WireTestBase {

    @Test
    void clustersPageAndDescribeTheirSettings() {
        AccountResources account = plantedWith(Plant.EKS_LOGGING_INCOMPLETE);
        String region = org.regions().get(0);
        EksClient eks = clients.build(EksClient.builder(), assume(account.accountId()), region);
        List<String> names = eks.listClustersPaginator(b -> b.maxResults(2)).clusters().stream().toList();
        List<EksCluster> model = account.region(region).compute().clusters();
        assertThat(names).containsExactlyElementsOf(model.stream().map(EksCluster::name).toList());
        Cluster platform = eks.describeCluster(b -> b.name("platform")).cluster();
        assertThat(platform.arn()).isEqualTo(model.get(0).arn(region, account.accountId()));
        assertThat(platform.version()).isEqualTo("1.35");
        assertThat(platform.resourcesVpcConfig().endpointPublicAccess()).isFalse();
        assertThat(platform.logging().clusterLogging()).hasSize(1);
        assertThat(platform.logging().clusterLogging().get(0).types()).hasSize(5);
        assertThat(platform.encryptionConfig().get(0).provider().keyArn()).startsWith("arn:aws:kms:" + region);
        Cluster quiet = eks.describeCluster(b -> b.name("quiet")).cluster();
        assertThat(quiet.logging().clusterLogging()).filteredOn(l -> l.enabled())
                .flatExtracting(l -> l.types()).doesNotContain(LogType.CONTROLLER_MANAGER, LogType.SCHEDULER);
        assertThatThrownBy(() -> eks.describeCluster(b -> b.name("nope"))).isInstanceOf(ResourceNotFoundException.class);
        EksClient other = clients.build(EksClient.builder(), assume(account.accountId()), org.regions().get(1));
        assertThat(other.listClusters().clusters()).isEmpty();
    }
}
