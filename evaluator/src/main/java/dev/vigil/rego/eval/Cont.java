package dev.vigil.rego.eval;

/** Continuation of a successful step; returns false to stop the enumeration. */
@FunctionalInterface
public interface Cont {
    boolean run();
}
