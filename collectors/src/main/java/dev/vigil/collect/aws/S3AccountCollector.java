package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.S3_CONTROL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.collect.engine.Collector;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.Outcome;
import dev.vigil.collect.engine.Scope;
import dev.vigil.collect.engine.SdkJson;
import dev.vigil.collect.engine.UnitContext;
import dev.vigil.collect.engine.UnknownInputs;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The account-level S3 public access block (S3 Control), one record per account. */
public final class S3AccountCollector implements Collector {
    private static final Operation GET = Operation.of("s3control", "GetPublicAccessBlock",
            "s3:GetAccountPublicAccessBlock");

    @Override
    public String name() {
        return "aws.s3.account";
    }

    @Override
    public Scope scope() {
        return Scope.GLOBAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(GET);
    }

    @Override
    public void collect(UnitContext unit) {
        String id = unit.accountId();
        ObjectNode attributes = JsonNodeFactory.instance.objectNode();
        Outcome<JsonNode> block = unit.call(GET, UnitContext.GLOBAL, Set.of("NoSuchPublicAccessBlockConfiguration"),
                () -> SdkJson.toJson(unit.client(S3_CONTROL).getPublicAccessBlock(r -> r.accountId(id))
                        .publicAccessBlockConfiguration()));
        UnknownInputs unknown = new UnknownInputs();
        unknown.put(attributes, "PublicAccessBlockConfiguration", block, NullNode.getInstance());
        unit.emit(unit.record("s3", "aws.s3.account", UnitContext.GLOBAL, id, id, "arn:aws:s3::" + id + ":account",
                Map.of(), attributes).withUnknown(unknown.list()));
    }
}
