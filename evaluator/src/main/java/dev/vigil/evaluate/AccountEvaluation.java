package dev.vigil.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.rego.api.RegoException;
import dev.vigil.rego.engine.PolicyEngine;
import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import dev.vigil.rego.value.Values;
import dev.vigil.snapshot.UnknownInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges the resources of one account; one instance per account, on one thread. A verdict that read an input the
 * collection could not see (an attribute a failed call left absent, a resource type whose listing failed, an
 * incomplete org tree) is UNKNOWN, naming the gap; a type that could not be listed gets one UNKNOWN finding per
 * check and region.
 */
final class AccountEvaluation {
    /** The interpreter's code for an evaluation stopped at its deadline. */
    private static final String CANCELLED = "eval_cancel_error";
    private final PolicyLibrary library;
    private final PolicyEngine engine;
    private final FindingBuilder findings;
    private final Deadlines deadlines;
    /** The check being evaluated, for a crash report that must name it. */
    private CheckMetadata current;

    AccountEvaluation(PolicyLibrary library, PolicyEngine engine, FindingBuilder findings, Deadlines deadlines) {
        this.library = library;
        this.engine = engine;
        this.findings = findings;
        this.deadlines = deadlines;
    }

    /** The check this evaluation is running now (or ran last), or null before the first. */
    CheckMetadata current() {
        return current;
    }

    /** @param gaps what the collection could not read in this account */
    List<Finding> run(AccountContext account, List<JsonNode> records, List<ScanResult.GapInfo> gaps) {
        List<Finding> out = new ArrayList<>();
        Map<String, List<UnknownInput>> unlisted = unlistedTypes(gaps);
        Value accountValue = UnknownReads.watch(Values.fromJson(account.toInputJson()), accountTagsUnknown(records));
        Value byType = null;
        for (JsonNode resource : records) {
            List<CheckMetadata> checks = library.checksFor(resource.path("type").asText());
            if (checks.isEmpty()) {
                continue;
            }
            ObjectValue.Builder input = ObjectValue.builder().put("resource", recordValue(resource))
                    .put("account", accountValue);
            if (isAccountResource(resource)) {
                if (byType == null) {
                    byType = UnknownReads.watch(groupByType(records), unlisted);
                }
                input.put("account_resources", byType);
            }
            Value inputValue = input.build();
            for (CheckMetadata check : checks) {
                out.add(judge(check, resource, account, inputValue));
            }
        }
        out.addAll(unlistedFindings(account, gaps));
        return out;
    }

    private Finding judge(CheckMetadata check, JsonNode resource, AccountContext account, Value input) {
        String uid = resource.path("uid").asText();
        if (deadlines.exhausted()) {
            return findings.notEvaluated(check, resource, account, deadlines.notEvaluated(check, uid));
        }
        current = check;
        UnknownReads.start();
        Finding verdict;
        try {
            Value denies = engine.evaluate(check.entrypoint(), input, deadlines.next());
            if (denies == null) {
                // An undefined deny set means the check is not implemented; that is never a pass.
                return findings.error(check, resource, account, check.entrypoint() + " is undefined");
            }
            verdict = findings.fromDenies(check, resource, account, Values.toJson(denies));
        } catch (RegoException e) {
            String why = CANCELLED.equals(e.code()) ? deadlines.stopped(check, uid) : e.getMessage();
            return findings.error(check, resource, account, why);
        } catch (RuntimeException e) {
            return findings.error(check, resource, account, e.getMessage());
        } catch (OutOfMemoryError e) {
            // what the evaluation allocated is unreachable once it has unwound; the run can go on
            return findings.error(check, resource, account, Deadlines.named(check) + " ran out of memory on " + uid
                    + " (heap limit " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB)");
        }
        List<UnknownInput> read = UnknownReads.read();
        return read.isEmpty() ? verdict : findings.unknown(check, resource, account, read);
    }

