package dev.vigil.rego.api;

import dev.vigil.rego.value.Value;
import java.util.List;
import java.util.Map;

/** One solution: the value of each query expression and the named variable bindings. */
public record Result(List<Value> expressions, Map<String, Value> bindings) {}
