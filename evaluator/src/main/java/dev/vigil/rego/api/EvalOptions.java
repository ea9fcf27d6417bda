package dev.vigil.rego.api;

import dev.vigil.rego.value.Value;

/** Per-evaluation options: input (may be null), extra data merged under data, and a fixed clock. */
public record EvalOptions(Value input, Value extraData, Long nowNanos) {
    public static EvalOptions of(Value input) {
        return new EvalOptions(input, null, null);
    }
}
