package retroshield;

import retroshield.cli.RetroShieldCommand;

/**
 * Entry point of {@code retroshield.jar}: with no arguments it opens the desktop app,
 * with a subcommand it runs the command line.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            retroshield.ui.DesktopApp.main(args);
            return;
        }
        RetroShieldCommand.standardOutputIsTheProcesses();
        System.exit(RetroShieldCommand.execute(args));
    }
}
