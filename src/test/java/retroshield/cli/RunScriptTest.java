package retroshield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Expect-style scripting of run (--send/--expect, --script) driving the bundled ROMs. */
class RunScriptTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final StandardStreams streams = new StandardStreams();

    private String out() {
        return streams.stdout.toString(StandardCharsets.ISO_8859_1);
    }

    private String err() {
        return streams.stderr.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sendAndExpectPairsDriveMint() {
        int code = RetroShieldCommand.execute("run", "roms/mint.json", "--expect", "> ", "--send", "1 2 + .",
                "--expect", "3", "--send", ":A 2 * ; 21 A .", "--expect", "42", "--timeout", "30");
        assertEquals(0, code, err());
        String out = out();
        int three = out.indexOf("1 2 + .");
        int a = out.indexOf(":A 2 * ;");
        assertTrue(three >= 0 && a > three, "the second line was typed after the first reply: " + out);
        assertTrue(out.indexOf("42", a) > a, out);
    }

    @Test
    void aScriptFileDrivesTheMonitor() throws Exception {
        Path script = Files.writeString(dir.resolve("mon.script"), """
                # fill and dump memory with the monitor
                expect \\r\\n>\\x20
                send F 8000 800F AA
                expect >\\x20
                send D 8000 10
                expect 8000  AA AA AA
                """);
        assertEquals(0, RetroShieldCommand.execute("run", "roms/monitor.json", "--script", script.toString(),
                "--timeout", "30"), err());
        assertTrue(out().contains("D 8000 10"), out());
    }

    @Test
    void aScriptEndingWithASendEndsWhenTheOutputIsQuiet() throws Exception {
        Path script = Files.writeString(dir.resolve("s.txt"), "expect > \nsend 6 7 * .\n");
        assertEquals(0, RetroShieldCommand.execute("run", "roms/mint.json", "--script", script.toString(),
                "--timeout", "30"), err());
        assertTrue(out().contains("42"), out());
    }

    @Test
    void aMissingTextTimesOutNamingTheStep() {
        assertEquals(2, RetroShieldCommand.execute("run", "roms/mint.json", "--expect", "> ", "--send", "1 .",
                "--expect", "never printed", "--timeout", "0.5"));
        assertTrue(err().contains("timeout after 0.5 s waiting for \"never printed\" (--expect #2)"), err());
    }

    @Test
    void untilAndExpectGetADefaultTimeout() {
        RunCommand run = new RunCommand();
        new CommandLine(run).parseArgs("roms/mint.json", "--until", "x");
        assertEquals(RunCommand.DEFAULT_WAIT_TIMEOUT, run.effectiveTimeout());
        RunCommand none = new RunCommand();
        new CommandLine(none).parseArgs("roms/mint.json");
        assertEquals(0, none.effectiveTimeout());
        RunCommand given = new RunCommand();
        new CommandLine(given).parseArgs("roms/mint.json", "--until", "x", "--timeout", "0");
        assertEquals(0, given.effectiveTimeout());
    }

    @Test
    void scriptErrorsNameFileAndLine() throws Exception {
        Path script = Files.writeString(dir.resolve("bad.script"), "send 1\n\nwait 3\n");
        assertEquals(1, RetroShieldCommand.execute("run", "roms/mint.json", "--script", script.toString()));
        assertTrue(err().contains("bad.script:3: unknown command \"wait\", expected send, type or expect"), err());
    }

    @Test
    void scriptAndSendTogetherAreRefused() throws Exception {
        Path script = Files.writeString(dir.resolve("s.script"), "send 1\n");
        assertEquals(1, RetroShieldCommand.execute("run", "roms/mint.json", "--script", script.toString(),
                "--send", "2"));
        assertTrue(err().contains("--script cannot be combined with --send/--expect"), err());
    }
}
