package dev.vigil.rego.tool;

import dev.vigil.rego.api.RegoException;
import dev.vigil.rego.api.ResultSet;
import dev.vigil.rego.builtins.BuiltinRegistry;
import dev.vigil.rego.engine.PolicyEngineException;
import dev.vigil.rego.engine.PolicySources;
import dev.vigil.rego.value.Value;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code opa eval -d <file|dir>... [-i input.json] '<query>'}: prints OPA's result-set JSON,
 * or {@code {}} when the query is undefined. As in OPA, a query of one expression that does not
 * iterate reports its value even when it is {@code false}; {@code with} modifiers apply to the
 * values reported. Exit code 0 on success (defined or not), 1 on error.
 */
public final class RegoEval {
  /** @param inputFile JSON or YAML input document, or null for no input */
  public record Request(List<Path> dataPaths, Path inputFile, String query) {
    public Request {
      dataPaths = List.copyOf(dataPaths);
    }
  }

  private final PrintStream out;
  private final PrintStream err;

  public RegoEval(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public int run(Request request) {
    Map<String, String> sources = Map.of();
    try {
      PolicySources policy = PolicySources.load(request.dataPaths());
      sources = policy.modules();
      Value input = request.inputFile() == null ? null : PolicySources.readDocument(request.inputFile());
      var builder = RegoTool.builder(policy, BuiltinRegistry.standard()).query(request.query()).likeOpaEval(true);
      ResultSet results = builder.prepare().eval(input);
      out.println(results.results().isEmpty() ? "{}" : OpaJson.pretty(results.toOpaJson()));
      return 0;
    } catch (RegoException e) {
      err.print(e.render(withQuery(sources, request.query())));
      return 1;
    } catch (PolicyEngineException e) {
      err.println(e.getMessage());
      return 1;
    } catch (StackOverflowError e) {
      err.println("query or policies nest too deeply to evaluate");
      return 1;
    }
  }

  private static Map<String, String> withQuery(Map<String, String> sources, String query) {
    Map<String, String> all = new HashMap<>(sources);
    all.putIfAbsent("query", query);
    return all;
  }
}
