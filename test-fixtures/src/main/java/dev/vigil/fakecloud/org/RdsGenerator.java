package dev.vigil.fakecloud.org;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates the RDS resources of an account's home region: a clean PostgreSQL instance, a clean Aurora cluster
 * with its member, a private manual snapshot, and one resource per planted RDS misconfiguration, each otherwise
 * the clean twin.
 */
final class RdsGenerator {
    private final AccountContext ctx;
    private final String region;
    private final String kmsKeyArn;
    private final List<DbInstance> instances = new ArrayList<>();
    private final List<DbCluster> clusters = new ArrayList<>();
    private final List<DbSnapshot> snapshots = new ArrayList<>();

    RdsGenerator(AccountContext ctx, String region, String kmsKeyArn) {
        this.ctx = ctx;
        this.region = region;
        this.kmsKeyArn = kmsKeyArn;
    }

    RdsResources generate() {
        DbInstance app = add(clean("app-db", "postgres"));
        cluster("app-aurora", true, true);
        snapshot("app-db-manual", app, false);
        plantInstance(Plant.RDS_PUBLIC, "public-db", "postgres", i -> with(i, true, i.encrypted(), i.backupRetentionDays(),
                i.deletionProtection(), i.autoMinorVersionUpgrade(), i.iamAuthentication(), i.multiAz()));
        plantInstance(Plant.RDS_UNENCRYPTED, "plain-db", "postgres", i -> with(i, false, false, i.backupRetentionDays(),
                i.deletionProtection(), i.autoMinorVersionUpgrade(), i.iamAuthentication(), i.multiAz()));
        plantInstance(Plant.RDS_SHORT_BACKUP, "short-backup-db", "mysql", i -> with(i, false, true,
                ctx.index() % 2 == 0 ? 0 : 3, i.deletionProtection(), i.autoMinorVersionUpgrade(), i.iamAuthentication(),
                i.multiAz()));
        plantInstance(Plant.RDS_NO_DELETION_PROTECTION, "unprotected-db", "mariadb", i -> with(i, false, true,
                i.backupRetentionDays(), false, i.autoMinorVersionUpgrade(), i.iamAuthentication(), i.multiAz()));
        plantInstance(Plant.RDS_NO_MINOR_UPGRADE, "pinned-db", "postgres", i -> with(i, false, true,
                i.backupRetentionDays(), i.deletionProtection(), false, i.iamAuthentication(), i.multiAz()));
        plantInstance(Plant.RDS_NO_IAM_AUTH, "password-db", "mysql", i -> with(i, false, true, i.backupRetentionDays(),
                i.deletionProtection(), i.autoMinorVersionUpgrade(), false, i.multiAz()));
        plantInstance(Plant.RDS_SINGLE_AZ, "single-az-db", "postgres", i -> with(i, false, true, i.backupRetentionDays(),
                i.deletionProtection(), i.autoMinorVersionUpgrade(), i.iamAuthentication(), false));
        if (ctx.has(Plant.RDS_SNAPSHOT_PUBLIC)) {
            ctx.found(Plant.RDS_SNAPSHOT_PUBLIC, snapshot("app-db-shared", app, true).arn(region, ctx.accountId()));
        }
        if (ctx.has(Plant.RDS_CLUSTER_UNENCRYPTED)) {
            ctx.found(Plant.RDS_CLUSTER_UNENCRYPTED, cluster("plain-aurora", false, true).arn(region, ctx.accountId()));
        }
        if (ctx.has(Plant.RDS_CLUSTER_NO_DELETION_PROTECTION)) {
            ctx.found(Plant.RDS_CLUSTER_NO_DELETION_PROTECTION,
                    cluster("unprotected-aurora", true, false).arn(region, ctx.accountId()));
        }
        documentDbAndNeptune();
        return new RdsResources(instances, clusters, snapshots);
    }

