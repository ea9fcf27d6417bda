package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.org.DbCluster;
import dev.vigil.fakecloud.org.DbInstance;
import dev.vigil.fakecloud.org.DbSnapshot;
import java.util.List;
import java.util.Map;

/** The XML members of RDS's DBInstance, DBCluster, DBSnapshot and DBSnapshotAttributesResult shapes. */
final class RdsWriter {
    private final String accountId;
    private final String region;

    RdsWriter(String accountId, String region) {
        this.accountId = accountId;
        this.region = region;
    }

    void instance(XmlWriter x, DbInstance i) {
        x.leaf("DBInstanceIdentifier", i.id()).leaf("DBInstanceClass", "db.t3.medium").leaf("Engine", i.engine())
                .leaf("DBInstanceStatus", "available").leaf("EngineVersion", version(i.engine()))
                .start("Endpoint").leaf("Address", i.id() + ".c0ffee." + region + ".rds.amazonaws.com")
                .leaf("Port", port(i.engine())).end()
                .leaf("AllocatedStorage", i.clusterId() == null ? 100 : 1)
                .leaf("InstanceCreateTime", i.created())
                .leaf("BackupRetentionPeriod", i.backupRetentionDays())
                .leaf("AvailabilityZone", i.availabilityZone())
                .leaf("MultiAZ", i.multiAz())
                .leaf("AutoMinorVersionUpgrade", i.autoMinorVersionUpgrade())
                .leaf("PubliclyAccessible", i.publiclyAccessible())
                .leaf("StorageType", i.clusterId() == null ? "gp3" : "aurora")
                .leaf("DBClusterIdentifier", i.clusterId())
                .leaf("StorageEncrypted", i.encrypted())
                .leaf("KmsKeyId", i.kmsKeyArn())
                .leaf("DbiResourceId", "db-" + i.id().toUpperCase().replace('-', 'X'))
                .leaf("DBInstanceArn", i.arn(region, accountId))
                .leaf("IAMDatabaseAuthenticationEnabled", i.iamAuthentication())
                .leaf("DeletionProtection", i.deletionProtection())
                .leaf("CopyTagsToSnapshot", true);
        tags(x, i.tags());
    }

    void cluster(XmlWriter x, DbCluster c, List<DbInstance> instances) {
        x.leaf("DBClusterIdentifier", c.id()).leaf("Engine", c.engine()).leaf("EngineVersion", version(c.engine()))
                .leaf("Status", "available").leaf("BackupRetentionPeriod", c.backupRetentionDays())
                .leaf("Endpoint", c.id() + ".cluster-c0ffee." + region + ".rds.amazonaws.com")
                .leaf("Port", port(c.engine())).leaf("MultiAZ", c.members().size() > 1)
                .leaf("StorageEncrypted", c.encrypted()).leaf("KmsKeyId", c.kmsKeyArn())
                .leaf("DbClusterResourceId", "cluster-" + c.id().toUpperCase().replace('-', 'X'))
                .leaf("DBClusterArn", c.arn(region, accountId))
                .leaf("IAMDatabaseAuthenticationEnabled", c.iamAuthentication())
                .leaf("ClusterCreateTime", c.created()).leaf("EngineMode", "provisioned")
                .leaf("DeletionProtection", c.deletionProtection()).leaf("CopyTagsToSnapshot", true);
        x.start("EnabledCloudwatchLogsExports");
        c.logExports().forEach(log -> x.leaf("member", log));
        x.end();
        x.start("DBClusterMembers");
        for (String member : c.members()) {
            boolean writer = member.equals(c.members().get(0));
            x.start("DBClusterMember").leaf("DBInstanceIdentifier", member).leaf("IsClusterWriter", writer)
                    .leaf("PromotionTier", 1).end();
        }
        x.end();
        tags(x, c.tags());
    }

    void snapshot(XmlWriter x, DbSnapshot s) {
        x.leaf("DBSnapshotIdentifier", s.id()).leaf("DBInstanceIdentifier", s.instanceId())
                .leaf("SnapshotCreateTime", s.created()).leaf("Engine", s.engine()).leaf("AllocatedStorage", 100)
                .leaf("Status", "available").leaf("Port", port(s.engine())).leaf("EngineVersion", version(s.engine()))
                .leaf("SnapshotType", "manual").leaf("Encrypted", s.encrypted())
                .leaf("DBSnapshotArn", s.arn(region, accountId));
        tags(x, s.tags());
    }

    void attributes(XmlWriter x, DbSnapshot s) {
        x.start("DBSnapshotAttributesResult").leaf("DBSnapshotIdentifier", s.id()).start("DBSnapshotAttributes")
                .start("DBSnapshotAttribute").leaf("AttributeName", "restore").start("AttributeValues");
        if (s.isPublic()) {
            x.leaf("AttributeValue", "all");
        }
        x.end().end().end().end();
    }

    private static void tags(XmlWriter x, Map<String, String> tags) {
        x.start("TagList");
        tags.forEach((k, v) -> x.start("Tag").leaf("Key", k).leaf("Value", v).end());
        x.end();
    }

    private static String version(String engine) {
        return switch (engine) {
            case "mysql" -> "8.0.39";
            case "mariadb" -> "10.11.9";
            case "aurora-postgresql" -> "16.4";
            case "docdb" -> "5.0.0";
            case "neptune" -> "1.3.2.1";
            default -> "16.4";
        };
    }

    private static int port(String engine) {
        return switch (engine) {
            case "docdb" -> 27017;
            case "neptune" -> 8182;
            default -> engine.contains("postgres") ? 5432 : 3306;
        };
    }
}
