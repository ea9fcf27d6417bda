package dev.vigil.collect.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.collect.engine.Redaction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.model.DescribeTaskDefinitionResponse;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;

class EcsSpecsTest {

    @Test
    void onlyTheLatestRevisionOfEachFamilyIsKept() {
        String prefix = "arn:aws:ecs:us-east-1:111122223333:task-definition/";
        assertThat(EcsSpecs.latestPerFamily(Stream.of(prefix + "web:1", prefix + "web:10", prefix + "web:2",
                prefix + "api:3"))).extracting(TaskDefinition::taskDefinitionArn)
                .containsExactly(prefix + "web:10", prefix + "api:3");
    }

    @Test
    void environmentKeepsNamesAndHashesOnlyAndTagsBecomeAMap() {
        DescribeTaskDefinitionResponse response = DescribeTaskDefinitionResponse.builder()
                .taskDefinition(t -> t.family("web").revision(2).containerDefinitions(c -> c.name("app")
                        .environment(e -> e.name("DB_PASSWORD").value("hunter2"), e -> e.name("EMPTY"))))
                .tags(t -> t.key("team").value("a")).build();
        JsonNode out = EcsSpecs.describe(response);
        assertThat(out.toString()).doesNotContain("hunter2");
        JsonNode env = out.at("/containerDefinitions/0/environment");
        assertThat(env.get(0).path("name").asText()).isEqualTo("DB_PASSWORD");
        assertThat(env.get(0).path("sha256").asText()).isEqualTo(Redaction.sha256("hunter2"));
        assertThat(env.get(1).path("present").asBoolean()).isFalse();
        assertThat(out.path("tags").path("team").asText()).isEqualTo("a");
    }
}
