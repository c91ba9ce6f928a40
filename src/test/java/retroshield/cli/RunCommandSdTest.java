package retroshield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --sd FOLDER}: an SD card for any ROM, from the command line. */
class RunCommandSdTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final StandardStreams streams = new StandardStreams();

    /** A bare image that creates HELLO on the card, writes "hi" and halts. */
    private Path writerImage() throws Exception {
        byte[] code = {
            0x3E, 'H', (byte) 0xD3, 0x13, 0x3E, 'E', (byte) 0xD3, 0x13, 0x3E, 'L', (byte) 0xD3, 0x13,
            0x3E, 'L', (byte) 0xD3, 0x13, 0x3E, 'O', (byte) 0xD3, 0x13, (byte) 0xAF, (byte) 0xD3, 0x13,
            0x3E, 0x02, (byte) 0xD3, 0x10,
            0x3E, 'h', (byte) 0xD3, 0x12, 0x3E, 'i', (byte) 0xD3, 0x12,
            0x3E, 0x05, (byte) 0xD3, 0x10,
            (byte) 0xF3, 0x76};
        Path image = dir.resolve("writer.bin");
        Files.write(image, code);
        return image;
    }

    @Test
    void sdOptionGivesTheRomACardInTheFolder() throws Exception {
        Path folder = dir.resolve("card");
        int exit = RetroShieldCommand.execute(new String[] {"run", writerImage().toString(),
            "--sd", folder.toString(), "--cycles", "5000"});
        assertEquals(ConsoleRun.EXIT_HALTED, exit, streams.stderr.toString(StandardCharsets.UTF_8));
        assertEquals("hi", Files.readString(folder.resolve("HELLO")));
    }

    @Test
    void sdOptionNamingAFileIsRefused() throws Exception {
        Path file = dir.resolve("plain");
        Files.writeString(file, "x");
        int exit = RetroShieldCommand.execute(new String[] {"run", writerImage().toString(),
            "--sd", file.toString(), "--cycles", "5000"});
        assertEquals(ConsoleRun.EXIT_BAD_INPUT, exit);
        assertTrue(streams.stderr.toString(StandardCharsets.UTF_8).contains("--sd"));
    }
}
