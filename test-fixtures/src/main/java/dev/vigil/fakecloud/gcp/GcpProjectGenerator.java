package dev.vigil.fakecloud.gcp;

import static dev.vigil.fakecloud.gcp.GcpPolicyJson.auditConfig;
import static dev.vigil.fakecloud.gcp.GcpPolicyJson.binding;
import static dev.vigil.fakecloud.gcp.GcpPolicyJson.iamPolicy;
import static dev.vigil.fakecloud.gcp.GcpPolicyJson.orgPolicy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.org.Canary;
import dev.vigil.fakecloud.org.Finding;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds one project's assets for {@link GcpOrgGenerator}: the clean baseline, then one extra resource (or
 * setting) per planted misconfiguration, each listed with the checks it fails.
 */
final class GcpProjectGenerator {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SplittableRandom random;
    private final Instant now;
    private final List<GcpAsset> assets;
    private final List<Finding> findings;
    private final List<ObjectNode> budgets;
    private final boolean audited;
    private final GcpProject p;
    private final Set<GcpPlant> plants;
    private final List<String> ancestors;
    private final String id;

    GcpProjectGenerator(GcpProject p, Set<GcpPlant> plants, List<String> ancestors, boolean audited,
                        SplittableRandom random, Instant now, List<GcpAsset> assets, List<Finding> findings,
                        List<ObjectNode> budgets) {
        this.p = p;
        this.plants = plants;
        this.ancestors = ancestors;
        this.id = p.projectId();
        this.audited = audited;
        this.random = random;
        this.now = now;
        this.assets = assets;
        this.findings = findings;
        this.budgets = budgets;
    }

    void build() {
        budget();
        projectAsset();
        computeProject();
        network();
        firewalls();
        instances();
        buckets();
        keys();
        serviceAccounts();
        sqlInstances();
        datasets();
        dnsZones();
        clusters();
        new GcpLoggingAssets(p, plants, ancestors, now, assets, findings).build();
        new GcpAppAssets(p, plants, ancestors, now, assets, findings).build();
        new GcpServerlessAssets(p, plants, ancestors, now, assets, findings).build();
    }

    private boolean has(GcpPlant plant) {
        return plants.contains(plant);
    }

    private void fail(GcpPlant plant, String uid) {
        plant.checkIds().forEach(c -> findings.add(new Finding(c, uid)));
    }

    private void add(String assetType, String name, String location, ObjectNode data, ObjectNode iam) {
        assets.add(new GcpAsset(name, assetType, ancestors, location, data, iam, List.of()));
    }

    private void projectAsset() {
        ObjectNode iam = iamPolicy();
        binding(iam, "roles/owner", "group:" + p.displayName() + "-owners@vigil-demo.example");
        binding(iam, "roles/viewer", "user:auditor@vigil-demo.example");
        binding(iam, "roles/iam.securityReviewer", "serviceAccount:vigil-scanner@security-tools.iam.gserviceaccount.com");
        if (!audited && !has(GcpPlant.NO_AUDIT_LOGGING)) {
            auditConfig(iam);
        }
        List<ObjectNode> policies = new ArrayList<>();
        if (has(GcpPlant.USER_BASIC_ROLE)) {
            binding(iam, "roles/editor", "user:developer@vigil-demo.example");
        }
        if (has(GcpPlant.SA_ADMIN_ROLE)) {
            binding(iam, "roles/compute.admin", "serviceAccount:ci-deployer@" + id + ".iam.gserviceaccount.com");
        }
        if (has(GcpPlant.PROJECT_SA_USER)) {
            binding(iam, "roles/iam.serviceAccountUser", "group:developers@vigil-demo.example");
        }
        if (has(GcpPlant.KMS_NO_SEPARATION)) {
            binding(iam, "roles/cloudkms.admin", "user:keymaster@vigil-demo.example");
            binding(iam, "roles/cloudkms.cryptoKeyEncrypterDecrypter", "user:keymaster@vigil-demo.example");
        }
        if (has(GcpPlant.PUBLIC_PROJECT_BINDING)) {
            binding(iam, "roles/viewer", "allAuthenticatedUsers");
        }
        if (has(GcpPlant.AUDIT_EXEMPTED_MEMBER)) {
            ObjectNode storage = iam.withArray("auditConfigs").addObject().put("service", "storage.googleapis.com");
            storage.putArray("auditLogConfigs").addObject().put("logType", "DATA_READ").putArray("exemptedMembers")
                    .add("serviceAccount:etl@" + id + ".iam.gserviceaccount.com");
        }
        booleanOverride(policies, GcpPlant.SA_KEY_CREATION_ALLOWED, "iam.disableServiceAccountKeyCreation");
        booleanOverride(policies, GcpPlant.OS_LOGIN_NOT_REQUIRED, "compute.requireOsLogin");
        booleanOverride(policies, GcpPlant.UNIFORM_ACCESS_NOT_REQUIRED, "storage.uniformBucketLevelAccess");
        booleanOverride(policies, GcpPlant.DEFAULT_NETWORK_ALLOWED, "compute.skipDefaultNetworkCreation");
        if (has(GcpPlant.LOCATIONS_UNRESTRICTED)) {
            ObjectNode any = orgPolicy("gcp.resourceLocations");
            any.putObject("listPolicy").put("allValues", "ALLOW");
            policies.add(any);
        }
        for (GcpPlant plant : List.of(GcpPlant.USER_BASIC_ROLE, GcpPlant.SA_ADMIN_ROLE, GcpPlant.PROJECT_SA_USER,
                GcpPlant.KMS_NO_SEPARATION, GcpPlant.PUBLIC_PROJECT_BINDING, GcpPlant.NO_AUDIT_LOGGING,
                GcpPlant.SA_KEY_CREATION_ALLOWED, GcpPlant.OS_LOGIN_NOT_REQUIRED, GcpPlant.LOCATIONS_UNRESTRICTED,
                GcpPlant.UNIFORM_ACCESS_NOT_REQUIRED, GcpPlant.DEFAULT_NETWORK_ALLOWED, GcpPlant.AUDIT_EXEMPTED_MEMBER)) {
            if (has(plant)) {
                fail(plant, p.uid());
            }
        }
        ObjectNode data = JSON.createObjectNode();
        data.put("projectNumber", String.valueOf(p.number())).put("projectId", id)
                .put("lifecycleState", p.active() ? "ACTIVE" : "DELETE_REQUESTED").put("name", p.displayName());
        assets.add(new GcpAsset(p.uid(), GcpAssetTypes.PROJECT, ancestors, "global", data, iam, policies));
    }

