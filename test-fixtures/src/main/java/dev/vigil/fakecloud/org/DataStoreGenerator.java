package dev.vigil.fakecloud.org;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Generates the data stores of an account's home region: a clean DynamoDB table (point-in-time recovery, a
 * customer-managed key, deletion protection) and, per planted misconfiguration, its twin with that one setting
 * changed.
 */
final class DataStoreGenerator {
    private final AccountContext ctx;
    private final String region;
    private final String kmsKeyArn;
    private final List<DynamoTable> tables = new ArrayList<>();

    DataStoreGenerator(AccountContext ctx, String region, String kmsKeyArn) {
        this.ctx = ctx;
        this.region = region;
        this.kmsKeyArn = kmsKeyArn;
    }

    DataStores generate() {
        tables.add(cleanTable("orders"));
        plantTable(Plant.DYNAMODB_NO_PITR, "sessions", t -> new DynamoTable(t.name(), false, t.kmsKeyArn(),
                t.deletionProtection(), t.created(), t.tags()));
        plantTable(Plant.DYNAMODB_AWS_OWNED_KEY, "events", t -> new DynamoTable(t.name(), t.pointInTimeRecovery(), null,
                t.deletionProtection(), t.created(), t.tags()));
        plantTable(Plant.DYNAMODB_NO_DELETION_PROTECTION, "carts", t -> new DynamoTable(t.name(),
                t.pointInTimeRecovery(), t.kmsKeyArn(), false, t.created(), t.tags()));
        return new DataStores(tables);
    }

    private DynamoTable cleanTable(String name) {
        return new DynamoTable(name, true, kmsKeyArn, true, ctx.daysAgo(90), ctx.requiredTags("data"));
    }

    private void plantTable(Plant plant, String name, UnaryOperator<DynamoTable> change) {
        if (ctx.has(plant)) {
            DynamoTable table = change.apply(cleanTable(name));
            tables.add(table);
            ctx.found(plant, table.arn(region, ctx.accountId()));
        }
    }
}