    /** One UNKNOWN finding per check and region for each resource type a failed call left unlisted. */
    private List<Finding> unlistedFindings(AccountContext account, List<ScanResult.GapInfo> gaps) {
        Map<String, List<ScanResult.GapInfo>> byTypeAndRegion = new LinkedHashMap<>();
        for (ScanResult.GapInfo g : gaps) {
            for (String type : g.resourceTypes()) {
                byTypeAndRegion.computeIfAbsent(type + "\n" + g.region(), k -> new ArrayList<>()).add(g);
            }
        }
        List<Finding> out = new ArrayList<>();
        byTypeAndRegion.forEach((key, typeGaps) -> {
            String type = key.substring(0, key.indexOf('\n'));
            String region = key.substring(key.indexOf('\n') + 1);
            List<CheckMetadata> checks = library.checksFor(type);
            if (checks.isEmpty()) {
                return;
            }
            JsonNode unlistedResource = unlistedResource(account, type, region, typeGaps.get(0));
            List<UnknownInput> inputs = typeGaps.stream().map(g -> new UnknownInput(type, g.service(), g.operation(),
                    g.errorCode())).distinct().toList();
            checks.forEach(check -> out.add(findings.unknown(check, unlistedResource, account, inputs)));
        });
        return out;
    }

    /** What stands for the resources of a type that could not be listed in a region. */
    private static JsonNode unlistedResource(AccountContext account, String type, String region, ScanResult.GapInfo gap) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.put("provider", account.provider());
        r.put("account_id", account.id());
        r.put("region", region);
        r.put("service", gap.service());
        r.put("type", type);
        r.put("id", "unlisted:" + type + ":" + region);
        r.put("uid", account.provider() + ":" + account.id() + ":" + region + ":unlisted:" + type);
        r.put("name", type + " in " + region + " (not listed: " + gap.operation() + " " + gap.errorCode() + ")");
        r.putObject("tags");
        r.putObject("attributes");
        return r;
    }

    private static Map<String, List<UnknownInput>> unlistedTypes(List<ScanResult.GapInfo> gaps) {
        Map<String, List<UnknownInput>> out = new LinkedHashMap<>();
        for (ScanResult.GapInfo g : gaps) {
            for (String type : g.resourceTypes()) {
                out.computeIfAbsent(type, k -> new ArrayList<>())
                        .add(new UnknownInput(type, g.service(), g.operation(), g.errorCode()));
            }
        }
        return out;
    }

    /** {@code input.account.tags} is unknown when the org tree could not read the account's tags. */
    private static Map<String, List<UnknownInput>> accountTagsUnknown(List<JsonNode> records) {
        for (JsonNode r : records) {
            if (isAccountResource(r) && r.has("unknown")) {
                List<UnknownInput> tags = UnknownReads.of(r.path("unknown")).get(UnknownInput.TAGS);
                if (tags != null) {
                    return Map.of("tags", tags);
                }
            }
        }
        return Map.of();
    }

    private static boolean isAccountResource(JsonNode resource) {
        return resource.path("type").asText().endsWith(".account") && "account".equals(resource.path("service").asText());
    }

    /** The record as policy input: its attributes watched for reads of what the collection could not see. */
    private static Value recordValue(JsonNode resource) {
        Value value = Values.fromJson(resource);
        JsonNode unknown = resource.path("unknown");
        if (!unknown.isArray() || unknown.isEmpty() || !(value instanceof ObjectValue record)) {
            return value;
        }
        Map<String, List<UnknownInput>> byAttribute = UnknownReads.of(unknown);
        Value attributes = record.get("attributes");
        if (attributes != null) {
            record = record.with(new StringValue("attributes"), UnknownReads.watch(attributes, byAttribute));
        }
        if (byAttribute.containsKey(UnknownInput.TAGS)) {
            return UnknownReads.watch(record, Map.of(UnknownInput.TAGS, byAttribute.get(UnknownInput.TAGS)));
        }
        return record;
    }

    private static Value groupByType(List<JsonNode> records) {
        Map<String, List<Value>> byType = new LinkedHashMap<>();
        for (JsonNode r : records) {
            byType.computeIfAbsent(r.path("type").asText(), k -> new ArrayList<>()).add(recordValue(r));
        }
        ObjectValue.Builder out = ObjectValue.builder();
        byType.forEach((type, list) -> out.put(type, new ArrayValue(list)));
        return out.build();
    }
}
