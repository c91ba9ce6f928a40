package retroshield.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; each subcommand lives in its own class. */
@Command(name = "retroshield",
        mixinStandardHelpOptions = true,
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

    /** Parses and runs the command line; returns the process exit code. */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new RetroShieldCommand());
        commandLine.setParameterExceptionHandler(RetroShieldCommand::badArguments);
        return commandLine.execute(args);
    }

    /** A bad option or argument: one line naming it and where help is, not the whole usage. */
    private static int badArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println(command.getCommandName() + ": " + e.getMessage()
                + " (see: " + command.getCommandSpec().qualifiedName() + " --help)");
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }
}
