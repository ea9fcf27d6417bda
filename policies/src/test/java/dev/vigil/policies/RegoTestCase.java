package dev.vigil.policies;

import dev.vigil.rego.api.Modules;
import dev.vigil.rego.api.ParsedModule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One {@code test_*} rule of the library: the file it lives in and the document that must be true. */
record RegoTestCase(String file, String packageName, String rule) {

    String query() {
        return "data." + packageName + "." + rule + " == true";
    }

    String name() {
        return file + " " + rule;
    }

    /** Every test rule of the given test modules (relative path to source). */
    static List<RegoTestCase> discover(Map<String, String> testModules) {
        List<RegoTestCase> cases = new ArrayList<>();
        testModules.forEach((file, source) -> {
            ParsedModule module = Modules.parse(file, source);
            String pkg = String.join(".", module.packagePath());
            module.ruleNames().stream()
                    .filter(name -> name.startsWith("test_"))
                    .distinct()
                    .forEach(name -> cases.add(new RegoTestCase(file, pkg, name)));
        });
        return cases;
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
