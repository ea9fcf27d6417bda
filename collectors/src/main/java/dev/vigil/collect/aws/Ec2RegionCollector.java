package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.EC2;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.collect.engine.Collector;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.Scope;
import dev.vigil.collect.engine.UnitContext;
import dev.vigil.collect.engine.UnknownInputs;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One record per enabled region: its opt-in status (from discovery) and EBS encryption by default. */
public final class Ec2RegionCollector implements Collector {
    private static final Operation EBS_DEFAULT = Operation.of("ec2", "GetEbsEncryptionByDefault");

    @Override
    public String name() {
        return "aws.ec2.region";
    }

    @Override
    public Scope scope() {
        return Scope.REGIONAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(EBS_DEFAULT);
    }

    @Override
    public void collect(UnitContext unit) {
        String region = unit.region();
        ObjectNode attributes = JsonNodeFactory.instance.objectNode();
        attributes.put("RegionName", region);
        attributes.put("OptInStatus", unit.account().regionOptIn().get(region));
        UnknownInputs unknown = new UnknownInputs();
        unknown.put(attributes, "EbsEncryptionByDefault", unit.call(EBS_DEFAULT, region, Set.of(),
                () -> BooleanNode.valueOf(unit.client(EC2).getEbsEncryptionByDefault(r -> { }).ebsEncryptionByDefault())),
                NullNode.getInstance());
        unit.emit(unit.record("ec2", "aws.ec2.region", region, region, region,
                "arn:aws:ec2:" + region + ":" + unit.accountId() + ":region", Map.of(), attributes)
                .withUnknown(unknown.list()));
    }
}
