package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.RDS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.vigil.collect.engine.Detail;
import dev.vigil.collect.engine.Extract;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import dev.vigil.collect.engine.SdkJson;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.rds.RdsClient;

/** RDS DB instances, Aurora (and other) DB clusters, and manual DB snapshots with their sharing attributes. */
public final class RdsSpecs {
    private RdsSpecs() {}

    /** DBSnapshotAttributesResult.DBSnapshotAttributes: [{AttributeName, AttributeValues}]. */
    private static JsonNode snapshotAttributes(SdkPojo response) {
        JsonNode value = SdkJson.toJson(response).path("DBSnapshotAttributesResult").get("DBSnapshotAttributes");
        return value == null ? NullNode.getInstance() : value;
    }

    public static final ResourceSpec<RdsClient> INSTANCE = ResourceSpec.builder("aws.rds.instance", RDS)
            .list(Operation.of("rds", "DescribeDBInstances"),
                    c -> c.describeDBInstancesPaginator(r -> r.maxRecords(100)).dbInstances().stream())
            .id("DBInstanceIdentifier").name("DBInstanceIdentifier").tags("TagList")
            .uid(Uid.field("DBInstanceArn"))
            .build();

    public static final ResourceSpec<RdsClient> CLUSTER = ResourceSpec.builder("aws.rds.cluster", RDS)
            .list(Operation.of("rds", "DescribeDBClusters"),
                    c -> c.describeDBClustersPaginator(r -> r.maxRecords(100)).dbClusters().stream())
            .id("DBClusterIdentifier").name("DBClusterIdentifier").tags("TagList")
            .uid(Uid.field("DBClusterArn"))
            .build();

    public static final ResourceSpec<RdsClient> SNAPSHOT = ResourceSpec.builder("aws.rds.snapshot", RDS)
            .list(Operation.of("rds", "DescribeDBSnapshots"),
                    c -> c.describeDBSnapshotsPaginator(r -> r.snapshotType("manual").maxRecords(100)).dbSnapshots()
                            .stream())
            .detail(Detail.of("DBSnapshotAttributes", Operation.of("rds", "DescribeDBSnapshotAttributes"),
                    (c, item) -> c.describeDBSnapshotAttributes(r -> r.dbSnapshotIdentifier(
                            Extract.text(item, "DBSnapshotIdentifier"))), RdsSpecs::snapshotAttributes))
            .id("DBSnapshotIdentifier").name("DBSnapshotIdentifier").tags("TagList")
            .uid(Uid.field("DBSnapshotArn"))
            .build();
}
