package retroshield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CpmCommandTest {

    /** LD C,9 / LD DE,$0109 / CALL 5 / RET / "ok$": 58 T-states (CALL 5 + RET 27, HALT 4). */
    private static final String PRINT_OK = "0E09 110901 CD0500 C9 6F6B24";
    private static final String LOOP = "18FE";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final StringWriter err = new StringWriter();
    private final StringWriter help = new StringWriter();

    private int run(String input, String... args) {
        CommandLine cl = new CommandLine(new RetroShieldCommand());
        cl.setOut(new PrintWriter(help));
        cl.setErr(new PrintWriter(err));
        CpmCommand cpm = cl.getSubcommands().get("cpm").getCommand();
        cpm.in = new ByteArrayInputStream(input.getBytes(StandardCharsets.ISO_8859_1));
        cpm.out = out;
        return cl.execute(args);
    }

    private Path com(String hex) throws IOException {
        return Files.write(dir.resolve("TEST.COM"), HexFormat.of().parseHex(hex.replace(" ", "")));
    }

    @Test
    void runsAProgramAndReportsTheTStatesOnStandardError() throws IOException {
        assertEquals(0, run("", "cpm", com(PRINT_OK).toString()));
        assertEquals("ok", out.toString(StandardCharsets.ISO_8859_1));
        assertTrue(err.toString().matches("(?s)cpm: 58 T-states in \\d+\\.\\d{3} s = \\d+\\.\\d MHz"
                + "; \\d+\\.\\d{3} s CPU = \\d+\\.\\d MHz per CPU second\\R"), err.toString());
    }

    @Test
    void maxCyclesStopsWithExitCode2() throws IOException {
        assertEquals(2, run("", "cpm", com(LOOP).toString(), "--max-cycles", "5000"));
        assertTrue(err.toString().contains("--max-cycles 5000"), err.toString());
    }

    @Test
    void aMissingProgramIsNamedAndExitsWith1() {
        Path missing = dir.resolve("NONE.COM");
        assertEquals(1, run("", "cpm", missing.toString()));
        assertTrue(err.toString().contains(missing.toString()), err.toString());
    }

    @Test
    void usageErrorsExitWith1NotTheCycleLimitCode() {
        assertEquals(1, run("", "cpm"));
        assertEquals(1, run("", "cpm", "X.COM", "--max-cycles", "lots"));
        assertTrue(err.toString().contains("--max-cycles"), err.toString());
    }

    @Test
    void helpListsTheOptions() {
        assertEquals(0, run("", "cpm", "--help"));
        assertTrue(help.toString().contains("--max-cycles"), help.toString());
    }
}
