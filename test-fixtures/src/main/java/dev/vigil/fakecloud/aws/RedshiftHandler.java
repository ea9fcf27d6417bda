package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.DataStores;
import dev.vigil.fakecloud.org.RedshiftCluster;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Amazon Redshift (Query protocol, API version 2012-12-01): DescribeClusters, DescribeLoggingStatus and
 * DescribeClusterParameters (the secure group and the default group, which differ in {@code require_ssl}).
 */
public final class RedshiftHandler implements ServiceHandler {
    public static final String NAMESPACE = "http://redshift.amazonaws.com/doc/2012-12-01/";

    private final QueryProtocol protocol;
    private final SyntheticOrg org;
    private final FakeCloudOptions options;

    public RedshiftHandler(QueryProtocol protocol, SyntheticOrg org, FakeCloudOptions options) {
        this.protocol = protocol;
        this.org = org;
        this.options = options;
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("DescribeClusters", "DescribeLoggingStatus", "DescribeClusterParameters");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        AccountResources account = org.resources(request.accountId())
                .orElseThrow(() -> new AwsError(403, "AccessDenied", "account " + request.accountId() + " is not active"));
        DataStores stores = account.region(request.region()) == null ? DataStores.NONE
                : account.region(request.region()).dataStores();
        Map<String, String> form = request.form();
        String region = request.region();
        String acct = request.accountId();
        return switch (operation) {
            case "DescribeClusters" -> {
                List<RedshiftCluster> clusters = form.get("ClusterIdentifier") == null ? stores.warehouses()
                        : List.of(find(stores, form.get("ClusterIdentifier")));
                Page<RedshiftCluster> page = page(form, clusters);
                yield protocol.respond(operation, request.requestId(), x -> {
                    x.start("Clusters");
                    page.items().forEach(c -> cluster(x, c, region, acct));
                    x.end().leaf("Marker", page.next());
                });
            }
            case "DescribeLoggingStatus" -> {
                RedshiftCluster c = find(stores, form.get("ClusterIdentifier"));
                yield protocol.respond(operation, request.requestId(), x -> {
                    x.leaf("LoggingEnabled", c.auditLogging());
                    if (c.auditLogging()) {
                        x.leaf("BucketName", "audit-logs-" + acct).leaf("S3KeyPrefix", "redshift/" + c.id() + "/")
                                .leaf("LogDestinationType", "s3").start("LogExports").leaf("member", "connectionlog")
                                .leaf("member", "userlog").leaf("member", "useractivitylog").end();
                    }
                });
            }
            case "DescribeClusterParameters" -> {
                String group = form.get("ParameterGroupName");
                if (!RedshiftCluster.SECURE_GROUP.equals(group) && !RedshiftCluster.DEFAULT_GROUP.equals(group)) {
                    throw new AwsError(404, "ClusterParameterGroupNotFound", "Parameter group " + group
                            + " not found.");
                }
                boolean secure = RedshiftCluster.SECURE_GROUP.equals(group);
                List<String[]> params = List.of(new String[] {"auto_analyze", "true"},
                        new String[] {"datestyle", "ISO, MDY"},
                        new String[] {"enable_user_activity_logging", secure ? "true" : "false"},
                        new String[] {"max_concurrency_scaling_clusters", "1"},
                        new String[] {"require_ssl", secure ? "true" : "false"},
                        new String[] {"search_path", "$user, public"},
                        new String[] {"statement_timeout", "0"});
                Page<String[]> page = page(form, params);
                yield protocol.respond(operation, request.requestId(), x -> {
                    x.start("Parameters");
                    page.items().forEach(p -> x.start("Parameter").leaf("ParameterName", p[0])
                            .leaf("ParameterValue", p[1]).leaf("Source", secure ? "user" : "engine-default")
                            .leaf("DataType", "string").leaf("ApplyType", "static").leaf("IsModifiable", true).end());
                    x.end().leaf("Marker", page.next());
                });
            }
            default -> throw new AwsError(400, "InvalidAction", "Could not find operation " + operation);
        };
    }

    private <T> Page<T> page(Map<String, String> form, List<T> items) {
        Integer max = Page.intParam(form.get("MaxRecords"));
        if (max != null && (max < 20 || max > 100)) {
            throw new AwsError(400, "InvalidParameterValue", "MaxRecords must be between 20 and 100.");
        }
        return Page.of(items, form.get("Marker"), max, options.maxPageSize(), "InvalidParameterValue");
    }

    private static RedshiftCluster find(DataStores stores, String id) {
        if (id == null) {
            throw new AwsError(400, "MissingParameter", "ClusterIdentifier is required");
        }
        return stores.warehouses().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AwsError(404, "ClusterNotFound", "Cluster " + id + " not found."));
    }

    private static void cluster(XmlWriter x, RedshiftCluster c, String region, String acct) {
        x.start("Cluster").leaf("ClusterIdentifier", c.id()).leaf("NodeType", "ra3.xlplus")
                .leaf("ClusterStatus", "available").leaf("ClusterAvailabilityStatus", "Available")
                .leaf("MasterUsername", "admin").leaf("DBName", "dev")
                .start("Endpoint").leaf("Address", c.id() + ".c0ffee." + region + ".redshift.amazonaws.com")
                .leaf("Port", 5439).end()
                .leaf("ClusterCreateTime", c.created())
                .leaf("AutomatedSnapshotRetentionPeriod", c.snapshotRetentionDays())
                .leaf("ManualSnapshotRetentionPeriod", -1)
                .start("VpcSecurityGroups").start("VpcSecurityGroup").leaf("VpcSecurityGroupId", "sg-0c0ffee")
                .leaf("Status", "active").end().end()
                .start("ClusterParameterGroups").start("ClusterParameterGroup")
                .leaf("ParameterGroupName", c.parameterGroup()).leaf("ParameterApplyStatus", "in-sync").end().end()
                .leaf("ClusterSubnetGroupName", "analytics").leaf("AvailabilityZone", region + "a")
                .leaf("PreferredMaintenanceWindow", "sun:05:00-sun:05:30").leaf("ClusterVersion", "1.0")
                .leaf("AllowVersionUpgrade", true).leaf("NumberOfNodes", 2)
                .leaf("PubliclyAccessible", c.publiclyAccessible()).leaf("Encrypted", c.encrypted())
                .leaf("KmsKeyId", c.kmsKeyArn()).leaf("EnhancedVpcRouting", false)
                .leaf("ClusterNamespaceArn", "arn:aws:redshift:" + region + ":" + acct + ":namespace:"
                        + java.util.UUID.nameUUIDFromBytes(c.id().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        x.start("Tags");
        c.tags().forEach((k, v) -> x.start("Tag").leaf("Key", k).leaf("Value", v).end());
        x.end().end();
    }
}
