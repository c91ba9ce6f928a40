package retroshield.cpm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * The CRC-32 speed workload (src/test/resources/cpm/crc32bench.com, the stand-in for ZEXDOC in
 * docs/z80-core.md) computes the right CRC through the CP/M harness, so its speed figures measure
 * a core that works. The pass count is patched down to 3 to keep the test short.
 */
class CpmCrc32BenchTest {

    /** File offset of the LD HL,nn whose operand is the pass count. */
    private static final int PASS_COUNT_OPCODE = 84;
    private static final int PASSES = 3;

    @Test
    void printsTheCrc32OfItsDataRepeatedPassCountTimes() throws IOException {
        byte[] program;
        try (InputStream in = getClass().getResourceAsStream("/cpm/crc32bench.com")) {
            program = in.readAllBytes();
        }
        assertEquals(0x21, program[PASS_COUNT_OPCODE] & 0xFF, "LD HL,nn holds the pass count");
        assertEquals(1080, (program[PASS_COUNT_OPCODE + 1] & 0xFF) | (program[PASS_COUNT_OPCODE + 2] & 0xFF) << 8);
        program[PASS_COUNT_OPCODE + 1] = PASSES;
        program[PASS_COUNT_OPCODE + 2] = 0;

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CpmResult result = new CpmMachine(program, new ByteArrayInputStream(new byte[0]), out, false)
                .run(1_000_000_000L);

        assertEquals(CpmResult.Ending.WARM_BOOT, result.ending());
        assertEquals(String.format("%08X\r\n", expectedCrc()), out.toString(StandardCharsets.ISO_8859_1));
    }

    private static long expectedCrc() {
        byte[] data = new byte[0x3000];
        for (int k = 0; k < data.length; k++) {
            int address = 0x4000 + k;
            data[k] = (byte) ((address & 0xFF) ^ (address >> 8));
        }
        CRC32 crc = new CRC32();
        for (int pass = 0; pass < PASSES; pass++) {
            crc.update(data);
        }
        return crc.getValue();
    }
}
