package dev.vigil.rego.tool;

import dev.vigil.rego.api.Location;
import dev.vigil.rego.api.Modules;
import dev.vigil.rego.api.RegoError;
import dev.vigil.rego.api.RegoException;
import dev.vigil.rego.builtins.BuiltinRegistry;
import dev.vigil.rego.compile.UnsafeBuiltins;
import dev.vigil.rego.engine.PolicyEngineException;
import dev.vigil.rego.engine.PolicySources;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code opa check <path>...}: parses every module (reporting the parse errors of all files), then
 * compiles them together. Errors are printed as {@code file:line:col: code: message} with the
 * source line and a caret. Exit code 0 when clean, 1 otherwise.
 */
public final class RegoCheck {
  private final PrintStream out;
  private final PrintStream err;

  public RegoCheck(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public int run(List<Path> paths) {
    return run(paths, UnsafeBuiltins.NONE);
  }

  /**
   * Like {@code opa check --capabilities} with {@code unsafe} removed: each call of one is an
   * error ({@link dev.vigil.rego.engine.ScanCapabilities#REFUSED} checks as a scan compiles).
   */
  public int run(List<Path> paths, UnsafeBuiltins unsafe) {
    PolicySources sources;
    try {
      sources = PolicySources.load(paths);
    } catch (PolicyEngineException e) {
      err.println(e.getMessage());
      return 1;
    }
    List<RegoError> parseErrors = new ArrayList<>();
    for (Map.Entry<String, String> module : sources.modules().entrySet()) {
      try {
        Modules.parse(module.getKey(), module.getValue());
      } catch (RegoException e) {
        parseErrors.addAll(e.errors());
      } catch (StackOverflowError e) {
        parseErrors.add(new RegoError("rego_parse_error", "nesting too deep to parse",
            new Location(module.getKey(), 1, 1)));
      }
    }
    try {
      if (!parseErrors.isEmpty()) {
        throw new RegoException(parseErrors);
      }
      RegoTool.builder(sources, BuiltinRegistry.standard()).unsafeBuiltins(unsafe).query("true").prepare();
    } catch (RegoException e) {
      err.print(e.render(sources.modules()));
      err.println(e.errors().size() + (e.errors().size() == 1 ? " error" : " errors"));
      return 1;
    }
    out.println(sources.modules().size() + (sources.modules().size() == 1 ? " module" : " modules")
        + " checked, no errors");
    return 0;
  }
}
