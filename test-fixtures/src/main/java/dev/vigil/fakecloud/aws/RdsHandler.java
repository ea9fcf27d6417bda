package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.DbCluster;
import dev.vigil.fakecloud.org.DbInstance;
import dev.vigil.fakecloud.org.DbSnapshot;
import dev.vigil.fakecloud.org.RdsResources;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/** RDS (Query protocol, API version 2014-10-31): DB instances, Aurora clusters, manual snapshots and their attributes. */
public final class RdsHandler implements ServiceHandler {
    public static final String NAMESPACE = "http://rds.amazonaws.com/doc/2014-10-31/";

    private final QueryProtocol protocol;
    private final SyntheticOrg org;
    private final FakeCloudOptions options;

    public RdsHandler(QueryProtocol protocol, SyntheticOrg org, FakeCloudOptions options) {
        this.protocol = protocol;
        this.org = org;
        this.options = options;
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("DescribeDBInstances", "DescribeDBClusters", "DescribeDBSnapshots", "DescribeDBSnapshotAttributes");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        AccountResources account = org.resources(request.accountId())
                .orElseThrow(() -> new AwsError(403, "AccessDenied", "account " + request.accountId() + " is not active"));
        RdsResources rds = account.region(request.region()) == null ? RdsResources.NONE
                : account.region(request.region()).rds();
        RdsWriter w = new RdsWriter(account.accountId(), request.region());
        Map<String, String> form = request.form();
        return switch (operation) {
            case "DescribeDBInstances" -> paged(request, operation, "DBInstances", "DBInstance",
                    only(rds.instances(), form.get("DBInstanceIdentifier"), DbInstance::id, "DBInstanceNotFound"),
                    w::instance);
            case "DescribeDBClusters" -> paged(request, operation, "DBClusters", "DBCluster",
                    only(rds.clusters(), form.get("DBClusterIdentifier"), DbCluster::id, "DBClusterNotFoundFault"),
                    (x, c) -> w.cluster(x, c, rds.instances()));
            case "DescribeDBSnapshots" -> paged(request, operation, "DBSnapshots", "DBSnapshot",
                    snapshots(rds, form), w::snapshot);
            case "DescribeDBSnapshotAttributes" -> {
                DbSnapshot s = only(rds.snapshots(), form.get("DBSnapshotIdentifier"), DbSnapshot::id,
                        "DBSnapshotNotFound").stream().findFirst()
                        .orElseThrow(() -> new AwsError(400, "InvalidParameterValue", "DBSnapshotIdentifier is required"));
                yield protocol.respond(operation, request.requestId(), x -> w.attributes(x, s));
            }
            default -> throw new AwsError(400, "InvalidAction", "Could not find operation " + operation);
        };
    }

    private static List<DbSnapshot> snapshots(RdsResources rds, Map<String, String> form) {
        String type = form.get("SnapshotType");
        List<DbSnapshot> all = only(rds.snapshots(), form.get("DBSnapshotIdentifier"), DbSnapshot::id,
                "DBSnapshotNotFound");
        // every generated snapshot is manual; automated ones would be listed without a type or with "automated"
        return type == null || type.equals("manual") ? all : List.of();
    }

    private static <T> List<T> only(List<T> all, String id, java.util.function.Function<T, String> idOf, String notFound) {
        if (id == null) {
            return all;
        }
        List<T> one = all.stream().filter(t -> idOf.apply(t).equals(id)).toList();
        if (one.isEmpty()) {
            throw new AwsError(404, notFound, id + " not found.");
        }
        return one;
    }

    private <T> AwsResponse paged(AwsRequest request, String operation, String list, String member, List<T> items,
            BiConsumer<XmlWriter, T> write) {
        Integer max = Page.intParam(request.form().get("MaxRecords"));
        if (max != null && (max < 20 || max > 100)) {
            throw new AwsError(400, "InvalidParameterValue", "Invalid value for MaxRecords: must be between 20 and 100");
        }
        Page<T> page = Page.of(items, request.form().get("Marker"), max, options.maxPageSize(), "InvalidParameterValue");
        return protocol.respond(operation, request.requestId(), x -> {
            x.start(list);
            page.items().forEach(item -> {
                x.start(member);
                write.accept(x, item);
                x.end();
            });
            x.end().leaf("Marker", page.next());
        });
    }
}
