package dev.vigil.rego.api;

import dev.vigil.rego.ast.Module;
import dev.vigil.rego.builtins.BuiltinDeclaration;
import dev.vigil.rego.builtins.BuiltinDeclarations;
import dev.vigil.rego.builtins.BuiltinRegistry;
import dev.vigil.rego.compile.CompiledPolicy;
import dev.vigil.rego.compile.Compiler;
import dev.vigil.rego.compile.UnsafeBuiltins;
import dev.vigil.rego.parse.Parser;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builder: modules + data + query, prepared once into a thread-safe {@link PreparedQuery}. */
public final class Rego {
    private final List<Module> modules = new ArrayList<>();
    private final Map<String, String> sources = new HashMap<>();
    private Value data = ObjectValue.EMPTY;
    private String query;
    private boolean strict;
    private EvalLimits limits = EvalLimits.defaults();
    private BuiltinRegistry builtins;
    private Map<String, BuiltinDeclaration> declarations;
    private UnsafeBuiltins unsafe = UnsafeBuiltins.NONE;
    private boolean likeOpaEval;

    private Rego() {}

    public static Rego builder() {
        return new Rego();
    }

    public Rego module(String filename, String source) {
        sources.put(filename, source);
        modules.add(Parser.parseModule(filename, source));
        return this;
    }

    public Rego data(Value data) {
        this.data = data;
        return this;
    }

    public Rego query(String query) {
        this.query = query;
        return this;
    }

    public Rego strictBuiltinErrors(boolean strict) {
        this.strict = strict;
        return this;
    }

    public Rego limits(EvalLimits limits) {
        this.limits = limits;
        return this;
    }

    public Rego builtins(BuiltinRegistry builtins) {
        this.builtins = builtins;
        return this;
    }

    /** Extra declarations (e.g. test-only builtins) on top of the standard ones. */
    public Rego declarations(Map<String, BuiltinDeclaration> extra) {
        this.declarations = extra;
        return this;
    }

    /**
     * Builtins that modules and queries may not call (like OPA's capabilities with them removed):
     * compilation fails with a located error naming each call.
     */
    public Rego unsafeBuiltins(UnsafeBuiltins unsafe) {
        this.unsafe = unsafe;
        return this;
    }

    /**
     * Results as {@code opa eval} reports them: a query of one expression that does not iterate is
     * a result whenever its value is defined, even {@code false} (see {@link CompiledRego#prepareLikeOpaEval}).
     * Off by default: every expression must then hold, as in a rule body.
     */
    public Rego likeOpaEval(boolean likeOpaEval) {
        this.likeOpaEval = likeOpaEval;
        return this;
    }

    public PreparedQuery prepare() {
        if (query == null) {
            throw new IllegalStateException("query not set");
        }
        CompiledRego compiled = compile();
        return likeOpaEval ? compiled.prepareLikeOpaEval(query) : compiled.prepare(query);
    }

    /**
     * Compiles the modules once; the result prepares any number of queries against them without
     * parsing or compiling the modules again.
     */
    public CompiledRego compile() {
        BuiltinRegistry reg = builtins == null ? BuiltinRegistry.standard() : builtins;
        Map<String, BuiltinDeclaration> decls = new HashMap<>(OpaCapabilities.declarations());
        decls.putAll(BuiltinDeclarations.standard());
        reg.all().forEach(b -> decls.putIfAbsent(b.name(), b.declaration()));
        if (declarations != null) {
            decls.putAll(declarations);
        }
        CompiledPolicy policy =
                new Compiler().compile(List.copyOf(modules), reg, Map.copyOf(decls), unsafe);
        return new CompiledRego(policy, data, strict, limits, Map.copyOf(sources));
    }
}
