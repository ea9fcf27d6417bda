package dev.vigil.fakecloud.org;

import java.util.List;

/**
 * The data stores of one region beyond RDS: DynamoDB tables, EFS file systems, ElastiCache replication groups,
 * Redshift clusters, OpenSearch domains.
 */
public record DataStores(List<DynamoTable> tables, List<EfsFileSystem> fileSystems,
        List<CacheReplicationGroup> caches, List<RedshiftCluster> warehouses, List<SearchDomain> domains) {
    public static final DataStores NONE = new DataStores(List.of(), List.of(), List.of(), List.of(), List.of());
}
