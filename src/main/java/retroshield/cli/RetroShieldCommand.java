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
        return new CommandLine(new RetroShieldCommand()).execute(args);
    }
}
