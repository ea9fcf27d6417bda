package dev.vigil.fakecloud.org;

import java.util.List;

/** The data stores of one region beyond RDS: DynamoDB tables. */
public record DataStores(List<DynamoTable> tables) {
    public static final DataStores NONE = new DataStores(List.of());
}
