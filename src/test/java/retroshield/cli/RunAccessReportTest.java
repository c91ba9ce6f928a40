package retroshield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import retroshield.rom.RomLoader;

/** run reports ignored ROM writes and unanswered ports at the end; the bare-image notice only without overrides. */
class RunAccessReportTest {

    /** DI; LD A,$2A; LD ($0000),A; OUT ($42),A; IN A,($43); LD ($0010),A; HALT */
    static final byte[] PROGRAM = {
            (byte) 0xF3, 0x3E, 0x2A, 0x32, 0x00, 0x00, (byte) 0xD3, 0x42, (byte) 0xDB, 0x43,
            0x32, 0x10, 0x00, 0x76};

    @TempDir
    Path dir;

    @RegisterExtension
    final StandardStreams streams = new StandardStreams();

    private String err() {
        return streams.stderr.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesToRomAndUnansweredPortsAreReported() throws Exception {
        Path bin = dir.resolve("w.bin");
        Files.write(bin, PROGRAM);
        assertEquals(3, RetroShieldCommand.execute("run", bin.toString(), "--rom", "0000-1FFF", "--ram", "2000-FFFF",
                "--chip", "mc6850"));
        assertTrue(err().contains("run: note: 2 writes to ROM or unmapped memory were ignored, the first $2A to $0000"
                + " by the instruction at $0003"), err());
        assertTrue(err().contains("run: note: 2 accesses to ports no chip answers ($42, $43), the first OUT $2A to $42"
                + " at $0006"), err());
        assertFalse(err().contains(RomLoader.BARE_IMAGE_NOTICE), "overridden: " + err());
    }

    @Test
    void theBareImageNoticeStaysWithoutOverrides() throws Exception {
        Path bin = dir.resolve("w.bin");
        Files.write(bin, PROGRAM);
        RetroShieldCommand.execute("run", bin.toString());
        assertTrue(err().contains(RomLoader.BARE_IMAGE_NOTICE), err());
        assertFalse(err().contains("to ROM or unmapped"), "all RAM: nothing ignored: " + err());
    }
}
