package dev.vigil.rego.api;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.util.Map;

/** Cheap upper estimate of a value's JSON size, stopping once past a budget. */
final class OutputSize {
    private OutputSize() {}

    static long estimate(Value v, long budget) {
        if (v instanceof StringValue s) {
            return s.value().length() + 2L;
        }
        long total = 2;
        if (v instanceof ArrayValue a) {
            for (Value x : a.elements()) {
                total += estimate(x, budget - total) + 1;
                if (total > budget) {
                    return total;
                }
            }
            return total;
        }
        if (v instanceof SetValue s) {
            for (Value x : s.elements()) {
                total += estimate(x, budget - total) + 1;
                if (total > budget) {
                    return total;
                }
            }
            return total;
        }
        if (v instanceof ObjectValue o) {
            for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
                total +=
                        estimate(e.getKey(), budget - total)
                                + estimate(e.getValue(), budget - total)
                                + 2;
                if (total > budget) {
                    return total;
                }
            }
            return total;
        }
        return 8;
    }
}
