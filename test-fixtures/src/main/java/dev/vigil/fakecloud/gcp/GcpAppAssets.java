package dev.vigil.fakecloud.gcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.org.Canary;
import dev.vigil.fakecloud.org.Finding;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * One project's application credentials and messaging as Cloud Asset Inventory returns them: API Keys v2
 * {@code Key}, Secret Manager v1 {@code Secret}, Pub/Sub v1 {@code Topic}. Clean projects hold no API key (CIS GCP
 * 1.12); a planted key comes with a clean twin key, and such a project fails the no-keys check.
 */
final class GcpAppAssets {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<GcpPlant> KEY_PLANTS = List.of(GcpPlant.APIKEY_NO_API_RESTRICTION,
            GcpPlant.APIKEY_ALL_CLOUD_APIS, GcpPlant.APIKEY_NO_APP_RESTRICTION, GcpPlant.APIKEY_ANY_REFERRER,
            GcpPlant.APIKEY_OLD);

    private final GcpProject p;
    private final Set<GcpPlant> plants;
    private final List<String> ancestors;
    private final Instant now;
    private final List<GcpAsset> assets;
    private final List<Finding> findings;
    private final String id;
    private int keys;

    GcpAppAssets(GcpProject p, Set<GcpPlant> plants, List<String> ancestors, Instant now, List<GcpAsset> assets,
                 List<Finding> findings) {
        this.p = p;
        this.plants = plants;
        this.ancestors = ancestors;
        this.now = now;
        this.assets = assets;
        this.findings = findings;
        this.id = p.projectId();
    }

    void build() {
        apiKeys();
        secrets();
        topics();
    }

    private boolean has(GcpPlant plant) {
        return plants.contains(plant);
    }

    private void add(String assetType, String name, String location, ObjectNode data, ObjectNode iam) {
        assets.add(new GcpAsset(name, assetType, ancestors, location, data, iam, List.of()));
    }

    private void fail(GcpPlant plant, String uid) {
        plant.checkIds().forEach(c -> findings.add(new Finding(c, uid)));
    }

    private void apiKeys() {
        List<GcpPlant> planted = KEY_PLANTS.stream().filter(this::has).toList();
        if (planted.isEmpty()) {
            return;
        }
        // the clean twin: restricted to one API and to the company's web origin, created last month
        apiKey("maps-web", null);
        planted.forEach(plant -> apiKey(plant.name().toLowerCase().replace('_', '-'), plant));
        findings.add(new Finding("gcp_apikeys_project_no_keys", p.uid()));
    }

    private void apiKey(String name, GcpPlant plant) {
        String uid = "0f" + Long.toHexString(p.number() % 1_000_000) + "-" + (++keys) + "-4e5a-9c1b-" + name.hashCode();
        String full = "projects/" + p.number() + "/locations/global/keys/" + uid;
        int age = plant == GcpPlant.APIKEY_OLD ? 400 : 30;
        ObjectNode k = JSON.createObjectNode().put("name", full).put("uid", uid).put("displayName", name)
                .put("createTime", now.minus(age, ChronoUnit.DAYS).toString())
                .put("updateTime", now.minus(age, ChronoUnit.DAYS).toString()).put("etag", "W/\"k" + keys + "\"");
        ObjectNode r = k.putObject("restrictions");
        if (plant == GcpPlant.APIKEY_ANY_REFERRER) {
            r.putObject("browserKeyRestrictions").putArray("allowedReferrers").add("*.com/*");
        } else if (plant != GcpPlant.APIKEY_NO_APP_RESTRICTION) {
            // a wildcard below the company's own domain is a restriction: the clean twin of a TLD wildcard
            r.putObject("browserKeyRestrictions").putArray("allowedReferrers").add("https://*.vigil-demo.example/*");
        }
        if (plant == GcpPlant.APIKEY_ALL_CLOUD_APIS) {
            r.putArray("apiTargets").addObject().put("service", "cloudapis.googleapis.com");
        } else if (plant != GcpPlant.APIKEY_NO_API_RESTRICTION) {
            r.putArray("apiTargets").addObject().put("service", "maps-backend.googleapis.com");
        }
        String assetName = "//apikeys.googleapis.com/" + full;
        add("apikeys.googleapis.com/Key", assetName, "global", k, null);
        if (plant != null) {
            fail(plant, assetName);
        }
    }

    private void secrets() {
        secret("db-password", null);
        if (has(GcpPlant.SECRET_NO_ROTATION)) {
            secret("legacy-token", GcpPlant.SECRET_NO_ROTATION);
        }
        if (has(GcpPlant.SECRET_SLOW_ROTATION)) {
            secret("partner-api-key", GcpPlant.SECRET_SLOW_ROTATION);
        }
    }

    /** A Secret Manager secret: metadata only, the payload lives in versions that the inventory never lists. */
    private void secret(String name, GcpPlant plant) {
        String full = "projects/" + id + "/secrets/" + name;
        ObjectNode s = JSON.createObjectNode().put("name", full)
                .put("createTime", now.minus(120, ChronoUnit.DAYS).toString()).put("etag", "\"" + name.length() + "\"");
        s.putObject("replication").putObject("automatic");
        s.putObject("labels").put("app", p.displayName()).put("env", p.labels().get("env"));
        // annotations are free-form: people paste values there too
        s.putObject("annotations").put("owner", "platform-team")
                .put("previous-value", Canary.token("gcp-secret-annotation", "//secretmanager.googleapis.com/" + full));
        if (plant != GcpPlant.SECRET_NO_ROTATION) {
            s.putArray("topics").addObject().put("name", "projects/" + id + "/topics/secret-rotation");
            s.putObject("rotation").put("nextRotationTime", now.plus(20, ChronoUnit.DAYS).toString())
                    .put("rotationPeriod", plant == GcpPlant.SECRET_SLOW_ROTATION ? "31536000s" : "2592000s");
        }
        String uid = "//secretmanager.googleapis.com/" + full;
        add("secretmanager.googleapis.com/Secret", uid, "global", s, null);
        if (plant != null) {
            fail(plant, uid);
        }
    }

    private void topics() {
        topic("secret-rotation", null);
        if (has(GcpPlant.TOPIC_NO_CMEK)) {
            topic("events-google-key", GcpPlant.TOPIC_NO_CMEK);
        }
    }

    private void topic(String name, GcpPlant plant) {
        String full = "projects/" + id + "/topics/" + name;
        ObjectNode t = JSON.createObjectNode().put("name", full).put("messageRetentionDuration", "604800s");
        if (plant != GcpPlant.TOPIC_NO_CMEK) {
            t.put("kmsKeyName", "projects/" + id + "/locations/" + GcpOrgGenerator.REGION + "/keyRings/pubsub/cryptoKeys/topics");
        }
        t.putObject("messageStoragePolicy").putArray("allowedPersistenceRegions").add(GcpOrgGenerator.REGION);
        t.putObject("labels").put("app", p.displayName()).put("env", p.labels().get("env"));
        String uid = "//pubsub.googleapis.com/" + full;
        add("pubsub.googleapis.com/Topic", uid, "global", t, null);
        if (plant != null) {
            fail(plant, uid);
        }
    }
}
