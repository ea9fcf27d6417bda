package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.ELASTICACHE;

import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import software.amazon.awssdk.services.elasticache.ElastiCacheClient;

/** ElastiCache replication groups (Redis OSS and Valkey), which carry encryption, backup, upgrade and AUTH settings. */
public final class ElastiCacheSpecs {
    private ElastiCacheSpecs() {}

    public static final ResourceSpec<ElastiCacheClient> REPLICATION_GROUP = ResourceSpec
            .builder("aws.elasticache.replication_group", ELASTICACHE)
            .list(Operation.of("elasticache", "DescribeReplicationGroups"),
                    c -> c.describeReplicationGroupsPaginator(r -> r.maxRecords(100)).replicationGroups().stream())
            .id("ReplicationGroupId").name("ReplicationGroupId")
            .uid(Uid.field("ARN"))
            .build();
}
