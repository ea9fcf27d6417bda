package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.DYNAMODB;

import dev.vigil.collect.engine.Detail;
import dev.vigil.collect.engine.Extract;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * DynamoDB tables: ListTables gives names only, so each name becomes an item that DescribeTable ({@code Table})
 * and DescribeContinuousBackups ({@code ContinuousBackups}) fill; a failed call leaves its key unknown.
 */
public final class DynamoDbSpecs {
    private DynamoDbSpecs() {}

    public static final ResourceSpec<DynamoDbClient> TABLE = ResourceSpec.builder("aws.dynamodb.table", DYNAMODB)
            .list(Operation.of("dynamodb", "ListTables"),
                    c -> c.listTablesPaginator(r -> r.limit(100)).tableNames().stream()
                            .map(name -> TableDescription.builder().tableName(name).build()))
            .detail(Detail.of("Table", Operation.of("dynamodb", "DescribeTable"),
                    (c, item) -> c.describeTable(r -> r.tableName(Extract.text(item, "TableName"))),
                    Extract.member("Table")))
            .detail(Detail.of("ContinuousBackups", Operation.of("dynamodb", "DescribeContinuousBackups"),
                    (c, item) -> c.describeContinuousBackups(r -> r.tableName(Extract.text(item, "TableName"))),
                    Extract.member("ContinuousBackupsDescription")))
            .id("TableName").name("TableName")
            .uid(Uid.template("arn:aws:dynamodb:{region}:{account}:table/{id}"))
            .build();
}
