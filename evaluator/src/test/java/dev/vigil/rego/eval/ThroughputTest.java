package dev.vigil.rego.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.rego.api.PreparedQuery;
import dev.vigil.rego.api.Rego;
import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.NumberValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rough throughput of simple deny rules: resources x rules evaluated per second. */
class ThroughputTest {
    private static final int RULES = 10;
    private static final int RESOURCES = 2000;

    @Test
    void simpleDenyRulesEvaluateQuickly() {
        StringBuilder policy = new StringBuilder("package bench\n");
        for (int r = 0; r < RULES; r++) {
            policy.append("deny contains msg if {\n  some b in input.buckets\n  b.size > ")
                    .append(r * 10)
                    .append(
                            "\n"
                                + "  not b.encrypted\n"
                                + "  b.region == \"eu-west-1\"\n"
                                + "  msg := concat(\":\", [\"r")
                    .append(r)
                    .append("\", b.name])\n}\n");
        }
        PreparedQuery q =
                Rego.builder()
                        .module("bench.rego", policy.toString())
                        .query("x := data.bench.deny")
                        .prepare();
        List<Value> buckets = new ArrayList<>();
        for (int i = 0; i < RESOURCES; i++) {
            buckets.add(
                    ObjectValue.builder()
                            .put("name", new StringValue("b" + i))
                            .put("size", NumberValue.of(i % 200))
                            .put("encrypted", BooleanValue.of(i % 3 == 0))
                            .put("region", new StringValue(i % 2 == 0 ? "eu-west-1" : "us-east-1"))
                            .build());
        }
        Value input = ObjectValue.builder().put("buckets", new ArrayValue(buckets)).build();
        for (int i = 0; i < 30; i++) {
            q.eval(input);
        }
        int rounds = Integer.getInteger("bench.rounds", 10);
        long start = System.nanoTime();
        int size = 0;
        for (int i = 0; i < rounds; i++) {
            size =
                    ((dev.vigil.rego.value.SetValue)
                                    q.eval(input).results().get(0).bindings().get("x"))
                            .size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = (double) rounds * RULES * RESOURCES / seconds;
        System.out.printf(
                "throughput: %.0f resource x rule evaluations/s (%d denials)%n", rate, size);
        assertThat(size).isGreaterThan(0);
        assertThat(rate).isGreaterThan(20_000);
    }
}
