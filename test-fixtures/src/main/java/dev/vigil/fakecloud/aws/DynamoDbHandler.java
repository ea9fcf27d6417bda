package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.DataStores;
import dev.vigil.fakecloud.org.DynamoTable;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * DynamoDB (JSON 1.0, {@code DynamoDB_20120810.<Operation>}): ListTables (paged by table name), DescribeTable and
 * DescribeContinuousBackups of the caller's account and region.
 */
public final class DynamoDbHandler implements ServiceHandler {
    public static final String ERROR_NAMESPACE = "com.amazonaws.dynamodb.v20120810#";

    private final SyntheticOrg org;
    private final FakeCloudOptions options;

    public DynamoDbHandler(SyntheticOrg org, FakeCloudOptions options) {
        this.org = org;
        this.options = options;
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("ListTables", "DescribeTable", "DescribeContinuousBackups");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        AccountResources account = org.resources(request.accountId())
                .orElseThrow(() -> new AwsError(400, "AccessDeniedException", "account " + request.accountId()
                        + " is not active"));
        DataStores stores = account.region(request.region()) == null ? DataStores.NONE
                : account.region(request.region()).dataStores();
        List<DynamoTable> tables = stores.tables().stream().sorted(Comparator.comparing(DynamoTable::name)).toList();
        JsonNode in = JsonProtocol.body(request);
        ObjectNode out = switch (operation) {
            case "ListTables" -> list(in, tables);
            case "DescribeTable" -> {
                ObjectNode o = JsonProtocol.object();
                table(o.putObject("Table"), find(tables, in), request);
                yield o;
            }
            case "DescribeContinuousBackups" -> {
                DynamoTable t = find(tables, in);
                ObjectNode o = JsonProtocol.object();
                ObjectNode d = o.putObject("ContinuousBackupsDescription").put("ContinuousBackupsStatus", "ENABLED");
                ObjectNode pitr = d.putObject("PointInTimeRecoveryDescription")
                        .put("PointInTimeRecoveryStatus", t.pointInTimeRecovery() ? "ENABLED" : "DISABLED");
                if (t.pointInTimeRecovery()) {
                    pitr.put("RecoveryPeriodInDays", 35)
                            .put("EarliestRestorableDateTime", JsonProtocol.epoch(t.created()))
                            .put("LatestRestorableDateTime", JsonProtocol.epoch(t.created().plusSeconds(86_400L * 89)));
                }
                yield o;
            }
            default -> throw new AwsError(400, "UnknownOperationException", operation);
        };
        return Json10Protocol.respond(out);
    }

    /** ListTables pages by name: {@code ExclusiveStartTableName} in, {@code LastEvaluatedTableName} out. */
    private ObjectNode list(JsonNode in, List<DynamoTable> tables) {
        JsonNode limitNode = in.get("Limit");
        int limit = limitNode == null || limitNode.isNull() ? 100 : limitNode.asInt();
        if (limit < 1 || limit > 100) {
            throw new AwsError(400, "ValidationException", "1 validation error detected: Value '" + limit
                    + "' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100");
        }
        int size = Math.min(limit, options.maxPageSize());
        String start = JsonPages.text(in, "ExclusiveStartTableName");
        List<DynamoTable> after = start == null ? tables
                : tables.stream().filter(t -> t.name().compareTo(start) > 0).toList();
        List<DynamoTable> page = after.subList(0, Math.min(size, after.size()));
        ObjectNode out = JsonProtocol.object();
        var names = out.putArray("TableNames");
        page.forEach(t -> names.add(t.name()));
        if (page.size() < after.size()) {
            out.put("LastEvaluatedTableName", page.get(page.size() - 1).name());
        }
        return out;
    }

    private static DynamoTable find(List<DynamoTable> tables, JsonNode in) {
        String name = JsonPages.required(in, "TableName");
        return tables.stream().filter(t -> t.name().equals(name) || name.endsWith(":table/" + t.name())).findFirst()
                .orElseThrow(() -> new AwsError(400, "ResourceNotFoundException",
                        "Requested resource not found: Table: " + name + " not found"));
    }

    private static void table(ObjectNode o, DynamoTable t, AwsRequest request) {
        o.put("TableName", t.name()).put("TableStatus", "ACTIVE")
                .put("TableArn", t.arn(request.region(), request.accountId()))
                .put("TableId", java.util.UUID.nameUUIDFromBytes(t.name().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString())
                .put("CreationDateTime", JsonProtocol.epoch(t.created())).put("ItemCount", 1200)
                .put("TableSizeBytes", 524_288).put("DeletionProtectionEnabled", t.deletionProtection());
        o.putArray("AttributeDefinitions").addObject().put("AttributeName", "pk").put("AttributeType", "S");
        o.putArray("KeySchema").addObject().put("AttributeName", "pk").put("KeyType", "HASH");
        o.putObject("BillingModeSummary").put("BillingMode", "PAY_PER_REQUEST");
        o.putObject("ProvisionedThroughput").put("ReadCapacityUnits", 0).put("WriteCapacityUnits", 0)
                .put("NumberOfDecreasesToday", 0);
        if (t.kmsKeyArn() != null) {
            o.putObject("SSEDescription").put("Status", "ENABLED").put("SSEType", "KMS")
                    .put("KMSMasterKeyArn", t.kmsKeyArn());
        }
    }
}