    /** Every project gets a budget of its own, except where a missing budget is planted. */
    private void budget() {
        if (!p.active()) {
            return;
        }
        if (has(GcpPlant.NO_BUDGET)) {
            fail(GcpPlant.NO_BUDGET, p.uid());
            return;
        }
        ObjectNode b = JSON.createObjectNode().put("name", GcpOrgGenerator.BILLING_ACCOUNT + "/budgets/" + id)
                .put("displayName", p.displayName() + " monthly");
        b.putObject("budgetFilter").putArray("projects").add(p.name());
        b.putObject("amount").putObject("specifiedAmount").put("currencyCode", "USD").put("units", "5000");
        b.putArray("thresholdRules").addObject().put("thresholdPercent", 0.9);
        budgets.add(b);
    }

    private void booleanOverride(List<ObjectNode> policies, GcpPlant plant, String constraint) {
        if (has(plant)) {
            ObjectNode off = orgPolicy(constraint);
            off.putObject("booleanPolicy").put("enforced", false);
            policies.add(off);
        }
    }

    private void computeProject() {
        ObjectNode data = JSON.createObjectNode().put("name", id).put("id", String.valueOf(p.number()))
                .put("defaultServiceAccount", p.number() + "-compute@developer.gserviceaccount.com");
        ArrayNode items = data.putObject("commonInstanceMetadata").putArray("items");
        if (!has(GcpPlant.PROJECT_NO_OS_LOGIN)) {
            items.addObject().put("key", "enable-oslogin").put("value", "TRUE");
        }
        String uid = "//compute.googleapis.com/projects/" + id;
        freeFormMetadata(items, "gcp-project", uid);
        if (has(GcpPlant.PROJECT_NO_OS_LOGIN)) {
            fail(GcpPlant.PROJECT_NO_OS_LOGIN, uid);
        }
        add("compute.googleapis.com/Project", uid, "global", data, null);
    }

    /** What people put in metadata besides flags: a startup script, SSH keys, a password under a key of their own. */
    private static void freeFormMetadata(ArrayNode items, String field, String uid) {
        items.addObject().put("key", "startup-script").put("value", "#!/bin/bash\nexport DB_PASSWORD="
                + Canary.token(field + "-startup-script", uid) + "\n/opt/app/run");
        items.addObject().put("key", "ssh-keys").put("value", "alice:ssh-ed25519 AAAAC3NzaC1lZDI1NTE5 "
                + Canary.token(field + "-ssh-keys", uid));
        items.addObject().put("key", "db-password").put("value", Canary.token(field + "-db-password", uid));
    }

    private String networkUrl(String name) {
        return "https://www.googleapis.com/compute/v1/projects/" + id + "/global/networks/" + name;
    }

