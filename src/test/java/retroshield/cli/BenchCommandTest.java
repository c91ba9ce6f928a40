package retroshield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The bench command's output shape (the figure itself is measured by running it, not here). */
class BenchCommandTest {

    private String stdout;

    private int run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            CommandLine cl = new CommandLine(new RetroShieldCommand());
            cl.setErr(new PrintWriter(new StringWriter()));
            return cl.execute(args);
        } finally {
            System.setOut(saved);
            stdout = bytes.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void printsAMegahertzLine() {
        assertEquals(0, run("bench", "--seconds", "0.05", "--runs", "3", "--warmup", "0"));
        assertTrue(stdout.matches("(?s)Z80 bench: \\d+\\.\\d MHz \\(.*median of 3 runs of 0\\.05 s\\)\\R.*"), stdout);
        assertTrue(stdout.contains("runs: "), stdout);
    }

    @Test
    void rejectsANonPositiveLength() {
        assertEquals(1, run("bench", "--seconds", "0"));
        assertEquals("", stdout);
    }

    @Test
    void helpListsTheOptions() {
        StringWriter help = new StringWriter();
        CommandLine cl = new CommandLine(new RetroShieldCommand());
        cl.setOut(new PrintWriter(help));
        assertEquals(0, cl.execute("bench", "--help"));
        for (String option : new String[] {"--seconds", "--runs", "--warmup", "MHz"}) {
            assertTrue(help.toString().contains(option), help.toString());
        }
    }
}
