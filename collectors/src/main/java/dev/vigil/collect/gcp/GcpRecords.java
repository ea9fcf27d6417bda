package dev.vigil.collect.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.cloud.resourcemanager.v3.Project;
import dev.vigil.collect.engine.Redaction;
import dev.vigil.snapshot.ResourceRecord;
import dev.vigil.snapshot.UnknownInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns Cloud Asset Inventory assets and the discovered projects into snapshot records (docs/snapshot.md, GCP). */
final class GcpRecords {
    static final String RESOURCE_MANAGER = "//cloudresourcemanager.googleapis.com/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("compute.googleapis.com/Project", "gcp.compute.project"),
            Map.entry("compute.googleapis.com/Network", "gcp.compute.network"),
            Map.entry("compute.googleapis.com/Subnetwork", "gcp.compute.subnetwork"),
            Map.entry("compute.googleapis.com/Firewall", "gcp.compute.firewall"),
            Map.entry("compute.googleapis.com/Instance", "gcp.compute.instance"),
            Map.entry("storage.googleapis.com/Bucket", "gcp.storage.bucket"),
            Map.entry("cloudkms.googleapis.com/CryptoKey", "gcp.kms.crypto_key"),
            Map.entry("iam.googleapis.com/ServiceAccount", "gcp.iam.service_account"),
            Map.entry("sqladmin.googleapis.com/Instance", "gcp.sql.instance"),
            Map.entry("bigquery.googleapis.com/Dataset", "gcp.bigquery.dataset"),
            Map.entry("dns.googleapis.com/ManagedZone", "gcp.dns.managed_zone"),
            Map.entry("container.googleapis.com/Cluster", "gcp.container.cluster"),
            Map.entry("logging.googleapis.com/LogSink", "gcp.logging.sink"),
            Map.entry("logging.googleapis.com/LogMetric", "gcp.logging.metric"),
            Map.entry("monitoring.googleapis.com/AlertPolicy", "gcp.monitoring.alert_policy"),
            Map.entry("dns.googleapis.com/Policy", "gcp.dns.policy"),
            Map.entry("serviceusage.googleapis.com/Service", "gcp.serviceusage.service"),
            Map.entry("apikeys.googleapis.com/Key", "gcp.apikeys.key"),
            Map.entry("secretmanager.googleapis.com/Secret", "gcp.secretmanager.secret"),
            Map.entry("pubsub.googleapis.com/Topic", "gcp.pubsub.topic"),
            Map.entry("run.googleapis.com/Service", "gcp.run.service"),
            Map.entry("cloudfunctions.googleapis.com/CloudFunction", "gcp.functions.function"));
    private static final Pattern ZONE = Pattern.compile("([a-z]+-[a-z]+\\d+)-[a-z]");
    /**
     * Compute Engine metadata keys whose values are documented flags (TRUE/FALSE), kept when the value is a flag
     * word; every other metadata value is stored as {@code present} + {@code sha256} only (docs/snapshot.md).
     */
    static final Set<String> METADATA_FLAGS = Set.of("enable-oslogin", "enable-oslogin-2fa", "enable-oslogin-sk",
            "block-project-ssh-keys", "serial-port-enable", "serial-port-logging-enable", "enable-guest-attributes",
            "enable-osconfig", "disable-legacy-endpoints", "google-logging-enabled", "google-monitoring-enabled",
            "enable-windows-ssh");

    private final GcpTree tree;
    private final AssetSnapshot assets;
    private final BillingReader billing;
    private final PolicyFailures failures;
    private final Map<String, List<AssetSnapshot.Asset>> byProjectNumber = new LinkedHashMap<>();
    private final Map<String, ArrayNode> keysByAccount = new LinkedHashMap<>();

    /** The record types read from Cloud Asset Inventory's resource listing. */
    static final List<String> ASSET_TYPES = TYPES.values().stream().sorted().toList();

    GcpRecords(GcpTree tree, AssetSnapshot assets, BillingReader billing, PolicyFailures failures) {
        this.tree = tree;
        this.failures = failures;
        this.assets = assets;
        this.billing = billing;
        for (AssetSnapshot.Asset a : assets.resources().values()) {
            if (a.assetType().equals("iam.googleapis.com/ServiceAccountKey")) {
                String account = a.name().substring(0, a.name().indexOf("/keys/"));
                keysByAccount.computeIfAbsent(account, k -> JSON.createArrayNode()).add(a.data());
                continue;
            }
            a.ancestors().stream().filter(n -> n.startsWith("projects/")).findFirst()
                    .ifPresent(p -> byProjectNumber.computeIfAbsent(p, k -> new ArrayList<>()).add(a));
        }
    }

    List<ResourceRecord> forProject(Project project) {
        List<ResourceRecord> out = new ArrayList<>();
        out.add(projectRecord(project));
        for (AssetSnapshot.Asset a : byProjectNumber.getOrDefault(project.getName(), List.of())) {
            String type = TYPES.get(a.assetType());
            if (type != null) {
                out.add(record(project.getProjectId(), type, a));
            }
        }
        return out;
    }

    private ResourceRecord projectRecord(Project project) {
        ObjectNode attributes = (ObjectNode) AssetInventoryReader.json(project);
        String uid = RESOURCE_MANAGER + project.getName();
        attributes.set("iamPolicy", iamPolicy(uid));
        List<ArrayNode> chain = new ArrayList<>();
        for (String node : tree.pathTo(project.getParent())) {
            chain.add(assets.orgPolicies().getOrDefault(RESOURCE_MANAGER + node, JSON.createArrayNode()));
        }
        chain.add(assets.orgPolicies().getOrDefault(uid, JSON.createArrayNode()));
        attributes.set("effectiveOrgPolicies", EffectiveOrgPolicies.compute(chain));
        billing.annotate(project, attributes);
        List<UnknownInput> unknown = new ArrayList<>(failures.iamPolicy());
        unknown.addAll(failures.effectiveOrgPolicies());
        unknown.addAll(billing.unknownOf(project.getProjectId()));
        return new ResourceRecord("gcp", project.getProjectId(), "global", "resourcemanager",
                "gcp.resourcemanager.project", project.getProjectId(), project.getDisplayName(), uid,
                project.getLabelsMap(), attributes).withUnknown(unknown);
    }

    private ResourceRecord record(String projectId, String type, AssetSnapshot.Asset a) {
        ObjectNode data = a.data().deepCopy();
        String service = type.split("\\.")[1];
        String id = data.path("name").asText(a.name());
        Map<String, String> labels = labels(data.path("labels"));
        switch (type) {
            case "gcp.compute.project" -> {
                id = projectId;
                redactMetadata(data, "commonInstanceMetadata");
            }
            case "gcp.kms.crypto_key" -> {
                id = id.substring(id.lastIndexOf('/') + 1);
                data.set("iamPolicy", iamPolicy(a.name()));
            }
            case "gcp.storage.bucket" -> data.set("iamPolicy", iamPolicy(a.name()));
            case "gcp.iam.service_account" -> {
                id = data.path("email").asText(id);
                data.set("keys", keysByAccount.getOrDefault(a.name(), JSON.createArrayNode()));
                data.set("iamPolicy", iamPolicy(a.name()));
            }
            case "gcp.compute.instance" -> redactMetadata(data, "metadata");
            case "gcp.sql.instance" -> labels = labels(data.path("settings").path("userLabels"));
            case "gcp.bigquery.dataset" -> id = data.path("datasetReference").path("datasetId").asText(id);
            case "gcp.monitoring.alert_policy", "gcp.serviceusage.service", "gcp.pubsub.topic" -> {
                id = id.substring(id.lastIndexOf('/') + 1);
                labels = labels(data.path("userLabels").isMissingNode() ? data.path("labels") : data.path("userLabels"));
            }
            case "gcp.apikeys.key" -> {
                id = id.substring(id.lastIndexOf('/') + 1);
                // the key string is only returned by GetKeyString; should it ever appear, it is kept as a hash
                if (data.has("keyString")) {
                    data.set("keyString", Redaction.fingerprint(data.get("keyString")));
                }
            }
            case "gcp.run.service" -> {
                id = data.path("metadata").path("name").asText(id);
                labels = labels(data.path("metadata").path("labels"));
                GcpServerlessRedaction.runService(data);
                data.set("iamPolicy", iamPolicy(a.name()));
            }
            case "gcp.functions.function" -> {
                id = id.substring(id.lastIndexOf('/') + 1);
                GcpServerlessRedaction.function(data);
                data.set("iamPolicy", iamPolicy(a.name()));
            }
            case "gcp.secretmanager.secret" -> {
                id = id.substring(id.lastIndexOf('/') + 1);
                if (data.path("annotations").isObject()) {
                    data.set("annotations", Redaction.map(data.get("annotations"), Set.of()));
                }
            }
            case "gcp.container.cluster" -> {
                labels = labels(data.path("resourceLabels"));
                redactCluster(data);
            }
            default -> {
            }
        }
        ResourceRecord record = new ResourceRecord("gcp", projectId, region(a.location()), service, type, id, id,
                a.name(), labels, data);
        return data.has("iamPolicy") ? record.withUnknown(failures.iamPolicy()) : record;
    }

    /**
     * GKE: node metadata (cluster {@code nodeConfig} and every node pool's {@code config}) is free-form like instance
     * metadata; {@code masterAuth} keeps {@code clientCertificateConfig} and {@code clusterCaCertificate} (public),
     * every other field (basic-auth {@code password}, {@code clientKey}, …) as {@code present} + {@code sha256}.
     */
    private static void redactCluster(ObjectNode cluster) {
        List<JsonNode> configs = new ArrayList<>();
        configs.add(cluster.get("nodeConfig"));
        cluster.path("nodePools").forEach(pool -> configs.add(pool.get("config")));
        for (JsonNode config : configs) {
            if (config instanceof ObjectNode c && c.path("metadata").isObject()) {
                c.set("metadata", Redaction.map(c.get("metadata"), METADATA_FLAGS));
            }
        }
        if (cluster.get("masterAuth") instanceof ObjectNode auth) {
            ObjectNode kept = JSON.createObjectNode();
            auth.fields().forEachRemaining(e -> kept.set(e.getKey(),
                    Set.of("clientCertificateConfig", "clusterCaCertificate").contains(e.getKey())
                            ? e.getValue() : Redaction.fingerprint(e.getValue())));
            cluster.set("masterAuth", kept);
        }
    }

    private ObjectNode iamPolicy(String assetName) {
        ObjectNode policy = assets.iamPolicies().get(assetName);
        if (policy == null) {
            ObjectNode empty = JSON.createObjectNode();
            empty.putArray("bindings");
            return empty;
        }
        return policy.deepCopy();
    }

    /**
     * Startup scripts, SSH keys and any other metadata can carry secrets: the metadata object keeps only its
     * {@code kind}, {@code fingerprint} and {@code items}, and of the items only flags keep their values.
     */
    private static void redactMetadata(ObjectNode resource, String field) {
        JsonNode metadata = resource.get(field);
        if (metadata == null || metadata.isNull()) {
            return;
        }
        ObjectNode kept = JSON.createObjectNode();
        for (String safe : List.of("kind", "fingerprint")) {
            if (metadata.path(safe).isTextual()) {
                kept.set(safe, metadata.get(safe));
            }
        }
        if (metadata.has("items")) {
            kept.set("items", Redaction.items(metadata.get("items"), METADATA_FLAGS));
        }
        resource.set(field, kept);
    }

    private static Map<String, String> labels(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    /** A zone's region ({@code us-central1-a} → {@code us-central1}); other locations as they are. */
    static String region(String location) {
        if (location == null || location.isEmpty()) {
            return "global";
        }
        var m = ZONE.matcher(location);
        return m.matches() ? m.group(1) : location;
    }
}
