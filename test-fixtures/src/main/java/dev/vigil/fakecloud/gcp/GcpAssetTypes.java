package dev.vigil.fakecloud.gcp;

import java.util.Map;

/** Cloud Asset Inventory asset types and the snapshot types (docs/snapshot.md) they become. */
public final class GcpAssetTypes {
    public static final String ORGANIZATION = "cloudresourcemanager.googleapis.com/Organization";
    public static final String FOLDER = "cloudresourcemanager.googleapis.com/Folder";
    public static final String PROJECT = "cloudresourcemanager.googleapis.com/Project";
    public static final String SERVICE_ACCOUNT_KEY = "iam.googleapis.com/ServiceAccountKey";

    private static final Map<String, String> SNAPSHOT_TYPES = Map.of(
            "compute.googleapis.com/Project", "gcp.compute.project",
            "compute.googleapis.com/Network", "gcp.compute.network",
            "compute.googleapis.com/Subnetwork", "gcp.compute.subnetwork",
            "compute.googleapis.com/Firewall", "gcp.compute.firewall",
            "compute.googleapis.com/Instance", "gcp.compute.instance",
            "storage.googleapis.com/Bucket", "gcp.storage.bucket",
            "cloudkms.googleapis.com/CryptoKey", "gcp.kms.crypto_key",
            "iam.googleapis.com/ServiceAccount", "gcp.iam.service_account",
            "sqladmin.googleapis.com/Instance", "gcp.sql.instance");

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