    /**
     * DocumentDB and Neptune clusters, which the RDS API lists with the Aurora ones: a clean one of each (audit logs
     * exported, 7-day backups, Neptune with IAM authentication), and one cluster per plant, otherwise its twin.
     */
    private void documentDbAndNeptune() {
        cluster("app-docdb", "docdb", true, true, 7, false, List.of("audit", "profiler"));
        cluster("app-graph", "neptune", true, true, 7, true, List.of("audit"));
        if (ctx.has(Plant.DOCDB_NO_AUDIT_LOG)) {
            ctx.found(Plant.DOCDB_NO_AUDIT_LOG, cluster("docdb-no-audit", "docdb", true, true, 7, false,
                    List.of("profiler")).arn(region, ctx.accountId()));
        }
        if (ctx.has(Plant.DOCDB_SHORT_BACKUP)) {
            ctx.found(Plant.DOCDB_SHORT_BACKUP, cluster("docdb-short-backup", "docdb", true, true, 1, false,
                    List.of("audit", "profiler")).arn(region, ctx.accountId()));
        }
        if (ctx.has(Plant.NEPTUNE_NO_IAM_AUTH)) {
            ctx.found(Plant.NEPTUNE_NO_IAM_AUTH, cluster("graph-password", "neptune", true, true, 7, false,
                    List.of("audit")).arn(region, ctx.accountId()));
        }
        if (ctx.has(Plant.NEPTUNE_NO_AUDIT_LOG)) {
            ctx.found(Plant.NEPTUNE_NO_AUDIT_LOG, cluster("graph-no-audit", "neptune", true, true, 7, true,
                    List.of()).arn(region, ctx.accountId()));
        }
    }

    private DbInstance clean(String id, String engine) {
        return new DbInstance(id, engine, null, false, true, kmsKeyArn, 7, true, true,
                !engine.startsWith("sqlserver"), true, region + "a", ctx.daysAgo(180), ctx.requiredTags("db"));
    }

    private DbInstance add(DbInstance instance) {
        instances.add(instance);
        return instance;
    }

    private void plantInstance(Plant plant, String id, String engine, java.util.function.UnaryOperator<DbInstance> change) {
        if (ctx.has(plant)) {
            ctx.found(plant, add(change.apply(clean(id, engine))).arn(region, ctx.accountId()));
        }
    }

    private static DbInstance with(DbInstance i, boolean publiclyAccessible, boolean encrypted, int retention,
            boolean deletionProtection, boolean autoMinor, boolean iamAuth, boolean multiAz) {
        return new DbInstance(i.id(), i.engine(), i.clusterId(), publiclyAccessible, encrypted,
                encrypted ? i.kmsKeyArn() : null, retention, deletionProtection, autoMinor, iamAuth, multiAz,
                i.availabilityZone(), i.created(), i.tags());
    }

    /** A cluster with one member instance; the member carries the cluster's storage settings, as Aurora reports. */
    private DbCluster cluster(String id, boolean encrypted, boolean deletionProtection) {
        return cluster(id, "aurora-postgresql", encrypted, deletionProtection, 7, true, List.of());
    }

    private DbCluster cluster(String id, String engine, boolean encrypted, boolean deletionProtection, int retention,
                              boolean iamAuth, List<String> logExports) {
        String member = id + "-1";
        DbCluster cluster = new DbCluster(id, engine, encrypted, encrypted ? kmsKeyArn : null,
                deletionProtection, retention, iamAuth, List.of(member), ctx.daysAgo(120), ctx.requiredTags("db"),
                logExports);
        clusters.add(cluster);
        // cluster members: storage, backups, deletion protection, IAM auth and Multi-AZ belong to the cluster; the
        // instance reports MultiAZ false and its own DeletionProtection false, which instance checks must not judge.
        add(new DbInstance(member, engine, id, false, encrypted, encrypted ? kmsKeyArn : null, 1, false,
                true, false, false, region + "b", ctx.daysAgo(120), ctx.requiredTags("db")));
        return cluster;
    }

    private DbSnapshot snapshot(String id, DbInstance source, boolean isPublic) {
        DbSnapshot snapshot = new DbSnapshot(id, source.id(), source.engine(), source.encrypted(), isPublic,
                ctx.daysAgo(14), ctx.requiredTags("db"));
        snapshots.add(snapshot);
        return snapshot;
    }
}
