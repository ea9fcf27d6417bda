package dev.vigil.rego.tool;

import dev.vigil.rego.api.Modules;
import dev.vigil.rego.api.ParsedModule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the rules named {@code test_*} or {@code todo_test_*} in parsed modules, in file order. */
final class TestDiscovery {
  private static final Pattern RULE_HEAD = Pattern.compile("^\\s*((?:todo_)?test_[A-Za-z0-9_]*)\\b",
      Pattern.MULTILINE);

  private TestDiscovery() {}

  /** Parses every module (a parse error throws RegoException) and lists its tests. */
  static List<TestCase> discover(Map<String, String> modules) {
    List<TestCase> tests = new ArrayList<>();
    for (Map.Entry<String, String> module : modules.entrySet()) {
      ParsedModule parsed = Modules.parse(module.getKey(), module.getValue());
      List<String> pkg = withoutDataPrefix(parsed.packagePath());
      LinkedHashSet<String> names = new LinkedHashSet<>();
      for (String rule : parsed.ruleNames()) {
        if (rule.startsWith("test_") || rule.startsWith("todo_test_")) {
          names.add(rule);
        }
      }
      List<TestCase> inFile = new ArrayList<>();
      for (String name : names) {
        inFile.add(new TestCase(pkg, name, module.getKey(), lineOf(module.getValue(), name)));
      }
      inFile.sort((a, b) -> Integer.compare(a.line(), b.line()));
      tests.addAll(inFile);
    }
    return tests;
  }

  private static List<String> withoutDataPrefix(List<String> path) {
    return !path.isEmpty() && path.get(0).equals("data") ? path.subList(1, path.size()) : path;
  }

  /** The line of the first rule head with this name; 0 when it cannot be found textually. */
  static int lineOf(String source, String rule) {
    Matcher m = RULE_HEAD.matcher(source);
    while (m.find()) {
      if (m.group(1).equals(rule)) {
        int line = 1;
        for (int i = 0; i < m.start(1); i++) {
          if (source.charAt(i) == '\n') {
            line++;
          }
        }
        return line;
      }
    }
    return 0;
  }
}
