package dev.vigil.collect.engine;

import java.util.List;

/**
 * Collects one or more resource types in one account (and region, when {@link Scope#REGIONAL}). Most
 * collectors are {@link ResourceSpec}s run by {@link SpecCollector}; the exceptions implement this directly.
 */
public interface Collector {
    /** A short name for logs, normally the resource type. */
    String name();

    Scope scope();

    /** Every SDK operation {@link #collect} may call: the source of the scanner's IAM policy. */
    List<Operation> operations();

    void collect(UnitContext context);
}
