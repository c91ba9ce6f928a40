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

/** {@code run --save-state} then {@code run --load-state}: a MINT definition survives between runs. */
class RunSaveStateTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final StandardStreams streams = new StandardStreams();
    private final ByteArrayOutputStream stdout = streams.stdout;
    private final ByteArrayOutputStream stderr = streams.stderr;

    @Test
    void aDefinitionMadeInOneRunIsThereInTheNext() throws Exception {
        Path state = dir.resolve("mint.state");
        Path first = dir.resolve("first.txt");
        Files.writeString(first, ":Q 6 7 * . ;\n");
        assertEquals(0, RetroShieldCommand.execute("run", "roms/mint.json", "--input", first.toString(),
                "--save-state", state.toString()), stderr.toString());
        assertTrue(Files.size(state) > 65536);
        stdout.reset();
        Path second = dir.resolve("second.txt");
        Files.writeString(second, "Q\n");
        assertEquals(0, RetroShieldCommand.execute("run", "roms/mint.json", "--load-state", state.toString(),
                "--input", second.toString(), "--until", "42 "), stderr.toString());
        String out = stdout.toString(StandardCharsets.ISO_8859_1);
        assertTrue(out.contains("42 "), out);
        assertTrue(!out.contains("MINT 2.0"), "no new boot banner: " + out);
    }

    @Test
    void aDamagedStateIsRefusedWithTheFileAndReason() throws Exception {
        Path state = dir.resolve("bad.state");
        Files.writeString(state, "RSZ80SAV but not really");
        assertEquals(1, RetroShieldCommand.execute("run", "roms/mint.json", "--load-state", state.toString(),
                "--cycles", "1000"));
        String err = stderr.toString(StandardCharsets.UTF_8);
        assertTrue(err.contains("--load-state") && err.contains(state.toString()) && err.contains("version 8290 is not supported"), err);
    }
}
