package dev.vigil.cli;

import dev.vigil.rego.compile.UnsafeBuiltins;
import dev.vigil.rego.engine.ScanCapabilities;
import dev.vigil.rego.tool.RegoCheck;
import dev.vigil.rego.tool.RegoEval;
import dev.vigil.rego.tool.RegoTestRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil rego ...}: Vigil's Rego engine on its own, shaped like the OPA CLI. */
@Command(name = "rego", mixinStandardHelpOptions = true,
        description = "Evaluate, test and check Rego with Vigil's engine (like opa eval / test / check).",
        subcommands = {RegoCommand.Eval.class, RegoCommand.Test.class, RegoCommand.Check.class})
public final class RegoCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = "Evaluate a query; prints OPA's JSON result shape.")
    static final class Eval implements Callable<Integer> {
        @Option(names = {"-d", "--data"}, description = "Rego or JSON/YAML data file or directory (repeatable).")
        List<Path> data = new ArrayList<>();

        @Option(names = {"-i", "--input"}, description = "Input document (JSON).")
        Path input;

        @Parameters(index = "0", description = "The query, e.g. data.example.allow")
        String query;

        @Override
        public Integer call() {
            return new RegoEval(System.out, System.err).run(new RegoEval.Request(data, input, query));
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Run test_* rules like opa test; non-zero exit on any failure.")
    static final class Test implements Callable<Integer> {
        @Option(names = {"-v", "--verbose"}, description = "Print every test, not only failures.")
        boolean verbose;

        @Parameters(arity = "1..*", description = "Files or directories with policies and tests.")
        List<Path> paths;

        @Override
        public Integer call() {
            return new RegoTestRunner(System.out, System.err).run(paths, verbose);
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Parse and compile only; errors name file, line and column.")
    static final class Check implements Callable<Integer> {
        @Option(names = "--scan", description = "Also refuse what a scan refuses: calls of http.send, "
                + "net.lookup_ip_addr and opa.runtime.")
        boolean scan;

        @Parameters(arity = "1..*", description = "Files or directories.")
        List<Path> paths;

        @Override
        public Integer call() {
            return new RegoCheck(System.out, System.err)
                    .run(paths, scan ? ScanCapabilities.REFUSED : UnsafeBuiltins.NONE);
        }
    }
}
