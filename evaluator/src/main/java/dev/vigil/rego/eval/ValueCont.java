package dev.vigil.rego.eval;

import dev.vigil.rego.value.Value;

/** Receives each value a term evaluates to; returns false to stop the enumeration. */
@FunctionalInterface
public interface ValueCont {
    boolean accept(Value v);
}
