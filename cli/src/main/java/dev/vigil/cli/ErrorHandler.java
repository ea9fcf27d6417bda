package dev.vigil.cli;

import dev.vigil.text.VisibleText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** One clear line per error and exit code 2; the stack trace only with {@code --debug}. */
final class ErrorHandler implements IExecutionExceptionHandler {
    static final int ERROR = 2;
    private final boolean debug;

    ErrorHandler(String[] args) {
        this.debug = Arrays.asList(args).contains("--debug");
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        cli.getErr().println("vigil: " + message(e));
        if (debug) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            cli.getErr().print(VisibleText.block(trace.toString().replace(System.lineSeparator(), "\n")));
            cli.getErr().flush();
        }
        return ERROR;
    }

    static int onBadParameters(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        cli.getErr().println("vigil: " + VisibleText.block(e.getMessage()));
        cli.getErr().println("try: " + cli.getCommandSpec().qualifiedName() + " --help");
        return ERROR;
    }

    /** Messages often quote a resource, account or file name: control characters in them are shown, not obeyed. */
    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : VisibleText.block(m);
    }
}
