package dev.vigil.cli;

import dev.vigil.text.VisibleText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code vigil}: the command-line root. Exit codes: 0 ok, 2 bad input or error. */
@Command(name = "vigil", mixinStandardHelpOptions = true, version = "vigil 0.1.0",
        description = "Multi-account cloud governance and policy-as-code scanner.",
        subcommands = {ScanCommand.class, CollectCommand.class, EvaluateCommand.class, ReportCommand.class,
                DiffCommand.class, RegoCommand.class, PermissionsCommand.class, FakeCloudCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    public static final String VERSION = "0.1.0";

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    boolean debug;

    public static void main(String[] args) {
        int code;
        try {
            code = run(args);
        } catch (OutOfMemoryError e) {
            System.err.println("vigil: out of memory (" + e.getMessage() + "); raise the heap with VIGIL_JAVA_OPTS=-Xmx..."
                    + " or lower concurrency");
            code = ErrorHandler.ERROR;
        } catch (Throwable e) {
            // exit 1 means findings: a crash must never look like one
            System.err.println("vigil: crashed: " + VisibleText.block(String.valueOf(e)));
            code = ErrorHandler.ERROR;
        }
        System.exit(code);
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new ErrorHandler(args));
        cli.setParameterExceptionHandler(ErrorHandler::onBadParameters);
        return cli.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