    private void network() {
        ObjectNode vpc = JSON.createObjectNode().put("name", "vpc-main").put("autoCreateSubnetworks", false)
                .put("selfLink", networkUrl("vpc-main"));
        vpc.putObject("routingConfig").put("routingMode", "REGIONAL");
        add("compute.googleapis.com/Network", "//compute.googleapis.com/projects/" + id + "/global/networks/vpc-main",
                "global", vpc, null);
        subnet("subnet-" + GcpOrgGenerator.REGION, "10.10.0.0/20", true, true, null);
        if (has(GcpPlant.SUBNET_NO_FLOW_LOGS)) {
            subnet("subnet-nolog", "10.10.16.0/20", false, true, GcpPlant.SUBNET_NO_FLOW_LOGS);
        }
        if (has(GcpPlant.SUBNET_NO_PRIVATE_ACCESS)) {
            subnet("subnet-nopga", "10.10.32.0/20", true, false, GcpPlant.SUBNET_NO_PRIVATE_ACCESS);
        }
        if (has(GcpPlant.DEFAULT_NETWORK)) {
            String uid = "//compute.googleapis.com/projects/" + id + "/global/networks/default";
            add("compute.googleapis.com/Network", uid, "global", JSON.createObjectNode().put("name", "default")
                    .put("autoCreateSubnetworks", true).put("selfLink", networkUrl("default")), null);
            fail(GcpPlant.DEFAULT_NETWORK, uid);
        }
        if (has(GcpPlant.LEGACY_NETWORK)) {
            String uid = "//compute.googleapis.com/projects/" + id + "/global/networks/legacy";
            add("compute.googleapis.com/Network", uid, "global", JSON.createObjectNode().put("name", "legacy")
                    .put("IPv4Range", "10.240.0.0/16").put("gatewayIPv4", "10.240.0.1")
                    .put("selfLink", networkUrl("legacy")), null);
            fail(GcpPlant.LEGACY_NETWORK, uid);
        }
    }

    private void subnet(String name, String cidr, boolean flowLogs, boolean privateAccess, GcpPlant plant) {
        ObjectNode s = JSON.createObjectNode().put("name", name).put("network", networkUrl("vpc-main"))
                .put("region", "https://www.googleapis.com/compute/v1/projects/" + id + "/regions/" + GcpOrgGenerator.REGION)
                .put("ipCidrRange", cidr).put("purpose", "PRIVATE").put("privateIpGoogleAccess", privateAccess);
        ObjectNode log = s.putObject("logConfig").put("enable", flowLogs);
        if (flowLogs) {
            log.put("aggregationInterval", "INTERVAL_5_SEC").put("flowSampling", 0.5)
                    .put("metadata", "INCLUDE_ALL_METADATA");
        }
        String uid = "//compute.googleapis.com/projects/" + id + "/regions/" + GcpOrgGenerator.REGION + "/subnetworks/" + name;
        add("compute.googleapis.com/Subnetwork", uid, GcpOrgGenerator.REGION, s, null);
        if (plant != null) {
            fail(plant, uid);
        }
    }

    private void firewalls() {
        firewall("allow-internal", "10.0.0.0/8", "all", null, null);
        firewall("allow-iap-ssh", "35.235.240.0/20", "tcp", "22", null);
        if (has(GcpPlant.FIREWALL_SSH)) {
            firewall("allow-ssh-anywhere", "0.0.0.0/0", "tcp", "22", GcpPlant.FIREWALL_SSH);
        }
        if (has(GcpPlant.FIREWALL_RDP)) {
            firewall("allow-rdp-range", "0.0.0.0/0", "tcp", "3000-3999", GcpPlant.FIREWALL_RDP);
        }
        if (has(GcpPlant.FIREWALL_ALL)) {
            firewall("allow-all-ingress", "0.0.0.0/0", "all", null, GcpPlant.FIREWALL_ALL);
        }
    }

    private void firewall(String name, String source, String protocol, String port, GcpPlant plant) {
        ObjectNode f = JSON.createObjectNode().put("name", name).put("network", networkUrl("vpc-main"))
                .put("direction", "INGRESS").put("priority", 1000).put("disabled", false);
        f.putArray("sourceRanges").add(source);
        ObjectNode allowed = f.putArray("allowed").addObject().put("IPProtocol", protocol);
        if (port != null) {
            allowed.putArray("ports").add(port);
        }
        f.putObject("logConfig").put("enable", true);
        String uid = "//compute.googleapis.com/projects/" + id + "/global/firewalls/" + name;
        add("compute.googleapis.com/Firewall", uid, "global", f, null);
        if (plant != null) {
            fail(plant, uid);
        }
    }

    private void instances() {
        instance("app-1", null);
        for (GcpPlant plant : List.of(GcpPlant.INSTANCE_PUBLIC_IP, GcpPlant.INSTANCE_DEFAULT_SA,
                GcpPlant.INSTANCE_PROJECT_SSH_KEYS, GcpPlant.INSTANCE_SERIAL_PORT, GcpPlant.INSTANCE_IP_FORWARDING,
                GcpPlant.INSTANCE_NOT_SHIELDED, GcpPlant.INSTANCE_LABELS_MISSING)) {
            if (has(plant)) {
                instance("vm-" + plant.name().toLowerCase().replace('_', '-'), plant);
            }
        }
    }

