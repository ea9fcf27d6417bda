package dev.vigil.fakecloud.org;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Generates the data stores of an account's home region: a clean DynamoDB table (point-in-time recovery, a
 * customer-managed key, deletion protection), a clean EFS file system (encrypted, automatic backups, a policy that
 * requires IAM through a mount target and TLS) and, per planted misconfiguration, the clean twin with that one
 * setting changed.
 */
final class DataStoreGenerator {
    private final AccountContext ctx;
    private final String region;
    private final String kmsKeyArn;
    private final List<DynamoTable> tables = new ArrayList<>();
    private final List<EfsFileSystem> fileSystems = new ArrayList<>();
    private final List<CacheReplicationGroup> caches = new ArrayList<>();
    private final List<RedshiftCluster> warehouses = new ArrayList<>();
    private final List<SearchDomain> domains = new ArrayList<>();

    DataStoreGenerator(AccountContext ctx, String region, String kmsKeyArn) {
        this.ctx = ctx;
        this.region = region;
        this.kmsKeyArn = kmsKeyArn;
    }

    DataStores generate() {
        tables.add(cleanTable("orders"));
        plantTable(Plant.DYNAMODB_NO_PITR, "sessions", t -> new DynamoTable(t.name(), false, t.kmsKeyArn(),
                t.deletionProtection(), t.created(), t.tags()));
        plantTable(Plant.DYNAMODB_AWS_OWNED_KEY, "events", t -> new DynamoTable(t.name(), t.pointInTimeRecovery(), null,
                t.deletionProtection(), t.created(), t.tags()));
        plantTable(Plant.DYNAMODB_NO_DELETION_PROTECTION, "carts", t -> new DynamoTable(t.name(),
                t.pointInTimeRecovery(), t.kmsKeyArn(), false, t.created(), t.tags()));
        fileSystems.add(cleanFileSystem("shared"));
        plantFileSystem(Plant.EFS_UNENCRYPTED, "scratch", f -> new EfsFileSystem(f.id(), f.name(), false, null,
                f.backupStatus(), f.policy(), f.created(), f.tags()));
        // never set (PolicyNotFound) in even accounts, set and then disabled in odd ones
        plantFileSystem(Plant.EFS_NO_BACKUP, "media", f -> new EfsFileSystem(f.id(), f.name(), f.encrypted(),
                f.kmsKeyArn(), ctx.index() % 2 == 0 ? null : "DISABLED", f.policy(), f.created(), f.tags()));
        plantFileSystem(Plant.EFS_NO_POLICY, "legacy", f -> new EfsFileSystem(f.id(), f.name(), f.encrypted(),
                f.kmsKeyArn(), f.backupStatus(), null, f.created(), f.tags()));
        plantFileSystem(Plant.EFS_PUBLIC_POLICY, "open", f -> new EfsFileSystem(f.id(), f.name(), f.encrypted(),
                f.kmsKeyArn(), f.backupStatus(), PolicyDocuments.doc(efsDenyInsecure(f), "{\"Sid\":\"AnyClient\","
                        + "\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":["
                        + "\"elasticfilesystem:ClientMount\",\"elasticfilesystem:ClientWrite\","
                        + "\"elasticfilesystem:ClientRootAccess\"],\"Resource\":\"" + f.arn(region, ctx.accountId())
                        + "\"}"), f.created(), f.tags()));
        caches();
        warehouses();
        domains();
        return new DataStores(tables, fileSystems, caches, warehouses, domains);
    }

    /**
     * A clean OpenSearch domain (in a VPC, account-only policy, encryption at rest and node to node, HTTPS with TLS
     * 1.2, audit logs, fine-grained access control) and twins. As AWS requires, a twin without encryption at rest or
     * node-to-node encryption has no fine-grained access control, and one without fine-grained access control has no
     * audit logs: those also fail the checks that follow, and the ground truth says so.
     */
    private void domains() {
        domains.add(cleanDomain("search"));
        String everyone = PolicyDocuments.doc("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},"
                + "\"Action\":\"es:*\",\"Resource\":\"" + ctx.arn("es", region, "domain/public-search/*") + "\"}");
        plantDomain(Plant.OPENSEARCH_PUBLIC, "public-search", d -> d.with(null, everyone, true, true, true,
                SearchDomain.TLS_1_2, true, true));
        plantDomain(Plant.OPENSEARCH_NO_ENCRYPTION_AT_REST, "plain-search", d -> d.with(d.vpcId(), d.policy(), false,
                true, true, SearchDomain.TLS_1_2, false, false), Plant.OPENSEARCH_NO_FGAC, Plant.OPENSEARCH_NO_AUDIT_LOGS);
        plantDomain(Plant.OPENSEARCH_NO_NODE_TO_NODE, "n2n-off-search", d -> d.with(d.vpcId(), d.policy(), true, false,
                true, SearchDomain.TLS_1_2, false, false), Plant.OPENSEARCH_NO_FGAC, Plant.OPENSEARCH_NO_AUDIT_LOGS);
        plantDomain(Plant.OPENSEARCH_WEAK_TLS, "tls10-search", d -> d.with(d.vpcId(), d.policy(), true, true, true,
                SearchDomain.TLS_1_0, true, true));
        plantDomain(Plant.OPENSEARCH_NO_AUDIT_LOGS, "unaudited-search", d -> d.with(d.vpcId(), d.policy(), true, true,
                true, SearchDomain.TLS_1_2, false, true));
        plantDomain(Plant.OPENSEARCH_NO_FGAC, "iam-only-search", d -> d.with(d.vpcId(), d.policy(), true, true, true,
                SearchDomain.TLS_1_2, false, false), Plant.OPENSEARCH_NO_AUDIT_LOGS);
    }

    private SearchDomain cleanDomain(String name) {
        String accountOnly = PolicyDocuments.doc("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::"
                + ctx.accountId() + ":root\"},\"Action\":\"es:*\",\"Resource\":\""
                + ctx.arn("es", region, "domain/" + name + "/*") + "\"}");
        return new SearchDomain(name, "vpc-0" + ctx.ids().hex(16), accountOnly, true, kmsKeyArn, true, true,
                SearchDomain.TLS_1_2, true, true, ctx.daysAgo(100));
    }

    private void plantDomain(Plant plant, String name, UnaryOperator<SearchDomain> change, Plant... alsoFails) {
        if (ctx.has(plant)) {
            SearchDomain d = change.apply(cleanDomain(name));
            domains.add(d);
            ctx.found(plant, d.arn(region, ctx.accountId()));
            for (Plant also : alsoFails) {
                ctx.found(also, d.arn(region, ctx.accountId()));
            }
        }
    }

    /** A clean Redshift cluster (private, encrypted, audit logs to S3, require_ssl, 7 days of snapshots) and twins. */
    private void warehouses() {
        warehouses.add(cleanWarehouse("analytics"));
        plantWarehouse(Plant.REDSHIFT_PUBLIC, "public-dw", w -> new RedshiftCluster(w.id(), true, w.encrypted(),
                w.kmsKeyArn(), w.auditLogging(), w.parameterGroup(), w.snapshotRetentionDays(), w.created(), w.tags()));
        plantWarehouse(Plant.REDSHIFT_UNENCRYPTED, "plain-dw", w -> new RedshiftCluster(w.id(), w.publiclyAccessible(),
                false, null, w.auditLogging(), w.parameterGroup(), w.snapshotRetentionDays(), w.created(), w.tags()));
        plantWarehouse(Plant.REDSHIFT_NO_AUDIT_LOGGING, "silent-dw", w -> new RedshiftCluster(w.id(),
                w.publiclyAccessible(), w.encrypted(), w.kmsKeyArn(), false, w.parameterGroup(),
                w.snapshotRetentionDays(), w.created(), w.tags()));
        plantWarehouse(Plant.REDSHIFT_NO_REQUIRE_SSL, "default-params-dw", w -> new RedshiftCluster(w.id(),
                w.publiclyAccessible(), w.encrypted(), w.kmsKeyArn(), w.auditLogging(), RedshiftCluster.DEFAULT_GROUP,
                w.snapshotRetentionDays(), w.created(), w.tags()));
        plantWarehouse(Plant.REDSHIFT_NO_SNAPSHOTS, "nosnap-dw", w -> new RedshiftCluster(w.id(), w.publiclyAccessible(),
                w.encrypted(), w.kmsKeyArn(), w.auditLogging(), w.parameterGroup(), 0, w.created(), w.tags()));
    }

    private RedshiftCluster cleanWarehouse(String id) {
        return new RedshiftCluster(id, false, true, kmsKeyArn, true, RedshiftCluster.SECURE_GROUP, 7, ctx.daysAgo(200),
                ctx.requiredTags("analytics"));
    }

    private void plantWarehouse(Plant plant, String id, UnaryOperator<RedshiftCluster> change) {
        if (ctx.has(plant)) {
            RedshiftCluster w = change.apply(cleanWarehouse(id));
            warehouses.add(w);
            ctx.found(plant, w.arn(region, ctx.accountId()));
        }
    }

    /**
     * A clean Redis group with an AUTH token and one with an RBAC user group instead (both are access control);
     * each plant is the token twin with one setting changed.
     */
    private void caches() {
        caches.add(cleanCache("sessions-cache", false));
        caches.add(cleanCache("rbac-cache", true));
        plantCache(Plant.ELASTICACHE_NO_AT_REST_ENCRYPTION, "plain-cache", c -> new CacheReplicationGroup(c.id(), false,
                null, c.transitEncryption(), c.snapshotRetentionDays(), c.autoMinorVersionUpgrade(), c.authToken(),
                c.userGroupIds(), c.created()));
        // AUTH needs in-transit encryption: a group without TLS has neither a token nor a user group, and so also
        // fails the AUTH check
        plantCache(Plant.ELASTICACHE_NO_TRANSIT_ENCRYPTION, "cleartext-cache", c -> new CacheReplicationGroup(c.id(),
                c.atRestEncryption(), c.kmsKeyArn(), false, c.snapshotRetentionDays(), c.autoMinorVersionUpgrade(),
                false, List.of(), c.created()));
        if (ctx.has(Plant.ELASTICACHE_NO_TRANSIT_ENCRYPTION)) {
            ctx.found(Plant.ELASTICACHE_NO_AUTH, ctx.arn("elasticache", region, "replicationgroup:cleartext-cache"));
        }
        plantCache(Plant.ELASTICACHE_NO_BACKUPS, "volatile-cache", c -> new CacheReplicationGroup(c.id(),
                c.atRestEncryption(), c.kmsKeyArn(), c.transitEncryption(), 0, c.autoMinorVersionUpgrade(),
                c.authToken(), c.userGroupIds(), c.created()));
        plantCache(Plant.ELASTICACHE_NO_MINOR_UPGRADE, "pinned-cache", c -> new CacheReplicationGroup(c.id(),
                c.atRestEncryption(), c.kmsKeyArn(), c.transitEncryption(), c.snapshotRetentionDays(), false,
                c.authToken(), c.userGroupIds(), c.created()));
        plantCache(Plant.ELASTICACHE_NO_AUTH, "open-cache", c -> new CacheReplicationGroup(c.id(),
                c.atRestEncryption(), c.kmsKeyArn(), c.transitEncryption(), c.snapshotRetentionDays(),
                c.autoMinorVersionUpgrade(), false, List.of(), c.created()));
    }

    private CacheReplicationGroup cleanCache(String id, boolean rbac) {
        return new CacheReplicationGroup(id, true, kmsKeyArn, true, 7, true, !rbac,
                rbac ? List.of("app-users") : List.of(), ctx.daysAgo(60));
    }

    private void plantCache(Plant plant, String id, UnaryOperator<CacheReplicationGroup> change) {
        if (ctx.has(plant)) {
            CacheReplicationGroup c = change.apply(cleanCache(id, false));
            caches.add(c);
            ctx.found(plant, c.arn(region, ctx.accountId()));
        }
    }

    private EfsFileSystem cleanFileSystem(String name) {
        String id = "fs-0" + ctx.ids().hex(16);
        EfsFileSystem f = new EfsFileSystem(id, name, true, kmsKeyArn, "ENABLED", null, ctx.daysAgo(150),
                ctx.requiredTags("files"));
        return new EfsFileSystem(id, name, true, kmsKeyArn, "ENABLED", PolicyDocuments.doc(efsDenyInsecure(f),
                "{\"Sid\":\"MountTargetOnly\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":["
                        + "\"elasticfilesystem:ClientMount\",\"elasticfilesystem:ClientWrite\"],\"Resource\":\""
                        + f.arn(region, ctx.accountId()) + "\",\"Condition\":{\"Bool\":{"
                        + "\"elasticfilesystem:AccessedViaMountTarget\":\"true\"}}}"), f.created(), f.tags());
    }

    private String efsDenyInsecure(EfsFileSystem f) {
        return "{\"Sid\":\"DenyInsecureTransport\",\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},"
                + "\"Action\":\"*\",\"Resource\":\"" + f.arn(region, ctx.accountId()) + "\",\"Condition\":{\"Bool\":"
                + "{\"aws:SecureTransport\":\"false\"}}}";
    }

    private void plantFileSystem(Plant plant, String name, UnaryOperator<EfsFileSystem> change) {
        if (ctx.has(plant)) {
            EfsFileSystem f = change.apply(cleanFileSystem(name));
            fileSystems.add(f);
            ctx.found(plant, f.arn(region, ctx.accountId()));
        }
    }

    private DynamoTable cleanTable(String name) {
        return new DynamoTable(name, true, kmsKeyArn, true, ctx.daysAgo(90), ctx.requiredTags("data"));
    }

    private void plantTable(Plant plant, String name, UnaryOperator<DynamoTable> change) {
        if (ctx.has(plant)) {
            DynamoTable table = change.apply(cleanTable(name));
            tables.add(table);
            ctx.found(plant, table.arn(region, ctx.accountId()));
        }
    }
}
