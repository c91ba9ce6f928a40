package retroshield.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import retroshield.machine.HeadlessSession;

/**
 * The committed roms/src/forth/bootimage.inc is what boot.inc compiles to on the current
 * kernel (run with -Dforth.writeImage=true, or roms/src/forth/make-image.sh, to rewrite it).
 */
class ForthBootImageTest {

    private static final Path ROMS = Path.of("roms");
    private static final Path IMAGE_INC = ROMS.resolve("src/forth/bootimage.inc");

    @Test
    void committedImageIsWhatBootIncCompilesTo() throws Exception {
        assumeTrue(Files.exists(ROMS.resolve("forth.bin")), "roms/forth.bin is missing");
        String fresh = ForthBootImage.generate(ROMS);
        if (Boolean.getBoolean("forth.writeImage")) {
            Files.writeString(IMAGE_INC, fresh, StandardCharsets.ISO_8859_1);
        }
        String committed = Files.readString(IMAGE_INC, StandardCharsets.ISO_8859_1);
        assertEquals(fresh, committed,
                "roms/src/forth/bootimage.inc is stale: run roms/src/forth/make-image.sh and commit it with roms/forth.bin");
    }

    @Test
    void coldStartReachesOkWithinTwoHundredThousandTStates() throws Exception {
        assumeTrue(Files.exists(ROMS.resolve("forth.bin")), "roms/forth.bin is missing");
        try (HeadlessSession session = HeadlessSession.open(ROMS.resolve("forth.json"))) {
            String out = session.expect(" ok\r\n", 50_000_000L);
            long cycles = session.machine().cpu().cycles();
            assertTrue(out.startsWith("RetroShield Forth"), out);
            assertTrue(cycles < 200_000, "cold start took " + cycles + " T-states");
            session.type(": SQ DUP * ; 7 SQ . UNUSED HERE + .\r");
            String reply = session.expect(" ok\r\n", 50_000_000L);
            assertTrue(reply.contains(" 49 0  ok"), reply);
        }
    }
}