    private void instance(String name, GcpPlant plant) {
        String zone = GcpOrgGenerator.REGION + "-a";
        ObjectNode vm = JSON.createObjectNode().put("name", name)
                .put("id", String.valueOf(7_000_000_000L + random.nextInt(1_000_000)))
                .put("zone", "https://www.googleapis.com/compute/v1/projects/" + id + "/zones/" + zone)
                .put("status", "RUNNING").put("machineType", "e2-medium")
                .put("canIpForward", plant == GcpPlant.INSTANCE_IP_FORWARDING);
        ObjectNode nic = vm.putArray("networkInterfaces").addObject().put("network", networkUrl("vpc-main"))
                .put("networkIP", "10.10.0." + (10 + random.nextInt(200)));
        if (plant == GcpPlant.INSTANCE_PUBLIC_IP) {
            nic.putArray("accessConfigs").addObject().put("type", "ONE_TO_ONE_NAT").put("name", "External NAT")
                    .put("natIP", "34.70." + random.nextInt(255) + "." + random.nextInt(255));
        }
        String email = plant == GcpPlant.INSTANCE_DEFAULT_SA ? p.number() + "-compute@developer.gserviceaccount.com"
                : "app-runtime@" + id + ".iam.gserviceaccount.com";
        ObjectNode sa = vm.putArray("serviceAccounts").addObject().put("email", email);
        sa.putArray("scopes").add(GcpOrgGenerator.CLOUD_PLATFORM);
        ArrayNode items = vm.putObject("metadata").putArray("items");
        if (plant != GcpPlant.INSTANCE_PROJECT_SSH_KEYS) {
            items.addObject().put("key", "block-project-ssh-keys").put("value", "true");
        }
        if (plant == GcpPlant.INSTANCE_SERIAL_PORT) {
            items.addObject().put("key", "serial-port-enable").put("value", "TRUE");
        }
        freeFormMetadata(items, "gcp-instance", "//compute.googleapis.com/projects/" + id + "/zones/" + zone
                + "/instances/" + name);
        vm.putObject("shieldedInstanceConfig").put("enableSecureBoot", true)
                .put("enableVtpm", plant != GcpPlant.INSTANCE_NOT_SHIELDED).put("enableIntegrityMonitoring", true);
        ObjectNode labels = vm.putObject("labels").put("app", p.displayName()).put("env", p.labels().get("env"))
                .put("cost-center", "cc-1234");
        if (plant != GcpPlant.INSTANCE_LABELS_MISSING) {
            labels.put("team", "platform");
        }
        String uid = "//compute.googleapis.com/projects/" + id + "/zones/" + zone + "/instances/" + name;
        add("compute.googleapis.com/Instance", uid, zone, vm, null);
        if (plant != null) {
            fail(plant, uid);
        }
    }

    private void buckets() {
        bucket(id + "-data", null, false);
        bucket(id + "-logs", null, true);
        for (GcpPlant plant : List.of(GcpPlant.BUCKET_PUBLIC, GcpPlant.BUCKET_NOT_UNIFORM,
                GcpPlant.BUCKET_NO_PREVENTION, GcpPlant.BUCKET_NO_CMEK, GcpPlant.LOG_BUCKET_UNLOCKED)) {
            if (has(plant)) {
                bucket(id + "-" + plant.name().toLowerCase().replace('_', '-'), plant,
                        plant == GcpPlant.LOG_BUCKET_UNLOCKED);
            }
        }
    }

    private void bucket(String name, GcpPlant plant, boolean logs) {
        ObjectNode b = JSON.createObjectNode().put("kind", "storage#bucket").put("name", name).put("id", name)
                .put("location", "US").put("storageClass", "STANDARD");
        ObjectNode iamConfig = b.putObject("iamConfiguration");
        iamConfig.putObject("uniformBucketLevelAccess").put("enabled", plant != GcpPlant.BUCKET_NOT_UNIFORM);
        boolean prevention = plant != GcpPlant.BUCKET_NO_PREVENTION && plant != GcpPlant.BUCKET_PUBLIC;
        iamConfig.put("publicAccessPrevention", prevention ? "enforced" : "inherited");
        if (plant != GcpPlant.BUCKET_NO_CMEK) {
            b.putObject("encryption").put("defaultKmsKeyName",
                    "projects/" + id + "/locations/us/keyRings/storage/cryptoKeys/buckets");
        }
        b.putObject("versioning").put("enabled", true);
        if (logs) {
            b.putObject("retentionPolicy").put("retentionPeriod", "31536000")
                    .put("isLocked", plant != GcpPlant.LOG_BUCKET_UNLOCKED);
        }
        ObjectNode labels = b.putObject("labels").put("app", p.displayName()).put("env", p.labels().get("env"))
                .put("team", "platform").put("cost-center", "cc-1234");
        if (logs) {
            labels.put("purpose", "logs");
        }
        ObjectNode iam = iamPolicy();
        binding(iam, "roles/storage.objectViewer", "group:" + p.displayName() + "-readers@vigil-demo.example");
        if (plant == GcpPlant.BUCKET_PUBLIC) {
            binding(iam, "roles/storage.objectViewer", "allUsers");
        }
        String uid = "//storage.googleapis.com/" + name;
        add("storage.googleapis.com/Bucket", uid, "us", b, iam);
        if (plant != null) {
            fail(plant, uid);
        }
    }

