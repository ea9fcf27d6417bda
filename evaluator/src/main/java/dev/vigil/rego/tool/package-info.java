/**
 * The {@code rego} command line, without a CLI framework: the CLI module wraps each class in a
 * picocli command. Every tool writes to the streams it is given and returns the exit code.
 *
 * <ul>
 *   <li>{@code rego eval -d PATH... [-i input.json] QUERY}:
 *       {@code new RegoEval(out, err).run(new RegoEval.Request(paths, inputOrNull, query))};
 *       prints OPA's {@code {"result": [...]}} or {@code {}}; 0 ok, 1 error.
 *   <li>{@code rego test [-v] PATH...}: {@code new RegoTestRunner(out, err).run(paths, verbose)};
 *       0 all passed, 2 a test failed or errored, 1 policies could not be loaded or compiled.
 *   <li>{@code rego check [--scan] PATH...}: {@code new RegoCheck(out, err).run(paths)} (with
 *       {@code ScanCapabilities.REFUSED} for {@code --scan}); 0 clean, 1 errors.
 * </ul>
 *
 * <p>Paths are loaded by {@link dev.vigil.rego.engine.PolicySources}: {@code .rego} files below a
 * directory, {@code data.json}/{@code data.yaml} under their directory's path, and JSON/YAML files
 * named directly at the root of {@code data}.
 */
package dev.vigil.rego.tool;
