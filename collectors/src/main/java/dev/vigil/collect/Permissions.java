package dev.vigil.collect;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.collect.aws.AwsCatalog;
import dev.vigil.collect.credentials.RoleAssumer;
import dev.vigil.collect.discover.AwsDiscovery;
import dev.vigil.collect.engine.Operation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Least-privilege IAM policies generated from the operations every collector declares. */
public final class Permissions {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Permissions() {}

    /** Operations made with the role assumed in each account (and DescribeRegions there). */
    public static List<Operation> scannerOperations() {
        List<Operation> ops = new ArrayList<>(AwsCatalog.standard(Clock.systemUTC(), 0).operations());
        ops.add(AwsDiscovery.DESCRIBE_REGIONS);
        return ops;
    }

    /** Operations made with the starting identity: who am I, regions, Organizations, AssumeRole. */
    public static List<Operation> discoveryOperations() {
        List<Operation> ops = new ArrayList<>(AwsDiscovery.operations());
        ops.add(RoleAssumer.ASSUME_ROLE);
        return ops;
    }

    /** Every operation Vigil may call, as {@code service:Operation}. */
    public static Set<String> declaredOperationKeys() {
        Set<String> keys = new TreeSet<>();
        scannerOperations().forEach(o -> keys.add(o.key()));
        discoveryOperations().forEach(o -> keys.add(o.key()));
        return keys;
    }

    public static String scannerPolicy() {
        return policy(Map.of("VigilScannerReadOnly", scannerOperations()));
    }

    public static String discoveryPolicy() {
        return policy(Map.of("VigilDiscovery", discoveryOperations()));
    }

    /**
     * For the starting identity in the management account, which collects that account with its own
     * credentials: discovery (who am I, regions, Organizations reads, AssumeRole into the member accounts)
     * plus everything the scanner role does in an account. Two statements, so that each part says why.
     */
    public static String managementPolicy() {
        Map<String, List<Operation>> statements = new LinkedHashMap<>();
        statements.put("VigilDiscovery", discoveryOperations());
        statements.put("VigilScannerReadOnly", scannerOperations());
        return policy(statements);
    }

    /** One Allow statement per entry; an action appears in the first statement that needs it only. */
    private static String policy(Map<String, List<Operation>> statements) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("Version", "2012-10-17");
        ArrayNode list = doc.putArray("Statement");
        Set<String> granted = new TreeSet<>();
        statements.forEach((sid, operations) -> {
            Set<String> actions = new TreeSet<>();
            operations.forEach(o -> actions.add(o.iamAction()));
            actions.removeAll(granted);
            granted.addAll(actions);
            ObjectNode statement = list.addObject();
            statement.put("Sid", sid);
            statement.put("Effect", "Allow");
            actions.forEach(statement.putArray("Action")::add);
            statement.put("Resource", "*");
        });
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