    private void keys() {
        key("app-key", null);
        if (has(GcpPlant.KEY_NO_ROTATION)) {
            key("never-rotated", GcpPlant.KEY_NO_ROTATION);
        }
        if (has(GcpPlant.KEY_PUBLIC)) {
            key("shared-key", GcpPlant.KEY_PUBLIC);
        }
    }

    private void key(String name, GcpPlant plant) {
        String full = "projects/" + id + "/locations/" + GcpOrgGenerator.REGION + "/keyRings/main/cryptoKeys/" + name;
        ObjectNode k = JSON.createObjectNode().put("name", full).put("purpose", "ENCRYPT_DECRYPT")
                .put("createTime", now.minus(200, ChronoUnit.DAYS).toString());
        if (plant != GcpPlant.KEY_NO_ROTATION) {
            k.put("rotationPeriod", "7776000s").put("nextRotationTime", now.plus(30, ChronoUnit.DAYS).toString());
        }
        k.putObject("primary").put("name", full + "/cryptoKeyVersions/1").put("state", "ENABLED");
        k.putObject("versionTemplate").put("algorithm", "GOOGLE_SYMMETRIC_ENCRYPTION")
                .put("protectionLevel", "SOFTWARE");
        ObjectNode iam = iamPolicy();
        binding(iam, "roles/cloudkms.cryptoKeyEncrypterDecrypter",
                "serviceAccount:app-runtime@" + id + ".iam.gserviceaccount.com");
        if (plant == GcpPlant.KEY_PUBLIC) {
            binding(iam, "roles/cloudkms.cryptoKeyEncrypter", "allUsers");
        }
        String uid = "//cloudkms.googleapis.com/" + full;
        add("cloudkms.googleapis.com/CryptoKey", uid, GcpOrgGenerator.REGION, k, iam);
        if (plant != null) {
            fail(plant, uid);
        }
    }

    private void serviceAccounts() {
        serviceAccount("app-runtime", null);
        if (has(GcpPlant.SA_USER_MANAGED_KEY)) {
            serviceAccount("ci-fresh-key", GcpPlant.SA_USER_MANAGED_KEY);
        }
        if (has(GcpPlant.SA_OLD_KEY)) {
            serviceAccount("ci-old-key", GcpPlant.SA_OLD_KEY);
        }
    }

    private void serviceAccount(String name, GcpPlant plant) {
        String email = name + "@" + id + ".iam.gserviceaccount.com";
        String uniqueId = String.valueOf(100_000_000_000_000_000L + Math.abs(random.nextLong() % 1_000_000_000L));
        String saName = "projects/" + id + "/serviceAccounts/" + email;
        ObjectNode sa = JSON.createObjectNode().put("name", saName).put("email", email).put("uniqueId", uniqueId)
                .put("displayName", name).put("disabled", false).put("projectId", id);
        String uid = "//iam.googleapis.com/projects/" + id + "/serviceAccounts/" + uniqueId;
        add("iam.googleapis.com/ServiceAccount", uid, "global", sa, iamPolicy());
        saKey(uid, saName, "SYSTEM_MANAGED", "GOOGLE_PROVIDED", 20);
        if (plant == GcpPlant.SA_USER_MANAGED_KEY) {
            saKey(uid, saName, "USER_MANAGED", "GOOGLE_PROVIDED", 10);
        } else if (plant == GcpPlant.SA_OLD_KEY) {
            saKey(uid, saName, "USER_MANAGED", "GOOGLE_PROVIDED", 200);
        }
        if (plant != null) {
            fail(plant, uid);
        }
    }

    private void saKey(String saUid, String saName, String type, String origin, int ageDays) {
        String keyId = Long.toHexString(random.nextLong() & Long.MAX_VALUE);
        ObjectNode k = JSON.createObjectNode().put("name", saName + "/keys/" + keyId).put("keyType", type)
                .put("keyOrigin", origin).put("keyAlgorithm", "KEY_ALG_RSA_2048")
                .put("validAfterTime", now.minus(ageDays, ChronoUnit.DAYS).toString())
                .put("validBeforeTime", now.plus(3650, ChronoUnit.DAYS).toString()).put("disabled", false);
        assets.add(new GcpAsset(saUid + "/keys/" + keyId, GcpAssetTypes.SERVICE_ACCOUNT_KEY, ancestors, "global",
                k, null, List.of()));
    }

