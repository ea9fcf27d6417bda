package dev.vigil.fakecloud.org;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/** {@link ModelChecker}'s reading of the compute checks (Lambda, …) of docs/checks-aws.md. */
final class ComputeModelChecks {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> RESTRICTING = Set.of("aws:sourceaccount", "aws:sourcearn", "aws:sourceowner",
            "aws:principalorgid", "aws:principalaccount", "aws:principalarn", "aws:sourceorgid",
            "aws:principalorgpaths", "aws:sourceorgpaths");
    private static final Pattern ASYNC_SERVICE = Pattern.compile(
            "^(s3|sns|ses|events|iot|codecommit|config|logs(\\.[a-z0-9-]+)?)\\.amazonaws\\.com$");
    private static final List<String> SECRET_WORDS = List.of("SECRET", "PASSWORD", "PASSWD", "API_KEY", "APIKEY",
            "TOKEN", "PRIVATE_KEY", "ACCESS_KEY", "CREDENTIAL");
    private static final List<String> REFERENCE_SUFFIXES = List.of("_ARN", "_NAME", "_PATH", "_PARAM", "_PARAMETER");
    private static final Map<String, String> DEPRECATED = Map.ofEntries(Map.entry("python3.8", "2024-10-14"),
            Map.entry("python3.9", "2025-12-15"), Map.entry("nodejs16.x", "2024-06-12"),
            Map.entry("nodejs18.x", "2025-09-01"), Map.entry("nodejs20.x", "2026-04-30"));
    private static final Map<String, String> EKS_END_OF_STANDARD_SUPPORT = Map.of("1.28", "2024-11-26",
            "1.29", "2025-03-23", "1.30", "2025-07-23", "1.31", "2025-11-26", "1.32", "2026-03-23", "1.33", "2026-07-29");

    private ComputeModelChecks() {}

    static void run(String acct, RegionResources rr, Instant now, BiConsumer<String, String> fail) {
        for (LambdaFunction f : rr.compute().functions()) {
            String uid = f.arn(rr.region(), acct);
            JsonNode policy = f.policy() == null ? null : parse(f.policy());
            List<JsonNode> statements = statements(policy);
            if (statements.stream().anyMatch(s -> allow(s) && publicPrincipal(s.path("Principal"))
                    && !restricted(s.path("Condition")))) {
                fail.accept("lambda_function_policy_not_public", uid);
            }
            if ("NONE".equals(f.urlAuthType())) {
                fail.accept("lambda_function_url_auth_required", uid);
            }
            String date = f.runtime() == null ? null : DEPRECATED.get(f.runtime());
            if (date != null && !now.isBefore(LocalDate.parse(date).atStartOfDay().toInstant(ZoneOffset.UTC))) {
                fail.accept("lambda_function_runtime_supported", uid);
            }
            if (f.environment().keySet().stream().anyMatch(ComputeModelChecks::secretName)) {
                fail.accept("lambda_function_env_no_secret_names", uid);
            }
            boolean async = statements.stream().anyMatch(s -> allow(s) && services(s.path("Principal")).stream()
                    .anyMatch(p -> ASYNC_SERVICE.matcher(p).matches()));
            if (async && f.deadLetterArn() == null && f.onFailure() == null) {
                fail.accept("lambda_function_async_failure_destination", uid);
            }
            if (f.subnetIds().isEmpty()) {
                fail.accept("lambda_function_in_vpc", uid);
            }
        }
        for (EcrRepository r : rr.compute().repositories()) {
            String uid = r.arn(rr.region(), acct);
            EcrRegistryScanning registry = rr.compute().registryScanning();
            boolean enhanced = "ENHANCED".equals(registry.scanType());
            boolean scanned = enhanced ? covered(registry, r.name(), Set.of("SCAN_ON_PUSH", "CONTINUOUS_SCAN"))
                    : r.scanOnPush() || covered(registry, r.name(), Set.of("SCAN_ON_PUSH"));
            if (!scanned) {
                fail.accept("ecr_repository_scan_on_push", uid);
            }
            if (r.tagMutability().startsWith("MUTABLE")) {
                fail.accept("ecr_repository_tag_immutability", uid);
            }
            if (r.policy() != null && statements(parse(r.policy())).stream().anyMatch(s -> allow(s)
                    && publicPrincipal(s.path("Principal")) && !restricted(s.path("Condition")))) {
                fail.accept("ecr_repository_policy_not_public", uid);
            }
            if (r.lifecyclePolicy() == null) {
                fail.accept("ecr_repository_lifecycle_policy", uid);
            }
        }
        for (EksCluster c : rr.compute().clusters()) {
            String uid = c.arn(rr.region(), acct);
            if (c.publicEndpoint() && c.publicCidrs().stream().anyMatch(x -> x.equals("0.0.0.0/0") || x.equals("::/0"))) {
                fail.accept("eks_cluster_endpoint_not_public", uid);
            }
            if (!c.logTypes().containsAll(EksCluster.ALL_LOG_TYPES)) {
                fail.accept("eks_cluster_control_plane_logging", uid);
            }
            if (c.secretsKeyArn() == null) {
                fail.accept("eks_cluster_secrets_encryption", uid);
            }
            String end = EKS_END_OF_STANDARD_SUPPORT.get(c.version());
            if (end != null && !now.isBefore(LocalDate.parse(end).atStartOfDay().toInstant(ZoneOffset.UTC))) {
                fail.accept("eks_cluster_version_supported", uid);
            }
        }
        for (EcsTaskDefinition d : rr.compute().latestTaskDefinitions()) {
            String uid = d.arn(rr.region(), acct);
            if (d.containers().stream().anyMatch(EcsTaskDefinition.Container::privileged)) {
                fail.accept("ecs_task_definition_no_privileged_containers", uid);
            }
            if ("host".equals(d.networkMode())) {
                fail.accept("ecs_task_definition_no_host_network", uid);
            }
            if (d.containers().stream().anyMatch(c -> c.environment().keySet().stream()
                    .anyMatch(ComputeModelChecks::secretName))) {
                fail.accept("ecs_task_definition_env_no_secret_names", uid);
            }
            if (d.containers().stream().anyMatch(c -> !c.readonlyRootFilesystem())) {
                fail.accept("ecs_task_definition_readonly_root_filesystem", uid);
            }
            if (d.containers().stream().anyMatch(c -> c.user() == null || c.user().isEmpty() || c.user().equals("root")
                    || c.user().equals("0") || c.user().startsWith("root:") || c.user().startsWith("0:"))) {
                fail.accept("ecs_task_definition_non_root_user", uid);
            }
            if (d.containers().stream().anyMatch(c -> c.logDriver() == null || c.logDriver().isEmpty())) {
                fail.accept("ecs_task_definition_logging_configured", uid);
            }
        }
    }

