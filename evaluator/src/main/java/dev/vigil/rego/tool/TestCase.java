package dev.vigil.rego.tool;

import java.util.List;

/** A {@code test_*} rule found in a module: package path (without {@code data}), name, position. */
record TestCase(List<String> packagePath, String name, String file, int line) {
  String qualifiedName() {
    return "data." + String.join(".", packagePath) + "." + name;
  }

  boolean todo() {
    return name.startsWith("todo_");
  }
}