    private void sqlInstances() {
        sql("orders-db", null, GcpSqlFlags.POSTGRES);
        sql("inventory-db", null, GcpSqlFlags.MYSQL);
        sql("reports-db", null, GcpSqlFlags.SQLSERVER);
        for (GcpPlant plant : List.of(GcpPlant.SQL_PUBLIC_IP, GcpPlant.SQL_NO_SSL, GcpPlant.SQL_WORLD_NETWORK,
                GcpPlant.SQL_NO_BACKUPS)) {
            if (has(plant)) {
                sql("db-" + plant.name().toLowerCase().replace('_', '-'), plant, GcpSqlFlags.POSTGRES);
            }
        }
        for (GcpPlant plant : GcpSqlFlags.kinds()) {
            if (has(plant)) {
                sql("db-" + plant.name().substring(4).toLowerCase().replace('_', '-'), plant,
                        GcpSqlFlags.PLANTS.get(plant).version());
            }
        }
    }

    private void sql(String name, GcpPlant plant, String version) {
        ObjectNode db = JSON.createObjectNode().put("kind", "sql#instance").put("name", name).put("project", id)
                .put("databaseVersion", version).put("region", GcpOrgGenerator.REGION).put("state", "RUNNABLE");
        ObjectNode settings = db.putObject("settings").put("tier", "db-custom-2-7680");
        boolean publicIp = plant == GcpPlant.SQL_PUBLIC_IP || plant == GcpPlant.SQL_WORLD_NETWORK;
        ObjectNode ip = settings.putObject("ipConfiguration").put("ipv4Enabled", publicIp)
                .put("privateNetwork", "projects/" + id + "/global/networks/vpc-main");
        if (plant == GcpPlant.SQL_NO_SSL) {
            ip.put("requireSsl", false).put("sslMode", "ALLOW_UNENCRYPTED_AND_ENCRYPTED");
        } else {
            ip.put("requireSsl", true).put("sslMode", "ENCRYPTED_ONLY");
        }
        ArrayNode networks = ip.putArray("authorizedNetworks");
        if (plant == GcpPlant.SQL_WORLD_NETWORK) {
            networks.addObject().put("name", "anyone").put("value", "0.0.0.0/0");
        } else if (publicIp) {
            networks.addObject().put("name", "office").put("value", "203.0.113.0/24");
        }
        settings.putObject("backupConfiguration").put("enabled", plant != GcpPlant.SQL_NO_BACKUPS)
                .put("pointInTimeRecoveryEnabled", plant != GcpPlant.SQL_NO_BACKUPS);
        ArrayNode flags = settings.putArray("databaseFlags");
        (GcpSqlFlags.PLANTS.containsKey(plant) ? GcpSqlFlags.planted(plant) : GcpSqlFlags.clean(version))
                .forEach((flag, value) -> flags.addObject().put("name", flag).put("value", value));
        settings.putObject("userLabels").put("app", p.displayName()).put("env", p.labels().get("env"))
                .put("team", "platform").put("cost-center", "cc-1234");
        if (publicIp) {
            db.putArray("ipAddresses").addObject().put("type", "PRIMARY").put("ipAddress", "34.71.0." + (1 + random.nextInt(250)));
        }
        String uid = "//cloudsql.googleapis.com/projects/" + id + "/instances/" + name;
        add("sqladmin.googleapis.com/Instance", uid, GcpOrgGenerator.REGION, db, null);
        if (plant != null) {
            fail(plant, uid);
        }
    }

    private void datasets() {
        dataset("analytics", null);
        for (GcpPlant plant : List.of(GcpPlant.DATASET_PUBLIC, GcpPlant.DATASET_AUTHENTICATED,
                GcpPlant.DATASET_NO_CMEK)) {
            if (has(plant)) {
                dataset(plant.name().toLowerCase(), plant);
            }
        }
    }

