package retroshield.roms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Forth 2012 core test suite (John Hayes' tester.fr and core.fr, read from
 * {@code ../shared/forth-tests} or the {@code forthtests.dir} property) pasted through the
 * serial port of the headless machine in one piece, as a user would paste it.
 */
class ForthCoreSuiteTest {

    static Path testsDir() {
        return Path.of(System.getProperty("forthtests.dir", "../shared/forth-tests"));
    }

    @Test
    void coreSuitePassesWithoutErrors() throws Exception {
        Path dir = testsDir();
        assumeTrue(Files.exists(dir.resolve("tester.fr")) && Files.exists(dir.resolve("core.fr")),
                "Forth test suite not found in " + dir.toAbsolutePath() + ": skipped");
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("tester.fr"), StandardCharsets.ISO_8859_1));
        for (String line : Files.readAllLines(dir.resolve("core.fr"), StandardCharsets.ISO_8859_1)) {
            lines.add(line);
            if (line.trim().equals("T{ ACCEPT-TEST -> }T")) {
                lines.add("typed for ACCEPT");      // the line ACCEPT-TEST reads
            }
        }
        try (ForthSession forth = ForthSession.boot()) {
            forth.raw().type(String.join("\n", lines) + "\n");
            String out = forth.raw().expect("End of Core word set tests", 3_000_000_000L);
            forth.raw().settle(2_000_000, 100_000_000);
            assertFalse(out.contains("\nINCORRECT RESULT: "), out);
            assertFalse(out.contains("\nWRONG NUMBER OF RESULTS: "), out);
            assertTrue(out.contains("RECEIVED: \"typed for ACCEPT\""), "ACCEPT did not read the next line");
            assertFalse(out.contains(" ?\r\n"), "an unknown word in the suite:\n" + out);
            assertEquals("0 ", forth.run("#ERRORS @ ."));
            System.out.println("Forth core suite: " + lines.size() + " lines of tester.fr + core.fr executed, "
                    + "#ERRORS = 0, " + forth.raw().machine().cpu().cycles() + " T-states");
        }
    }
}
