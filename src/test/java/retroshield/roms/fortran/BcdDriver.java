package retroshield.roms.fortran;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Compiles the Fortran ROM's BCD library (roms/src/fortran/bcd_*.c) with the host's gcc together
 * with src/test/c/fortran/bcd_driver.c, and runs batches of driver commands through it.
 */
final class BcdDriver {

    static final Path SOURCES = Path.of("roms", "src", "fortran");
    static final Path DRIVER = Path.of("src", "test", "c", "fortran", "bcd_driver.c");

    private final Path executable;

    private BcdDriver(Path executable) {
        this.executable = executable;
    }

    static boolean gccInstalled() {
        try {
            Process p = new ProcessBuilder("gcc", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static BcdDriver build(Path workDir) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("gcc", "-std=c99", "-O1", "-Wall", "-Wextra", "-Werror",
                "-I" + SOURCES, "-o", workDir.resolve("bcd_driver").toString(), DRIVER.toString()));
        try (var files = Files.list(SOURCES)) {
            files.map(Path::toString).filter(n -> n.matches(".*/bcd_[a-z0-9_]+\\.c")).sorted().forEach(cmd::add);
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("gcc failed on the BCD library: " + String.join(" ", cmd) + "\n" + messages);
        }
        return new BcdDriver(workDir.resolve("bcd_driver"));
    }

    /** Runs the commands (one per element) and returns one output line per command. */
    List<String> run(List<String> commands) throws IOException, InterruptedException {
        Path input = Files.createTempFile("bcd", ".in");
        try {
            Files.write(input, commands, StandardCharsets.US_ASCII);
            Process p = new ProcessBuilder(executable.toString()).redirectInput(input.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("BCD driver timed out");
            }
            List<String> lines = new String(out, StandardCharsets.US_ASCII).lines().toList();
            if (lines.size() != commands.size()) {
                throw new IOException("BCD driver answered " + lines.size() + " lines to " + commands.size()
                        + " commands (exit " + p.exitValue() + ")");
            }
            return lines;
        } finally {
            Files.deleteIfExists(input);
        }
    }
}
