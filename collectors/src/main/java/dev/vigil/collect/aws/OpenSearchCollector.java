package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.OPENSEARCH;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.collect.engine.Collector;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.Outcome;
import dev.vigil.collect.engine.PolicyDocuments;
import dev.vigil.collect.engine.Scope;
import dev.vigil.collect.engine.SdkJson;
import dev.vigil.collect.engine.UnitContext;
import dev.vigil.collect.engine.UnknownInputs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.opensearch.model.DomainInfo;

/**
 * OpenSearch Service domains: ListDomainNames, then DescribeDomains in batches of five (the API's maximum), one
 * record per domain with its {@code DomainStatus} (the access policy decoded). A failed batch leaves
 * {@code DomainStatus} unknown for its domains.
 */
public final class OpenSearchCollector implements Collector {
    public static final String TYPE = "aws.opensearch.domain";
    static final Operation LIST = Operation.of("es", "ListDomainNames");
    static final Operation DESCRIBE = Operation.of("es", "DescribeDomains");
    private static final int BATCH = 5;

    @Override
    public String name() {
        return TYPE;
    }

    @Override
    public Scope scope() {
        return Scope.REGIONAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(LIST, DESCRIBE);
    }

    @Override
    public void collect(UnitContext unit) {
        String region = unit.region();
        Outcome<List<DomainInfo>> listed = unit.call(LIST, region, Set.of(), List.of(TYPE),
                () -> unit.client(OPENSEARCH).listDomainNames(r -> { }).domainNames());
        if (listed.failed()) {
            return;
        }
        List<String> names = listed.value().stream().map(DomainInfo::domainName).toList();
        for (int from = 0; from < names.size(); from += BATCH) {
            List<String> batch = names.subList(from, Math.min(names.size(), from + BATCH));
            Outcome<Map<String, ObjectNode>> described = unit.call(DESCRIBE, region, Set.of(), () -> {
                Map<String, ObjectNode> byName = new HashMap<>();
                unit.client(OPENSEARCH).describeDomains(r -> r.domainNames(batch)).domainStatusList()
                        .forEach(s -> byName.put(s.domainName(), SdkJson.toJson(s)));
                return byName;
            });
            for (String name : batch) {
                emit(unit, name, described);
            }
        }
    }

    private static void emit(UnitContext unit, String name, Outcome<Map<String, ObjectNode>> described) {
        ObjectNode attributes = JsonNodeFactory.instance.objectNode().put("DomainName", name);
        UnknownInputs unknown = new UnknownInputs();
        if (described.failed()) {
            unknown.add(described.unknown("DomainStatus"));
        } else {
            ObjectNode status = described.value().get(name);
            if (status == null) {
                return; // deleted between the two calls
            }
            JsonNode policy = status.get("AccessPolicies");
            if (policy != null && policy.isTextual()) {
                status.set("AccessPolicies", policy.asText().isBlank() ? JsonNodeFactory.instance.nullNode()
                        : PolicyDocuments.decode(policy.asText()));
            }
            attributes.set("DomainStatus", status);
        }
        String uid = "arn:aws:es:" + unit.region() + ":" + unit.accountId() + ":domain/" + name;
        unit.emit(unit.record("es", TYPE, unit.region(), name, name, uid, Map.of(), attributes)
                .withUnknown(unknown.list()));
    }
}
