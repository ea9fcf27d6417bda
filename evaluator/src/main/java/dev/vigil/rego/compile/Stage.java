package dev.vigil.rego.compile;

/** One named compiler stage. */
public interface Stage {
    String name();

    void run(CompileState state);
}
