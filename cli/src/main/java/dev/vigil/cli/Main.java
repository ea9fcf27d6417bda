package dev.vigil.cli;

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
        System.exit(run(args));
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
