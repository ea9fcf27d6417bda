package dev.vigil.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.rego.engine.PolicyEngine;
import dev.vigil.rego.value.Value;
import dev.vigil.rego.value.Values;
import java.util.ArrayList;
import java.util.List;

/** Judges the resources of one account; one instance per account, on one thread. */
final class AccountEvaluation {
    private final PolicyLibrary library;
    private final PolicyEngine engine;
    private final FindingBuilder findings;

    AccountEvaluation(PolicyLibrary library, PolicyEngine engine, FindingBuilder findings) {
        this.library = library;
        this.engine = engine;
        this.findings = findings;
    }

    /**
     * @param gaps what the collection could not read in this account; account-level FAILs (which judge
     *             the account's resources as a whole) say so, since a gap can hide what would pass them
     */
    List<Finding> run(AccountContext account, List<JsonNode> records, List<ScanResult.GapInfo> gaps) {
        List<Finding> out = new ArrayList<>();
        ObjectNode accountJson = account.toInputJson();
        ObjectNode byType = null;
        for (JsonNode resource : records) {
            String type = resource.path("type").asText();
            List<CheckMetadata> checks = library.checksFor(type);
            if (checks.isEmpty()) {
                continue;
            }
            ObjectNode input = JsonNodeFactory.instance.objectNode();
            input.set("resource", resource);
            input.set("account", accountJson);
            if (type.endsWith(".account") && "account".equals(resource.path("service").asText())) {
                if (byType == null) {
                    byType = groupByType(records);
                }
                input.set("account_resources", byType);
            }
            Value inputValue = Values.fromJson(input);
            boolean accountLevel = input.has("account_resources");
            for (CheckMetadata check : checks) {
                Finding f = judge(check, resource, account, inputValue);
                if (accountLevel && !gaps.isEmpty() && f.status() == Status.FAIL) {
                    f = f.withStatusExtended(f.statusExtended() + " (collection of this account had " + gaps.size()
                            + " gap(s), e.g. " + describe(gaps.get(0)) + "; the verdict may rest on missing data)");
                }
                out.add(f);
            }
        }
        return out;
    }

    private Finding judge(CheckMetadata check, JsonNode resource, AccountContext account, Value input) {
        try {
            Value denies = engine.evaluate(check.entrypoint(), input);
            if (denies == null) {
                // An undefined deny set means the check is not implemented; that is never a pass.
                return findings.error(check, resource, account, check.entrypoint() + " is undefined");
            }
            return findings.fromDenies(check, resource, account, Values.toJson(denies));
        } catch (RuntimeException e) {
            return findings.error(check, resource, account, e.getMessage());
        }
    }

    private static String describe(ScanResult.GapInfo g) {
        return g.service() + " " + g.operation() + " in " + g.region() + ": " + g.errorCode();
    }

    private static ObjectNode groupByType(List<JsonNode> records) {
        ObjectNode byType = JsonNodeFactory.instance.objectNode();
        for (JsonNode r : records) {
            String type = r.path("type").asText();
            JsonNode list = byType.get(type);
            if (list == null) {
                list = byType.putArray(type);
            }
            ((ArrayNode) list).add(r);
        }
        return byType;
    }
}
