package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.EcrRepository;
import dev.vigil.fakecloud.org.Plant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.LifecyclePolicyNotFoundException;
import software.amazon.awssdk.services.ecr.model.Repository;
import software.amazon.awssdk.services.ecr.model.RepositoryNotFoundException;
import software.amazon.awssdk.services.ecr.model.RepositoryPolicyNotFoundException;
import software.amazon.awssdk.services.ecr.model.ScanType;

/** The SDK's ECR client reads the fake's repositories, policies and registry scanning rules in JSON 1.1. */
class EcrWireTest extends WireTestBase {

    @Test
    void repositoriesPageAndCarryTheirSettings() {
        AccountResources account = plantedWith(Plant.ECR_NO_LIFECYCLE);
        String region = org.regions().get(0);
        EcrClient ecr = clients.build(EcrClient.builder(), assume(account.accountId()), region);
        List<Repository> listed = ecr.describeRepositoriesPaginator(b -> b.maxResults(2)).repositories().stream().toList();
        List<EcrRepository> model = account.region(region).compute().repositories();
        assertThat(listed).extracting(Repository::repositoryName)
                .containsExactlyElementsOf(model.stream().map(EcrRepository::name).toList());
        Repository api = listed.stream().filter(r -> r.repositoryName().equals("app/api")).findFirst().orElseThrow();
        assertThat(api.imageTagMutabilityAsString()).isEqualTo("IMMUTABLE");
        assertThat(api.repositoryArn()).isEqualTo(model.get(0).arn(region, account.accountId()));
        assertThat(ecr.getRepositoryPolicy(b -> b.repositoryName("app/api")).policyText()).contains("ecr:BatchGetImage");
        assertThat(ecr.getLifecyclePolicy(b -> b.repositoryName("app/api")).lifecyclePolicyText()).contains("expire");
        assertThatThrownBy(() -> ecr.getLifecyclePolicy(b -> b.repositoryName("app/keep-all")))
                .isInstanceOf(LifecyclePolicyNotFoundException.class);
        assertThatThrownBy(() -> ecr.getRepositoryPolicy(b -> b.repositoryName("nope")))
                .isInstanceOf(RepositoryNotFoundException.class);
        var scanning = ecr.getRegistryScanningConfiguration(b -> { }).scanningConfiguration();
        assertThat(scanning.scanType()).isIn(ScanType.BASIC, ScanType.ENHANCED);
        assertThat(scanning.rules()).isNotEmpty().allSatisfy(r -> assertThat(r.repositoryFilters()).isNotEmpty());
    }

    @Test
    void otherRegionsHaveNoRepositoriesAndNoPolicyIsNotFound() {
        AccountResources account = plantedWith(Plant.ECR_PUBLIC_POLICY);
        var creds = assume(account.accountId());
        EcrClient home = clients.build(EcrClient.builder(), creds, org.regions().get(0));
        assertThat(home.getRepositoryPolicy(b -> b.repositoryName("platform/open")).policyText()).doesNotContain("Condition");
        EcrClient other = clients.build(EcrClient.builder(), creds, org.regions().get(1));
        assertThat(other.describeRepositories().repositories()).isEmpty();
        assertThat(account.region(org.regions().get(0)).compute().repositories()).allSatisfy(r -> {
            if (r.policy() == null) {
                assertThatThrownBy(() -> home.getRepositoryPolicy(b -> b.repositoryName(r.name())))
                        .isInstanceOf(RepositoryPolicyNotFoundException.class);
            }
        });
    }
}
