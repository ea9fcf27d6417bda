package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.CacheReplicationGroup;
import dev.vigil.fakecloud.org.DataStores;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.List;
import java.util.Set;

/** ElastiCache (Query protocol, API version 2015-02-02): DescribeReplicationGroups of the caller's account and region. */
public final class ElastiCacheHandler implements ServiceHandler {
    public static final String NAMESPACE = "http://elasticache.amazonaws.com/doc/2015-02-02/";

    private final QueryProtocol protocol;
    private final SyntheticOrg org;
    private final FakeCloudOptions options;

    public ElastiCacheHandler(QueryProtocol protocol, SyntheticOrg org, FakeCloudOptions options) {
        this.protocol = protocol;
        this.org = org;
        this.options = options;
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("DescribeReplicationGroups");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        AccountResources account = org.resources(request.accountId())
                .orElseThrow(() -> new AwsError(403, "AccessDenied", "account " + request.accountId() + " is not active"));
        DataStores stores = account.region(request.region()) == null ? DataStores.NONE
                : account.region(request.region()).dataStores();
        if (!operation.equals("DescribeReplicationGroups")) {
            throw new AwsError(400, "InvalidAction", "Could not find operation " + operation);
        }
        List<CacheReplicationGroup> groups = stores.caches();
        String id = request.form().get("ReplicationGroupId");
        if (id != null) {
            groups = groups.stream().filter(g -> g.id().equals(id)).toList();
            if (groups.isEmpty()) {
                throw new AwsError(404, "ReplicationGroupNotFoundFault", "ReplicationGroup " + id + " not found.");
            }
        }
        Integer max = Page.intParam(request.form().get("MaxRecords"));
        if (max != null && (max < 20 || max > 100)) {
            throw new AwsError(400, "InvalidParameterValue", "The value of MaxRecords must be between 20 and 100.");
        }
        Page<CacheReplicationGroup> page = Page.of(groups, request.form().get("Marker"), max, options.maxPageSize(),
                "InvalidParameterValue");
        String region = request.region();
        String acct = request.accountId();
        return protocol.respond(operation, request.requestId(), x -> {
            x.start("ReplicationGroups");
            page.items().forEach(g -> group(x, g, region, acct));
            x.end().leaf("Marker", page.next());
        });
    }

    private static void group(XmlWriter x, CacheReplicationGroup g, String region, String acct) {
        x.start("ReplicationGroup").leaf("ReplicationGroupId", g.id()).leaf("Description", g.id() + " for the app")
                .leaf("Status", "available").leaf("Engine", "redis");
        x.start("MemberClusters");
        g.memberClusters().forEach(m -> x.leaf("ClusterId", m));
        x.end();
        x.start("NodeGroups").start("NodeGroup").leaf("NodeGroupId", "0001").leaf("Status", "available")
                .start("PrimaryEndpoint").leaf("Address", g.id() + ".c0ffee.ng.0001." + region + ".cache.amazonaws.com")
                .leaf("Port", 6379).end().end().end();
        x.leaf("SnapshottingClusterId", g.snapshotRetentionDays() > 0 ? g.memberClusters().get(1) : null)
                .leaf("AutomaticFailover", "enabled").leaf("MultiAZ", "enabled")
                .leaf("SnapshotRetentionLimit", g.snapshotRetentionDays())
                .leaf("SnapshotWindow", "05:00-06:00").leaf("ClusterEnabled", false)
                .leaf("CacheNodeType", "cache.t4g.small")
                .leaf("AuthTokenEnabled", g.authToken())
                .leaf("AuthTokenLastModifiedDate", g.authToken() ? g.created() : null)
                .leaf("TransitEncryptionEnabled", g.transitEncryption())
                .leaf("AtRestEncryptionEnabled", g.atRestEncryption())
                .leaf("KmsKeyId", g.kmsKeyArn())
                .leaf("ARN", g.arn(region, acct));
        x.start("UserGroupIds");
        g.userGroupIds().forEach(u -> x.leaf("member", u));
        x.end();
        x.leaf("ReplicationGroupCreateTime", g.created()).leaf("DataTiering", "disabled")
                .leaf("AutoMinorVersionUpgrade", g.autoMinorVersionUpgrade())
                .leaf("NetworkType", "ipv4").leaf("IpDiscovery", "ipv4")
                .leaf("TransitEncryptionMode", g.transitEncryption() ? "required" : null)
                .leaf("ClusterMode", "disabled");
        x.end();
    }
}
