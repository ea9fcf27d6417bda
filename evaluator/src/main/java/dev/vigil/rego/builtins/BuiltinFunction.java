package dev.vigil.rego.builtins;

import dev.vigil.rego.value.Value;
import java.util.List;

/**
 * One builtin's implementation. Returns the result, or {@code null} when the call is undefined;
 * throws {@link BuiltinException} on errors. Arguments are already evaluated and of the declared
 * count. For relations ({@link BuiltinDeclaration#relation()}), the result is an array of all
 * outputs and the engine iterates it.
 */
@FunctionalInterface
public interface BuiltinFunction {
  Value call(BuiltinContext ctx, List<Value> args);
}
