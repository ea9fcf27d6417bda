package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.Plant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.NetworkMode;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionField;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionStatus;

/** The SDK's ECS client lists and describes the fake's task definitions in JSON 1.1. */
class EcsWireTest extends WireTestBase {

    @Test
    void taskDefinitionsPageAndDescribeWithTags() {
        AccountResources account = plantedWith(Plant.ECS_HOST_NETWORK);
        String region = org.regions().get(0);
        EcsClient ecs = clients.build(EcsClient.builder(), assume(account.accountId()), region);
        List<String> arns = ecs.listTaskDefinitionsPaginator(b -> b.status(TaskDefinitionStatus.ACTIVE).maxResults(2))
                .taskDefinitionArns().stream().toList();
        assertThat(arns).hasSize(account.region(region).compute().taskDefinitions().size())
                .anyMatch(a -> a.endsWith(":task-definition/web:1")).anyMatch(a -> a.endsWith(":task-definition/web:2"));
        var described = ecs.describeTaskDefinition(b -> b.taskDefinition(arns.stream()
                .filter(a -> a.endsWith("/host-net:1")).findFirst().orElseThrow()).include(TaskDefinitionField.TAGS));
        TaskDefinition host = described.taskDefinition();
        assertThat(host.networkMode()).isEqualTo(NetworkMode.HOST);
        assertThat(host.containerDefinitions()).extracting(c -> c.name()).containsExactly("app", "log-router");
        assertThat(host.containerDefinitions().get(0).logConfiguration().logDriverAsString()).isEqualTo("awslogs");
        assertThat(described.tags()).extracting(t -> t.key()).contains("cost-center");
        assertThat(ecs.describeTaskDefinition(b -> b.taskDefinition("web")).taskDefinition().revision()).isEqualTo(2);
        assertThat(ecs.listTaskDefinitions(b -> b.status(TaskDefinitionStatus.INACTIVE)).taskDefinitionArns()).isEmpty();
    }
}
