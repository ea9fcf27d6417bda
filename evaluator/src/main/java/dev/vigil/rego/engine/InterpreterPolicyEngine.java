package dev.vigil.rego.engine;

import dev.vigil.rego.api.CompiledRego;
import dev.vigil.rego.api.EvalLimits;
import dev.vigil.rego.api.EvalOptions;
import dev.vigil.rego.api.PreparedQuery;
import dev.vigil.rego.api.Rego;
import dev.vigil.rego.api.RegoException;
import dev.vigil.rego.api.Result;
import dev.vigil.rego.api.ResultSet;
import dev.vigil.rego.builtins.BuiltinRegistry;
import dev.vigil.rego.compile.UnsafeBuiltins;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.Value;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@link PolicyEngine} over Vigil's own Rego interpreter. Each entrypoint becomes one prepared
 * query ({@code data.a.b.c}), compiled on first use and shared by all threads afterwards.
 */
public final class InterpreterPolicyEngine implements PolicyEngine {
  /**
   * The document is captured in a variable ({@code value := data.a.b}) so that a document whose
   * value is {@code false} is returned as such instead of making the query undefined.
   */
  static final String RESULT_VAR = "vigil_entrypoint_value";
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Map<String, String> modules;
  private final Value data;
  private final EvalLimits limits;
  private final BuiltinRegistry builtins;
  private final UnsafeBuiltins unsafe;
  private final Map<String, PreparedQuery> prepared = new ConcurrentHashMap<>();
  private volatile CompiledRego compiled;

  /**
   * @param modules Rego sources keyed by file name
   * @param data the base document ({@code data}), an object
   */
  public InterpreterPolicyEngine(Map<String, String> modules, Value data, EvalLimits limits,
      BuiltinRegistry builtins) {
    this(modules, data, limits, builtins, UnsafeBuiltins.NONE);
  }

  /** @param unsafe builtins the modules may not call (a compile error names each call) */
  public InterpreterPolicyEngine(Map<String, String> modules, Value data, EvalLimits limits,
      BuiltinRegistry builtins, UnsafeBuiltins unsafe) {
    this.modules = Collections.unmodifiableMap(new LinkedHashMap<>(modules));
    this.data = data == null ? ObjectValue.EMPTY : data;
    this.limits = limits;
    this.builtins = builtins;
    this.unsafe = unsafe;
  }

  public InterpreterPolicyEngine(Map<String, String> modules, Value data) {
    this(modules, data, null, BuiltinRegistry.standard());
  }

  /**
   * The engine a scan uses: {@link ScanCapabilities#REFUSED} builtins are compile errors, and the
   * modules are compiled now, so a policy error stops the scan with every error located
   * ({@code file:line:col: code: message}) instead of turning into one ERROR per resource.
   */
  public static InterpreterPolicyEngine forScan(Map<String, String> modules, Value data) {
    InterpreterPolicyEngine engine = new InterpreterPolicyEngine(modules, data, null,
        BuiltinRegistry.standard(), ScanCapabilities.REFUSED);
    try {
      engine.compiled();
    } catch (RegoException e) {
      throw new PolicyEngineException("the policies do not compile:\n" + e.render(modules).stripTrailing(), e);
    }
    return engine;
  }

  /** Loads {@code .rego} and data files from {@code paths} (see {@link PolicySources}). */
  public static InterpreterPolicyEngine load(List<Path> paths) {
    PolicySources sources = PolicySources.load(paths);
    return new InterpreterPolicyEngine(sources.modules(), sources.data());
  }

  @Override
  public Value evaluate(String entrypoint, Value input) {
    return firstValue(query(entrypoint).eval(input));
  }

  /** Stops with {@code eval_cancel_error} past the deadline, which replaces the limits' timeout. */
  @Override
  public Value evaluate(String entrypoint, Value input, long deadlineNanos) {
    return firstValue(query(entrypoint).eval(EvalOptions.of(input), deadlineNanos));
  }

  private PreparedQuery query(String entrypoint) {
    PreparedQuery query = prepared.get(entrypoint);
    if (query == null) {
      // computeIfAbsent only on a miss: on a hit it may lock the bin, which hurts under contention.
      query = prepared.computeIfAbsent(entrypoint, this::prepare);
    }
    return query;
  }

  private static Value firstValue(ResultSet results) {
    if (results.results().isEmpty()) {
      return null;
    }
    Result first = results.results().get(0);
    return first.bindings().get(RESULT_VAR);
  }

  /**
   * Compiles every entrypoint now (in parallel), so errors surface before evaluation starts and
   * the first evaluations do not pay for compilation.
   */
  public void prepareAll(Collection<String> entrypoints) {
    entrypoints.parallelStream().forEach(e -> prepared.computeIfAbsent(e, this::prepare));
  }

  private PreparedQuery prepare(String entrypoint) {
    return compiled().prepare(RESULT_VAR + " := " + toQuery(entrypoint));
  }

  /** The modules are parsed and compiled once, on first use, for every entrypoint. */
  private CompiledRego compiled() {
    CompiledRego c = compiled;
    if (c == null) {
      synchronized (this) {
        c = compiled;
        if (c == null) {
          var builder = Rego.builder().data(data).builtins(builtins).unsafeBuiltins(unsafe);
          if (limits != null) {
            builder.limits(limits);
          }
          modules.forEach(builder::module);
          c = builder.compile();
          compiled = c;
        }
      }
    }
    return c;
  }

  /** {@code a/b/c} (or {@code data.a.b.c}) as a Rego reference; odd segments are quoted. */
  static String toQuery(String entrypoint) {
    String path = WasmPolicy.normalize(entrypoint);
    StringBuilder query = new StringBuilder("data");
    if (path.isEmpty()) {
      return query.toString();
    }
    for (String segment : path.split("/")) {
      if (IDENTIFIER.matcher(segment).matches()) {
        query.append('.').append(segment);
      } else {
        query.append("[\"").append(segment.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
      }
    }
    return query.toString();
  }
}