    /** A BigQuery dataset as Cloud Asset Inventory returns it (the BigQuery v2 {@code Dataset}). */
    private void dataset(String name, GcpPlant plant) {
        ObjectNode d = JSON.createObjectNode().put("kind", "bigquery#dataset").put("id", id + ":" + name)
                .put("location", "US").put("creationTime", String.valueOf(now.minus(90, ChronoUnit.DAYS).toEpochMilli()));
        d.putObject("datasetReference").put("datasetId", name).put("projectId", id);
        ArrayNode access = d.putArray("access");
        access.addObject().put("role", "OWNER").put("specialGroup", "projectOwners");
        access.addObject().put("role", "READER").put("specialGroup", "projectReaders");
        access.addObject().put("role", "READER").put("groupByEmail", p.displayName() + "-analysts@vigil-demo.example");
        access.addObject().put("role", "WRITER").put("userByEmail", "app-runtime@" + id + ".iam.gserviceaccount.com");
        // clean twin of a public entry: a domain grant is not public
        access.addObject().put("role", "READER").put("domain", "vigil-demo.example");
        if (plant == GcpPlant.DATASET_PUBLIC) {
            access.addObject().put("role", "READER").put("iamMember", "allUsers");
        } else if (plant == GcpPlant.DATASET_AUTHENTICATED) {
            access.addObject().put("role", "READER").put("specialGroup", "allAuthenticatedUsers");
        }
        if (plant != GcpPlant.DATASET_NO_CMEK) {
            d.putObject("defaultEncryptionConfiguration").put("kmsKeyName",
                    "projects/" + id + "/locations/us/keyRings/bigquery/cryptoKeys/datasets");
        }
        d.putObject("labels").put("app", p.displayName()).put("env", p.labels().get("env"));
        String uid = "//bigquery.googleapis.com/projects/" + id + "/datasets/" + name;
        add("bigquery.googleapis.com/Dataset", uid, "US", d, null);
        if (plant != null) {
            fail(plant, uid);
        }
    }

    private void dnsZones() {
        dnsZone("public-main", "public", "on", "rsasha256", "rsasha256", null);
        // private zones cannot be signed: no DNSSEC is no finding
        dnsZone("internal", "private", null, null, null, null);
        if (has(GcpPlant.DNS_NO_DNSSEC)) {
            dnsZone("public-unsigned", "public", "off", null, null, GcpPlant.DNS_NO_DNSSEC);
        }
        if (has(GcpPlant.DNS_RSASHA1_KSK)) {
            dnsZone("public-sha1-ksk", "public", "on", "rsasha1", "rsasha256", GcpPlant.DNS_RSASHA1_KSK);
        }
        if (has(GcpPlant.DNS_RSASHA1_ZSK)) {
            dnsZone("public-sha1-zsk", "public", "on", "rsasha256", "rsasha1", GcpPlant.DNS_RSASHA1_ZSK);
        }
    }

    /** A Cloud DNS managed zone as Cloud Asset Inventory returns it (the Cloud DNS v1 {@code ManagedZone}). */
    private void dnsZone(String name, String visibility, String dnssec, String ksk, String zsk, GcpPlant plant) {
        String domain = name + "." + p.displayName() + ".vigil-demo.example.";
        ObjectNode z = JSON.createObjectNode().put("kind", "dns#managedZone").put("name", name)
                .put("dnsName", "private".equals(visibility) ? p.displayName() + ".internal." : domain)
                .put("id", String.valueOf(4_000_000_000L + random.nextInt(1_000_000)))
                .put("visibility", visibility).put("creationTime", now.minus(120, ChronoUnit.DAYS).toString());
        if ("private".equals(visibility)) {
            z.putObject("privateVisibilityConfig").putArray("networks").addObject()
                    .put("networkUrl", networkUrl("vpc-main"));
        } else {
            z.putArray("nameServers").add("ns-cloud-a1.googledomains.com.").add("ns-cloud-a2.googledomains.com.");
        }
        if (dnssec != null) {
            ObjectNode cfg = z.putObject("dnssecConfig").put("kind", "dns#managedZoneDnsSecConfig").put("state", dnssec);
            if ("on".equals(dnssec)) {
                cfg.put("nonExistence", "nsec3");
                ArrayNode specs = cfg.putArray("defaultKeySpecs");
                specs.addObject().put("kind", "dns#dnsKeySpec").put("keyType", "keySigning").put("algorithm", ksk)
                        .put("keyLength", 2048);
                specs.addObject().put("kind", "dns#dnsKeySpec").put("keyType", "zoneSigning").put("algorithm", zsk)
                        .put("keyLength", 1024);
            }
        }
        z.putObject("labels").put("app", p.displayName()).put("env", p.labels().get("env"));
        String uid = "//dns.googleapis.com/projects/" + id + "/managedZones/" + name;
        add("dns.googleapis.com/ManagedZone", uid, "global", z, null);
        if (plant != null) {
            fail(plant, uid);
        }
    }

    private void clusters() {
        cluster("apps", null);
        // the clean twin of a cluster without network policy: GKE Dataplane V2 enforces policies without the add-on
        cluster("apps-dpv2", null);
        for (GcpPlant plant : List.of(GcpPlant.GKE_PUBLIC_NODES, GcpPlant.GKE_PUBLIC_ENDPOINT,
                GcpPlant.GKE_LEGACY_ABAC, GcpPlant.GKE_NO_WORKLOAD_IDENTITY, GcpPlant.GKE_NOT_SHIELDED,
                GcpPlant.GKE_NO_AUTO_UPGRADE, GcpPlant.GKE_NO_AUTO_REPAIR, GcpPlant.GKE_NO_NETWORK_POLICY,
                GcpPlant.GKE_NO_RELEASE_CHANNEL, GcpPlant.GKE_CLIENT_CERT)) {
            if (has(plant)) {
                cluster("gke-" + plant.name().substring(4).toLowerCase().replace('_', '-'), plant);
            }
        }
    }

