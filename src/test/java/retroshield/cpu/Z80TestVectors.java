package retroshield.cpu;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the public Z80 test vectors (FUSE and SingleStepTests) used by the conformance suites.
 * The folder comes from the system property {@code z80tests.dir} (set by the pom to
 * {@code ../shared/z80-tests}); SingleStepTests may be pointed elsewhere with
 * {@code singlestep.dir}. A missing folder skips the suite, or fails it when the environment
 * variable {@code Z80TESTS_REQUIRED} is {@code true}.
 */
final class Z80TestVectors {

    private Z80TestVectors() {
    }

    static Path baseDir() {
        return Path.of(System.getProperty("z80tests.dir", "../shared/z80-tests"));
    }

    static Path fuseDir() {
        return require(baseDir().resolve("fuse"), "FUSE tests (tests.in, tests.expected)");
    }

    /** The SingleStepTests folder, not checked. */
    static Path singleStepPath() {
        String dir = System.getProperty("singlestep.dir");
        return dir != null ? Path.of(dir) : baseDir().resolve("singlestep");
    }

    static Path singleStepDir() {
        return require(singleStepPath(), "SingleStepTests (*.json / *.json.gz)");
    }

    private static Path require(Path dir, String what) {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        String message = what + " not found at " + dir.toAbsolutePath()
                + ". Point the suites at a copy with -Dz80tests.dir=/path/to/z80-tests"
                + " (SingleStepTests alone: -Dsinglestep.dir=/path/to/v1).";
        if ("true".equals(System.getenv("Z80TESTS_REQUIRED"))) {
            fail(message + " (Z80TESTS_REQUIRED=true, so this is a failure)");
        }
        Assumptions.assumeTrue(false, message + " Skipping.");
        return dir;
    }
}
