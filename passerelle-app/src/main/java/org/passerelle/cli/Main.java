package org.passerelle.cli;

import org.passerelle.PasserelleException;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Entry point of the {@code passerelle} command line, and the one place where errors become exit
 * codes: 0 ok, 1 failure, 2 usage error (bad arguments or bad input), 3 sensitive input found
 * ({@code scan}) or a use not allowed ({@code dataset check}). An error is reported as one line on standard error, never with user content.
 */
public final class Main {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int SENSITIVE = 3;
    public static final int NOT_ALLOWED = 3;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs one command with the given streams; what tests call. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine(out, err);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new PasserelleCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            CommandLine failing = exception.getCommandLine();
            failing.getErr().println("passerelle: " + exception.getMessage()
                    + " (see '" + failing.getCommandSpec().qualifiedName() + " --help')");
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((exception, failing, parseResult) -> {
            failing.getErr().println("passerelle: " + oneLine(exception));
            return exitCode(exception);
        });
        return commandLine;
    }

    static int exitCode(Exception exception) {
        if (exception instanceof PasserelleException known) {
            return switch (known.kind()) {
                case INVALID_INPUT, NOT_FOUND -> USAGE;
                case UNAVAILABLE, INTERNAL -> FAILURE;
            };
        }
        return FAILURE;
    }

    private static String oneLine(Exception exception) {
        String message = exception instanceof PasserelleException
                ? exception.getMessage()
                : "internal error (" + exception.getClass().getSimpleName() + ")";
        return message == null ? exception.getClass().getSimpleName() : message.replace('\n', ' ');
    }
}
