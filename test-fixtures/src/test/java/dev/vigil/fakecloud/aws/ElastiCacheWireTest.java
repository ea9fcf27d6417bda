package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.CacheReplicationGroup;
import dev.vigil.fakecloud.org.Plant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticache.ElastiCacheClient;
import software.amazon.awssdk.services.elasticache.model.ElastiCacheException;
import software.amazon.awssdk.services.elasticache.model.ReplicationGroup;
import software.amazon.awssdk.services.elasticache.model.ReplicationGroupNotFoundException;

/** The SDK's ElastiCache client (Query/XML) against the fake: paging and the replication group settings. */
class ElastiCacheWireTest extends WireTestBase {

    private static String home(AccountResources r) {
        return r.regions().entrySet().stream().filter(e -> !e.getValue().dataStores().caches().isEmpty())
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private static ElastiCacheClient client(AccountResources r) {
        return clients.build(ElastiCacheClient.builder(), assume(r.accountId()), home(r));
    }

    private static ReplicationGroup group(List<ReplicationGroup> all, String id) {
        return all.stream().filter(g -> g.replicationGroupId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void pagesThroughEveryGroupWithItsSettings() {
        AccountResources r = plantedWith(Plant.ELASTICACHE_NO_AUTH);
        List<ReplicationGroup> all = client(r).describeReplicationGroupsPaginator(b -> b.maxRecords(20))
                .replicationGroups().stream().toList();
        assertThat(all).extracting(ReplicationGroup::replicationGroupId).containsExactlyInAnyOrderElementsOf(
                r.region(home(r)).dataStores().caches().stream().map(CacheReplicationGroup::id).toList());
        assertThat(all).hasSizeGreaterThanOrEqualTo(PAGE);
        ReplicationGroup clean = group(all, "sessions-cache");
        assertThat(clean.atRestEncryptionEnabled()).isTrue();
        assertThat(clean.transitEncryptionEnabled()).isTrue();
        assertThat(clean.authTokenEnabled()).isTrue();
        assertThat(clean.autoMinorVersionUpgrade()).isTrue();
        assertThat(clean.snapshotRetentionLimit()).isEqualTo(7);
        assertThat(clean.memberClusters()).containsExactly("sessions-cache-001", "sessions-cache-002");
        assertThat(clean.arn()).isEqualTo("arn:aws:elasticache:" + home(r) + ":" + r.accountId()
                + ":replicationgroup:sessions-cache");
        ReplicationGroup rbac = group(all, "rbac-cache");
        assertThat(rbac.authTokenEnabled()).isFalse();
        assertThat(rbac.userGroupIds()).containsExactly("app-users");
        ReplicationGroup open = group(all, "open-cache");
        assertThat(open.authTokenEnabled()).isFalse();
        assertThat(open.userGroupIds()).isEmpty();
        assertThat(open.transitEncryptionEnabled()).isTrue();
    }

    @Test
    void plantedBackupsAndUnknownGroups() {
        AccountResources r = plantedWith(Plant.ELASTICACHE_NO_BACKUPS);
        ElastiCacheClient cache = client(r);
        assertThat(cache.describeReplicationGroups(b -> b.replicationGroupId("volatile-cache")).replicationGroups())
                .singleElement().satisfies(g -> assertThat(g.snapshotRetentionLimit()).isZero());
        assertThatThrownBy(() -> cache.describeReplicationGroups(b -> b.replicationGroupId("missing")))
                .isInstanceOf(ReplicationGroupNotFoundException.class);
        assertThatThrownBy(() -> cache.deleteReplicationGroup(b -> b.replicationGroupId("volatile-cache")))
                .isInstanceOfSatisfying(ElastiCacheException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied"));
    }
}