    /** A GKE cluster as Cloud Asset Inventory returns it (the GKE v1 {@code Cluster}). */
    private void cluster(String name, GcpPlant plant) {
        String region = GcpOrgGenerator.REGION;
        String uid = "//container.googleapis.com/projects/" + id + "/locations/" + region + "/clusters/" + name;
        ObjectNode c = JSON.createObjectNode().put("name", name).put("location", region)
                .put("status", "RUNNING").put("currentMasterVersion", "1.30.5-gke.1014001")
                .put("network", "vpc-main").put("subnetwork", "subnet-" + region)
                .put("selfLink", "https://container.googleapis.com/v1/projects/" + id + "/locations/" + region
                        + "/clusters/" + name);
        ObjectNode masterAuth = c.putObject("masterAuth").put("clusterCaCertificate", "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t");
        masterAuth.putObject("clientCertificateConfig").put("issueClientCertificate", plant == GcpPlant.GKE_CLIENT_CERT);
        if (plant == GcpPlant.GKE_CLIENT_CERT) {
            masterAuth.put("clientCertificate", "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t")
                    .put("clientKey", Canary.token("gcp-gke-client-key", uid));
        }
        if (plant == GcpPlant.GKE_LEGACY_ABAC) {
            // an old cluster: basic auth still set, whose password must never reach the snapshot
            masterAuth.put("username", "admin").put("password", Canary.token("gcp-gke-master-password", uid));
        }
        c.putObject("legacyAbac").put("enabled", plant == GcpPlant.GKE_LEGACY_ABAC);
        if (plant != GcpPlant.GKE_PUBLIC_NODES) {
            c.putObject("privateClusterConfig").put("enablePrivateNodes", true)
                    .put("enablePrivateEndpoint", plant != GcpPlant.GKE_PUBLIC_ENDPOINT)
                    .put("masterIpv4CidrBlock", "172.16.0.0/28").put("privateEndpoint", "172.16.0.2");
        }
        ObjectNode authorized = c.putObject("masterAuthorizedNetworksConfig").put("enabled", true);
        authorized.putArray("cidrBlocks").addObject().put("displayName", "office").put("cidrBlock", "203.0.113.0/24");
        if (plant != GcpPlant.GKE_NO_WORKLOAD_IDENTITY) {
            c.putObject("workloadIdentityConfig").put("workloadPool", id + ".svc.id.goog");
        }
        c.putObject("shieldedNodes").put("enabled", plant != GcpPlant.GKE_NOT_SHIELDED);
        if (name.equals("apps-dpv2")) {
            c.putObject("networkConfig").put("datapathProvider", "ADVANCED_DATAPATH");
        } else if (plant == GcpPlant.GKE_NO_NETWORK_POLICY) {
            c.putObject("networkPolicy").put("enabled", false);
        } else {
            c.putObject("networkPolicy").put("provider", "CALICO").put("enabled", true);
        }
        if (plant != GcpPlant.GKE_NO_RELEASE_CHANNEL) {
            c.putObject("releaseChannel").put("channel", name.equals("apps-dpv2") ? "STABLE" : "REGULAR");
        }
        ObjectNode pool = c.putArray("nodePools").addObject().put("name", "default-pool").put("initialNodeCount", 1)
                .put("status", "RUNNING");
        pool.putObject("management").put("autoUpgrade", plant != GcpPlant.GKE_NO_AUTO_UPGRADE)
                .put("autoRepair", plant != GcpPlant.GKE_NO_AUTO_REPAIR);
        ObjectNode config = pool.putObject("config").put("machineType", "e2-standard-4")
                .put("serviceAccount", "gke-nodes@" + id + ".iam.gserviceaccount.com").put("imageType", "COS_CONTAINERD");
        config.putArray("oauthScopes").add(GcpOrgGenerator.CLOUD_PLATFORM);
        config.putObject("metadata").put("disable-legacy-endpoints", "true")
                .put("startup-script", "#!/bin/bash\nexport REGISTRY_TOKEN=" + Canary.token("gcp-gke-node-startup-script", uid));
        config.putObject("shieldedInstanceConfig").put("enableSecureBoot", true).put("enableIntegrityMonitoring", true);
        if (plant != GcpPlant.GKE_NO_WORKLOAD_IDENTITY) {
            config.putObject("workloadMetadataConfig").put("mode", "GKE_METADATA");
        }
        c.putObject("resourceLabels").put("app", p.displayName()).put("env", p.labels().get("env"));
        add("container.googleapis.com/Cluster", uid, region, c, null);
        if (plant != null) {
            fail(plant, uid);
        }
    }
}
