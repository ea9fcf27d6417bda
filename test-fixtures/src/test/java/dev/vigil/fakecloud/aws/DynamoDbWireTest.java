package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.DynamoTable;
import dev.vigil.fakecloud.org.Plant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryStatus;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.SSEType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** The SDK's DynamoDB client (JSON 1.0) against the fake: paging by table name, SSE, PITR, errors. */
class DynamoDbWireTest extends WireTestBase {

    private DynamoDbClient client(AccountResources r, String region) {
        return clients.build(DynamoDbClient.builder(), assume(r.accountId()), region);
    }

    private static String home(AccountResources r) {
        return r.regions().entrySet().stream().filter(e -> !e.getValue().dataStores().tables().isEmpty())
                .map(java.util.Map.Entry::getKey).findFirst().orElseThrow();
    }

    @Test
    void listsEveryTableOnePageAtATime() {
        AccountResources r = plantedWith(Plant.DYNAMODB_NO_PITR);
        DynamoDbClient ddb = client(r, home(r));
        List<String> names = ddb.listTablesPaginator(b -> b.limit(1)).tableNames().stream().toList();
        assertThat(names).isSorted().containsExactlyInAnyOrderElementsOf(
                r.region(home(r)).dataStores().tables().stream().map(DynamoTable::name).toList());
        assertThat(names).hasSizeGreaterThan(1);
    }

    @Test
    void plantedTablesDifferFromTheirTwinInOneSetting() {
        AccountResources r = plantedWith(Plant.DYNAMODB_AWS_OWNED_KEY);
        String region = home(r);
        DynamoDbClient ddb = client(r, region);
        TableDescription clean = ddb.describeTable(b -> b.tableName("orders")).table();
        assertThat(clean.sseDescription().sseType()).isEqualTo(SSEType.KMS);
        assertThat(clean.sseDescription().kmsMasterKeyArn()).startsWith("arn:aws:kms:" + region);
        assertThat(clean.deletionProtectionEnabled()).isTrue();
        assertThat(clean.tableArn()).isEqualTo("arn:aws:dynamodb:" + region + ":" + r.accountId() + ":table/orders");
        TableDescription owned = ddb.describeTable(b -> b.tableName("events")).table();
        assertThat(owned.sseDescription()).isNull();
        assertThat(owned.deletionProtectionEnabled()).isTrue();
        assertThat(ddb.describeContinuousBackups(b -> b.tableName("orders")).continuousBackupsDescription()
                .pointInTimeRecoveryDescription().pointInTimeRecoveryStatus())
                .isEqualTo(PointInTimeRecoveryStatus.ENABLED);

        AccountResources noPitr = plantedWith(Plant.DYNAMODB_NO_PITR);
        assertThat(client(noPitr, home(noPitr)).describeContinuousBackups(b -> b.tableName("sessions"))
                .continuousBackupsDescription().pointInTimeRecoveryDescription().pointInTimeRecoveryStatus())
                .isEqualTo(PointInTimeRecoveryStatus.DISABLED);
    }

    @Test
    void unknownTablesAndWritesAreRefused() {
        AccountResources r = plantedWith(Plant.DYNAMODB_NO_DELETION_PROTECTION);
        DynamoDbClient ddb = client(r, home(r));
        assertThat(ddb.describeTable(b -> b.tableName("carts")).table().deletionProtectionEnabled()).isFalse();
        assertThatThrownBy(() -> ddb.describeTable(b -> b.tableName("missing")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> ddb.deleteTable(b -> b.tableName("orders"))).isInstanceOfSatisfying(
                DynamoDbException.class,
                e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException"));
        assertThat(cloud.calls().mutatingCalls()).anyMatch(c -> c.startsWith("dynamodb:DeleteTable"));
    }
}
