package dev.vigil.fakecloud.gcp;

import static dev.vigil.fakecloud.gcp.GcpPolicyJson.binding;
import static dev.vigil.fakecloud.gcp.GcpPolicyJson.iamPolicy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.org.Canary;
import dev.vigil.fakecloud.org.Finding;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * One project's Cloud Run services (the Cloud Run Admin v1 {@code Service}, Knative shape) and 1st gen Cloud
 * Functions (Cloud Functions v1 {@code CloudFunction}) as Cloud Asset Inventory returns them, with their IAM
 * policies. Environment variables carry secrets on purpose: they must reach the snapshot as hashes only.
 */
final class GcpServerlessAssets {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGION = GcpOrgGenerator.REGION;

    private final GcpProject p;
    private final Set<GcpPlant> plants;
    private final List<String> ancestors;
    private final Instant now;
    private final List<GcpAsset> assets;
    private final List<Finding> findings;
    private final String id;

    GcpServerlessAssets(GcpProject p, Set<GcpPlant> plants, List<String> ancestors, Instant now,
                        List<GcpAsset> assets, List<Finding> findings) {
        this.p = p;
        this.plants = plants;
        this.ancestors = ancestors;
        this.now = now;
        this.assets = assets;
        this.findings = findings;
        this.id = p.projectId();
    }

    void build() {
        service("api", null);
        function("hook", null);
        for (GcpPlant plant : List.of(GcpPlant.RUN_PUBLIC_INVOKER, GcpPlant.RUN_INGRESS_ALL)) {
            if (plants.contains(plant)) {
                service("run-" + plant.name().substring(4).toLowerCase().replace('_', '-'), plant);
            }
        }
        for (GcpPlant plant : List.of(GcpPlant.FUNCTION_PUBLIC_INVOKER, GcpPlant.FUNCTION_INGRESS_DEFAULT,
                GcpPlant.FUNCTION_DEPRECATED_RUNTIME)) {
            if (plants.contains(plant)) {
                function("fn-" + plant.name().substring(9).toLowerCase().replace('_', '-'), plant);
            }
        }
    }

    private void add(String assetType, String uid, ObjectNode data, ObjectNode iam, GcpPlant plant) {
        assets.add(new GcpAsset(uid, assetType, ancestors, REGION, data, iam, List.of()));
        if (plant != null) {
            plant.checkIds().forEach(c -> findings.add(new Finding(c, uid)));
        }
    }

    private void service(String name, GcpPlant plant) {
        String uid = "//run.googleapis.com/projects/" + id + "/locations/" + REGION + "/services/" + name;
        ObjectNode s = JSON.createObjectNode().put("apiVersion", "serving.knative.dev/v1").put("kind", "Service");
        ObjectNode meta = s.putObject("metadata").put("name", name).put("namespace", String.valueOf(p.number()))
                .put("generation", 3).put("creationTimestamp", now.minus(60, ChronoUnit.DAYS).toString());
        meta.putObject("labels").put("cloud.googleapis.com/location", REGION).put("app", p.displayName())
                .put("env", p.labels().get("env"));
        ObjectNode annotations = meta.putObject("annotations")
                .put("serving.knative.dev/creator", "deployer@" + id + ".iam.gserviceaccount.com");
        annotations.put("run.googleapis.com/ingress", plant == GcpPlant.RUN_INGRESS_ALL ? "all"
                : "internal-and-cloud-load-balancing");
        ObjectNode template = s.putObject("spec").putObject("template");
        template.putObject("metadata").putObject("annotations").put("autoscaling.knative.dev/maxScale", "10")
                .put("run.googleapis.com/vpc-access-connector", "projects/" + id + "/locations/" + REGION
                        + "/connectors/main").put("run.googleapis.com/vpc-access-egress", "private-ranges-only");
        ObjectNode spec = template.putObject("spec").put("serviceAccountName",
                "run-" + name + "@" + id + ".iam.gserviceaccount.com").put("containerConcurrency", 80);
        ObjectNode container = spec.putArray("containers").addObject()
                .put("image", "us-docker.pkg.dev/" + id + "/apps/" + name + ":1.4.2");
        ArrayNode env = container.putArray("env");
        env.addObject().put("name", "LOG_LEVEL").put("value", "info");
        env.addObject().put("name", "DB_PASSWORD").put("value", Canary.token("gcp-run-env", uid));
        env.addObject().put("name", "API_KEY").putObject("valueFrom").putObject("secretKeyRef")
                .put("name", "db-password").put("key", "latest");
        container.putArray("ports").addObject().put("containerPort", 8080).put("name", "http1");
        ((ObjectNode) s.get("spec")).putArray("traffic").addObject().put("percent", 100).put("latestRevision", true);
        s.putObject("status").put("url", "https://" + name + "-" + Long.toString(p.number() % 100_000, 36)
                + "-uc.a.run.app").put("observedGeneration", 3);
        ObjectNode iam = iamPolicy();
        binding(iam, "roles/run.invoker", "serviceAccount:frontend@" + id + ".iam.gserviceaccount.com");
        if (plant == GcpPlant.RUN_PUBLIC_INVOKER) {
            binding(iam, "roles/run.invoker", "allUsers");
        }
        add("run.googleapis.com/Service", uid, s, iam, plant);
    }

    private void function(String name, GcpPlant plant) {
        String full = "projects/" + id + "/locations/" + REGION + "/functions/" + name;
        String uid = "//cloudfunctions.googleapis.com/" + full;
        ObjectNode f = JSON.createObjectNode().put("name", full).put("status", "ACTIVE").put("entryPoint", "handle")
                .put("runtime", plant == GcpPlant.FUNCTION_DEPRECATED_RUNTIME ? "nodejs16" : "python312")
                .put("timeout", "60s").put("availableMemoryMb", 256)
                .put("serviceAccountEmail", "fn-" + name + "@" + id + ".iam.gserviceaccount.com")
                .put("updateTime", now.minus(20, ChronoUnit.DAYS).toString()).put("versionId", "4")
                .put("dockerRegistry", "ARTIFACT_REGISTRY")
                .put("vpcConnector", "projects/" + id + "/locations/" + REGION + "/connectors/main")
                .put("vpcConnectorEgressSettings", "PRIVATE_RANGES_ONLY");
        if (plant != GcpPlant.FUNCTION_INGRESS_DEFAULT) {
            f.put("ingressSettings", "ALLOW_INTERNAL_ONLY");
        }
        f.putObject("httpsTrigger").put("url", "https://" + REGION + "-" + id + ".cloudfunctions.net/" + name)
                .put("securityLevel", "SECURE_ALWAYS");
        f.putObject("environmentVariables").put("MODE", "production")
                .put("WEBHOOK_SECRET", Canary.token("gcp-function-env", uid));
        f.putObject("buildEnvironmentVariables").put("PIP_INDEX_URL", "https://ci:"
                + Canary.token("gcp-function-build-env", uid) + "@pypi.vigil-demo.example/simple");
        f.putObject("labels").put("app", p.displayName()).put("env", p.labels().get("env"));
        ObjectNode iam = iamPolicy();
        binding(iam, "roles/cloudfunctions.invoker", "serviceAccount:scheduler@" + id + ".iam.gserviceaccount.com");
        if (plant == GcpPlant.FUNCTION_PUBLIC_INVOKER) {
            binding(iam, "roles/cloudfunctions.invoker", "allAuthenticatedUsers");
        }
        add("cloudfunctions.googleapis.com/CloudFunction", uid, f, iam, plant);
    }
}
