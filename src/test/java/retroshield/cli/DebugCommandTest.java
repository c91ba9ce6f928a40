package retroshield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code debug ROM --commands FILE}: the line debugger driven by a script, as CI would. */
class DebugCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final StandardStreams streams = new StandardStreams();
    private final ByteArrayOutputStream stdout = streams.stdout;
    private final ByteArrayOutputStream stderr = streams.stderr;

    private int debug(String script, String... more) throws Exception {
        Path file = dir.resolve("script.dbg");
        Files.writeString(file, script);
        String[] args = new String[4 + more.length];
        args[0] = "debug";
        args[1] = "roms/mint.json";
        args[2] = "--commands";
        args[3] = file.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return RetroShieldCommand.execute(args);
    }

    private String out() {
        return stdout.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aScriptBreaksOnASymbolStepsAndReadsTheFirmwareOutput() throws Exception {
        String script = String.join("\n",
                "break main",
                "continue",
                "next",
                "step",
                "finish",
                "break _mint_main if SP < $3000",
                "cont",
                "watch w $2000..$2FFF if value == '7'",
                "type 3 4 + .\\n",
                "continue 300000",
                "regs",
                "rstep 3",
                "stopwatch reset",
                "continue 500",
                "stopwatch",
                "quit", "");
        assertEquals(0, debug(script), out() + stderr);
        String out = out();
        assertTrue(out.contains("breakpoint #1 at $") && out.contains("(_main), hit 1 time"), out);
        assertTrue(out.contains("[rom_main.c:"), "C source line of the PC: " + out);
        assertTrue(out.contains("MINT 2.0"), "the firmware's banner between the replies: " + out);
        assertTrue(out.contains("watchpoint #3: write $37 to $"), out);
        assertTrue(out.contains("back 3 at"), out);
        assertTrue(out.contains("step out done at $") && out.contains("(_main+$4)"), "finish returns to main: " + out);
        assertTrue(out.matches("(?s).*stopwatch: \\d+ T-states = .*"), out);
    }

    @Test
    void aFailingCommandMakesTheScriptExitOneWithTheReason() throws Exception {
        assertEquals(1, debug("break nosuchlabel\nx $0000 16\n"));
        String out = out();
        assertTrue(out.contains("error: in \"nosuchlabel\" at column 1"), out);
        assertTrue(out.contains("0000  "), "the script went on: " + out);
    }

    @Test
    void saveAndLoadInsideTheDebugger() throws Exception {
        Path state = dir.resolve("s.state");
        assertEquals(0, debug("continue 20000\nsave " + state + "\nset byte $2100=$AA\nload " + state
                + "\nx $2100 1\n"), out());
        assertTrue(Files.exists(state));
        assertTrue(!out().contains("2100  AA"), out());
    }
}
