package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.EcsTaskDefinition;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Amazon ECS (JSON 1.1, {@code AmazonEC2ContainerServiceV20141113}): ListTaskDefinitions and DescribeTaskDefinition
 * of the caller's account and region (every generated revision is ACTIVE).
 */
public final class EcsHandler implements ServiceHandler {
    private final SyntheticOrg org;
    private final JsonPages pages;

    public EcsHandler(SyntheticOrg org, FakeCloudOptions options) {
        this.org = org;
        this.pages = new JsonPages(options.maxPageSize());
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("ListTaskDefinitions", "DescribeTaskDefinition");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        JsonNode in = JsonProtocol.body(request);
        List<EcsTaskDefinition> all = org.resources(request.accountId())
                .map(r -> r.region(request.region()).compute().taskDefinitions()).orElse(List.of());
        String region = request.region();
        String account = request.accountId();
        if ("ListTaskDefinitions".equals(operation)) {
            String status = JsonPages.text(in, "status");
            String prefix = JsonPages.text(in, "familyPrefix");
            List<EcsTaskDefinition> listed = "INACTIVE".equals(status) || "DELETE_IN_PROGRESS".equals(status)
                    ? List.of()
                    : all.stream().filter(d -> prefix == null || d.family().startsWith(prefix))
                            .sorted(Comparator.comparing(EcsTaskDefinition::family)
                                    .thenComparingInt(EcsTaskDefinition::revision)).toList();
            if ("DESC".equals(JsonPages.text(in, "sort"))) {
                listed = new java.util.ArrayList<>(listed);
                java.util.Collections.reverse(listed);
            }
            return JsonProtocol.respond(pages.page(in, listed, "taskDefinitionArns", "nextToken", "maxResults",
                    "nextToken", "InvalidParameterException", (list, d) -> list.add(d.arn(region, account))));
        }
        String wanted = JsonPages.required(in, "taskDefinition");
        EcsTaskDefinition d = all.stream().filter(x -> x.arn(region, account).equals(wanted)
                        || (x.family() + ":" + x.revision()).equals(wanted))
                .findFirst()
                .or(() -> all.stream().filter(x -> x.family().equals(wanted))
                        .max(Comparator.comparingInt(EcsTaskDefinition::revision)))
                .orElseThrow(() -> new AwsError(400, "ClientException", "Unable to describe task definition."));
        ObjectNode out = JsonProtocol.object();
        describe(out.putObject("taskDefinition"), d, region, account);
        ArrayNode tags = out.putArray("tags");
        boolean withTags = in.path("include").isArray() && in.path("include").toString().contains("TAGS");
        if (withTags) {
            d.tags().forEach((k, v) -> tags.addObject().put("key", k).put("value", v));
        }
        return JsonProtocol.respond(out);
    }

    private static void describe(ObjectNode o, EcsTaskDefinition d, String region, String account) {
        o.put("taskDefinitionArn", d.arn(region, account)).put("family", d.family()).put("revision", d.revision())
                .put("taskRoleArn", "arn:aws:iam::" + account + ":role/" + d.family() + "-task")
                .put("executionRoleArn", "arn:aws:iam::" + account + ":role/ecsTaskExecutionRole")
                .put("networkMode", d.networkMode()).put("status", "ACTIVE").put("cpu", "256").put("memory", "512")
                .put("registeredAt", JsonProtocol.epoch(d.registered()))
                .put("registeredBy", "arn:aws:sts::" + account + ":assumed-role/deployer/ci");
        o.putArray("requiresCompatibilities").add("host".equals(d.networkMode()) ? "EC2" : "FARGATE");
        ArrayNode containers = o.putArray("containerDefinitions");
        for (EcsTaskDefinition.Container c : d.containers()) {
            ObjectNode x = containers.addObject().put("name", c.name()).put("image", c.image()).put("essential", true)
                    .put("privileged", c.privileged()).put("readonlyRootFilesystem", c.readonlyRootFilesystem());
            if (c.user() != null) {
                x.put("user", c.user());
            }
            ArrayNode env = x.putArray("environment");
            c.environment().forEach((k, v) -> env.addObject().put("name", k).put("value", v));
            x.putArray("portMappings");
            if (c.logDriver() != null) {
                x.putObject("logConfiguration").put("logDriver", c.logDriver()).putObject("options")
                        .put("awslogs-group", "/ecs/" + d.family()).put("awslogs-region", region)
                        .put("awslogs-stream-prefix", c.name());
            }
        }
    }
}