    /** A rule of one of {@code frequencies} has a wildcard filter matching the whole repository name. */
    private static boolean covered(EcrRegistryScanning registry, String name, Set<String> frequencies) {
        return registry.rules().stream().filter(r -> frequencies.contains(r.frequency()))
                .flatMap(r -> r.filters().stream())
                .anyMatch(f -> name.matches(Pattern.quote(f).replace("*", "\\E.*\\Q")));
    }

    static boolean secretName(String key) {
        String name = key.toUpperCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(name::contains) && REFERENCE_SUFFIXES.stream().noneMatch(name::endsWith);
    }

    private static boolean allow(JsonNode s) {
        return "Allow".equals(s.path("Effect").asText());
    }

    private static boolean publicPrincipal(JsonNode p) {
        return p.isTextual() && p.asText().equals("*") || list(p.path("AWS")).contains("*");
    }

    private static List<String> services(JsonNode p) {
        return list(p.path("Service"));
    }

    /** A restricting key under an operator that is not a negation. */
    private static boolean restricted(JsonNode condition) {
        for (Iterator<Map.Entry<String, JsonNode>> ops = condition.fields(); ops.hasNext(); ) {
            Map.Entry<String, JsonNode> op = ops.next();
            if (op.getKey().contains("Not")) {
                continue;
            }
            for (Iterator<String> keys = op.getValue().fieldNames(); keys.hasNext(); ) {
                if (RESTRICTING.contains(keys.next().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> list(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isTextual()) {
            out.add(node.asText());
        } else if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    private static List<JsonNode> statements(JsonNode doc) {
        List<JsonNode> out = new ArrayList<>();
        if (doc != null) {
            JsonNode st = doc.path("Statement");
            if (st.isArray()) {
                st.forEach(out::add);
            } else if (st.isObject()) {
                out.add(st);
            }
        }
        return out;
    }

    private static JsonNode parse(String document) {
        try {
            return JSON.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
