package dev.vigil.fakecloud.org;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the ECS task definitions of an account's home region: a clean {@code web} family (awsvpc, a non-root
 * app container with a read-only root filesystem and awslogs, beside a clean log router) whose older ACTIVE revision
 * is privileged and runs as root — only the latest revision of a family is judged — and one family per planted
 * misconfiguration, each the clean latest revision with one setting changed. Environment values are canaries.
 */
final class EcsGenerator {
    private final AccountContext ctx;
    private final String region;
    private final List<EcsTaskDefinition> definitions = new ArrayList<>();

    EcsGenerator(AccountContext ctx, String region) {
        this.ctx = ctx;
        this.region = region;
    }

    List<EcsTaskDefinition> generate() {
        boolean even = ctx.index() % 2 == 0;
        definitions.add(new EcsTaskDefinition("web", 1, "awsvpc", List.of(new EcsTaskDefinition.Container("app",
                "nginx:1.25", true, false, null, null, env("web", 1, "LOG_LEVEL"))), ctx.daysAgo(200), Map.of()));
        definitions.add(definition("web", 2, "awsvpc", app("web", 2, "1000:1000", "LOG_LEVEL", "DB_PASSWORD_SECRET_ARN")));
        plant(Plant.ECS_PRIVILEGED, definition("privileged", 1, "awsvpc", container("privileged", 1, true, true,
                "1000", "awslogs")));
        plant(Plant.ECS_HOST_NETWORK, definition("host-net", 1, "host", app("host-net", 1, "1000", "LOG_LEVEL")));
        plant(Plant.ECS_SECRET_ENV, definition("billing", 1, "awsvpc", app("billing", 1, "1000", "LOG_LEVEL",
                even ? "STRIPE_API_KEY" : "db_password")));
        plant(Plant.ECS_WRITABLE_ROOT, definition("writable", 1, "awsvpc", container("writable", 1, false, false,
                "1000", "awslogs")));
        plant(Plant.ECS_ROOT_USER, definition("as-root", 1, "awsvpc", container("as-root", 1, false, true,
                even ? null : "root", "awslogs")));
        plant(Plant.ECS_NO_LOGGING, definition("silent", 1, "awsvpc", container("silent", 1, false, true, "1000",
                null)));
        return definitions;
    }

    private void plant(Plant plant, EcsTaskDefinition definition) {
        if (ctx.has(plant)) {
            definitions.add(definition);
            ctx.found(plant, definition.arn(region, ctx.accountId()));
        }
    }

    private EcsTaskDefinition definition(String family, int revision, String networkMode,
            EcsTaskDefinition.Container main) {
        EcsTaskDefinition.Container router = new EcsTaskDefinition.Container("log-router",
                "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable", false, true, "1000", "awslogs",
                env(family, revision, "FLB_LOG_LEVEL"));
        return new EcsTaskDefinition(family, revision, networkMode, List.of(main, router), ctx.daysAgo(30),
                ctx.requiredTags("containers"));
    }

    private EcsTaskDefinition.Container app(String family, int revision, String user, String... envKeys) {
        return new EcsTaskDefinition.Container("app", "app:" + revision, false, true, user, "awslogs",
                env(family, revision, envKeys));
    }

    private EcsTaskDefinition.Container container(String family, int revision, boolean privileged, boolean readOnly,
            String user, String logDriver) {
        return new EcsTaskDefinition.Container("app", "app:" + revision, privileged, readOnly, user, logDriver,
                env(family, revision, "LOG_LEVEL"));
    }

    private Map<String, String> env(String family, int revision, String... keys) {
        Map<String, String> env = new LinkedHashMap<>();
        String scope = "arn:aws:ecs:" + region + ":" + ctx.accountId() + ":task-definition/" + family + ":" + revision;
        for (String key : keys) {
            env.put(key, Canary.token("ecs-env-" + key.toLowerCase(java.util.Locale.ROOT).replace('_', '-'), scope));
        }
        return env;
    }
}
