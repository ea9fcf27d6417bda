package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.ECS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.collect.engine.Detail;
import dev.vigil.collect.engine.Extract;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.Redaction;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import dev.vigil.collect.engine.SdkJson;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionStatus;

/**
 * ECS task definitions, per region: the latest ACTIVE revision of each family (ListTaskDefinitions, then
 * DescribeTaskDefinition with its tags). Plain environment variables of every container keep their names only:
 * {@code [{name, present, sha256}]}, the values replaced before the record is built.
 */
public final class EcsSpecs {
    private EcsSpecs() {}

    /** The latest revision of each family among ACTIVE task definition ARNs ({@code …:task-definition/family:rev}). */
    static Stream<TaskDefinition> latestPerFamily(Stream<String> arns) {
        Map<String, TaskDefinition> latest = new LinkedHashMap<>();
        arns.forEach(arn -> {
            int colon = arn.lastIndexOf(':');
            String family = arn.substring(arn.indexOf("task-definition/") + "task-definition/".length(), colon);
            int revision = Integer.parseInt(arn.substring(colon + 1));
            TaskDefinition seen = latest.get(family);
            if (seen == null || seen.revision() < revision) {
                latest.put(family, TaskDefinition.builder().taskDefinitionArn(arn).family(family).revision(revision)
                        .build());
            }
        });
        return latest.values().stream();
    }

    /** DescribeTaskDefinition's task definition and tags, every {@code environment[].value} replaced by its hash. */
    static JsonNode describe(SdkPojo response) {
        ObjectNode all = SdkJson.toJson(response);
        JsonNode definition = all.get("taskDefinition");
        if (!(definition instanceof ObjectNode out)) {
            return definition;
        }
        for (JsonNode container : out.path("containerDefinitions")) {
            JsonNode environment = container.get("environment");
            if (environment != null && environment.isArray() && container instanceof ObjectNode c) {
                ArrayNode names = c.arrayNode();
                environment.forEach(e -> names.addObject().put("name", e.path("name").asText())
                        .setAll(Redaction.fingerprint(e.get("value"))));
                c.set("environment", names);
            }
        }
        ObjectNode tags = out.putObject("tags");
        all.path("tags").forEach(t -> tags.put(t.path("key").asText(), t.path("value").asText()));
        return out;
    }

    public static final ResourceSpec<EcsClient> TASK_DEFINITION = ResourceSpec.builder("aws.ecs.task_definition", ECS)
            .list(Operation.of("ecs", "ListTaskDefinitions"), c -> latestPerFamily(c.listTaskDefinitionsPaginator(
                    r -> r.status(TaskDefinitionStatus.ACTIVE).maxResults(100)).taskDefinitionArns().stream()))
            .prepare(Detail.merge(Operation.of("ecs", "DescribeTaskDefinition"),
                    (c, item) -> c.describeTaskDefinition(r -> r.taskDefinition(Extract.text(item, "taskDefinitionArn"))
                            .includeWithStrings("TAGS")), EcsSpecs::describe))
            .id("taskDefinitionArn").name("family").tags("tags")
            .uid(Uid.field("taskDefinitionArn"))
            .build();
}
