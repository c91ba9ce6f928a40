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
        if (args[0].equals("--bench-render")) {
            runRenderBenchmark(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        System.exit(RetroShieldCommand.execute(args));
    }

    /** {@code --bench-render [frames]}: the CRT renderer's frame times (see RenderBenchmark). */
    private static void runRenderBenchmark(String[] args) {
        try {
            retroshield.ui.crt.RenderBenchmark.main(args);
            System.exit(0);
        } catch (Exception e) {
            System.err.println("--bench-render: " + e);
            System.exit(1);
        }
    }
}
