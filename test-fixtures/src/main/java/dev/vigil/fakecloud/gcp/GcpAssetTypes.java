package dev.vigil.fakecloud.gcp;

import java.util.Map;

/** Cloud Asset Inventory asset types and the snapshot types (docs/snapshot.md) they become. */
public final class GcpAssetTypes {
    public static final String ORGANIZATION = "cloudresourcemanager.googleapis.com/Organization";
    public static final String FOLDER = "cloudresourcemanager.googleapis.com/Folder";
    public static final String PROJECT = "cloudresourcemanager.googleapis.com/Project";
    public static final String SERVICE_ACCOUNT_KEY = "iam.googleapis.com/ServiceAccountKey";

    private static final Map<String, String> SNAPSHOT_TYPES = Map.ofEntries(
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

    private GcpAssetTypes() {
    }

    /** The snapshot type an asset type becomes, or null for assets folded into others (keys, projects). */
    public static String snapshotType(String assetType) {
        return SNAPSHOT_TYPES.get(assetType);
    }

    public static Map<String, String> snapshotTypes() {
        return SNAPSHOT_TYPES;
    }
}
