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
        if (args.length == 0 || opensInApp(args)) {
            retroshield.ui.DesktopApp.main(args);
            return;
        }
        if (args[0].equals("--bench-render")) {
            runRenderBenchmark(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        RetroShieldCommand.standardOutputIsTheProcesses();
        System.exit(RetroShieldCommand.execute(args));
    }

    /**
     * {@code retroshield.jar ROM} (what an OS "open with" runs): one argument naming an existing
     * file that is no subcommand opens the desktop app on it.
     */
    static boolean opensInApp(String[] args) {
        if (args.length != 1 || args[0].startsWith("-")) {
            return false;
        }
        String a = args[0].toLowerCase(java.util.Locale.ROOT);
        boolean romLike = a.endsWith(".json") || a.endsWith(".bin") || a.endsWith(".rom")
                || a.endsWith(".hex") || a.endsWith(".ihx");
        return romLike && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(args[0]));
    }

    /** {@code --bench-render [frames]}: the CRT renderer's frame times (see RenderBenchmark). */
    private static void runRenderBenchmark(String[] args) {
        java.util.logging.Logger quiet = retroshield.ui.DesktopApp.quietClasspathWarning();
        try {
            retroshield.ui.crt.RenderBenchmark.main(args);
            java.lang.ref.Reference.reachabilityFence(quiet);
            System.exit(0);
        } catch (IllegalArgumentException e) {
            System.err.println("--bench-render: " + e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            System.err.println("--bench-render: " + e);
            System.exit(1);
        }
    }
}
