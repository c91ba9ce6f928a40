package retroshield.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; each subcommand lives in its own class. */
@Command(name = "retroshield",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = 1,
        version = "retroshield 0.1.0",
        description = "RetroShield Z80 emulator. With no arguments the desktop app opens.",
        subcommands = {
                RunCommand.class,
                CpmCommand.class,
                DisasmCommand.class,
                BenchCommand.class,
                DebugCommand.class,
                CommandLine.HelpCommand.class
        })
public final class RetroShieldCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** System.out as it was when the process started the command line, or null (in-process use). */
    private static volatile java.io.PrintStream processStdout;

    /**
     * Called by the process entry point: standard output may then be written through its file
     * descriptor, so a failed write tells why (a closed pipe, or a full disk).
     */
    public static void standardOutputIsTheProcesses() {
        processStdout = System.out;
    }

    /**
     * Where a command writes its output: the process's standard output file descriptor when
     * System.out is still the process's own, else System.out (redirected in-process).
     */
    static java.io.OutputStream standardOutput() {
        java.io.PrintStream current = System.out;
        if (current == processStdout) {
            current.flush();
            return new java.io.FileOutputStream(java.io.FileDescriptor.out);
        }
        return current;
    }

    /** Parses and runs the command line; returns the process exit code. */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new RetroShieldCommand());
        commandLine.setParameterExceptionHandler(RetroShieldCommand::badArguments);
        return commandLine.execute(args);
    }

    /** A bad option or argument: one line naming it and where help is, not the whole usage. */
    private static int badArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String text = e.getMessage();
        if (e.getCause() instanceof CommandLine.TypeConversionException bad
                && e.getArgSpec() instanceof CommandLine.Model.OptionSpec option) {
            text = option.longestName() + ": " + bad.getMessage();    // the converter's own words
        }
        command.getErr().println(command.getCommandName() + ": " + text
                + " (see: " + command.getCommandSpec().qualifiedName() + " --help)");
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }
}
