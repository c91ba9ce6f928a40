package retroshield.devices;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 128-byte DMA block transfers through memory (ports $16-$18). */
class SdCardBlockTest {

    @TempDir
    Path folder;
    SdCardDriver sd;

    @BeforeEach
    void setUp() {
        sd = new SdCardDriver(folder, SdLimits.DEFAULT);
    }

    private static byte[] pattern(int length) {
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) {
            data[i] = (byte) (i * 13 + 1);
        }
        return data;
    }

    @Test
    void blockReadUsesTheDefaultDmaAddressAndZeroFillsPastTheEnd() throws IOException {
        byte[] data = pattern(200);
        Files.write(folder.resolve("DISK"), data);
        Arrays.fill(sd.ram, (byte) 0x55);
        sd.named("DISK", SdCard.CMD_OPEN_READ);
        assertEquals(SdCard.BLOCK_OK, sd.block(0));
        assertArrayEquals(Arrays.copyOf(data, 128), Arrays.copyOfRange(sd.ram, 0x80, 0x100));
        assertEquals(0x55, sd.ram[0x7F] & 0xFF);
        assertEquals(0x55, sd.ram[0x100] & 0xFF);
        assertEquals(SdCard.BLOCK_OK, sd.block(0), "the block at the end of the file");
        byte[] expected = new byte[128];
        System.arraycopy(data, 128, expected, 0, 72);
        assertArrayEquals(expected, Arrays.copyOfRange(sd.ram, 0x80, 0x100));
        assertEquals(SdCard.BLOCK_OK, sd.block(0), "wholly past the end: zeros");
        assertArrayEquals(new byte[128], Arrays.copyOfRange(sd.ram, 0x80, 0x100));
    }

    @Test
    void blockWriteCopiesMemoryAtTheDmaAddressAtTheSeekPosition() throws IOException {
        byte[] block = pattern(128);
        System.arraycopy(block, 0, sd.ram, 0xC000, 128);
        sd.named("IMG", SdCard.CMD_CREATE);
        sd.dma(0xC000);
        sd.seek(256);
        sd.command(SdCard.CMD_SEEK);
        assertEquals(SdCard.BLOCK_OK, sd.block(1));
        assertEquals(SdCard.BLOCK_OK, sd.block(1), "the position advanced by 128");
        sd.command(SdCard.CMD_CLOSE);
        byte[] file = Files.readAllBytes(folder.resolve("IMG"));
        assertEquals(512, file.length);
        assertArrayEquals(new byte[256], Arrays.copyOf(file, 256));
        assertArrayEquals(block, Arrays.copyOfRange(file, 256, 384));
        assertArrayEquals(block, Arrays.copyOfRange(file, 384, 512));
    }

    @Test
    void blocksRoundTripThroughMemoryAndWrapAtFfff() throws IOException {
        byte[] data = pattern(128);
        Files.write(folder.resolve("W"), data);
        sd.named("W", SdCard.CMD_OPEN_READ);
        sd.dma(0xFFC0);
        assertEquals(SdCard.BLOCK_OK, sd.block(0));
        assertArrayEquals(Arrays.copyOf(data, 64), Arrays.copyOfRange(sd.ram, 0xFFC0, 0x10000));
        assertArrayEquals(Arrays.copyOfRange(data, 64, 128), Arrays.copyOfRange(sd.ram, 0, 64));
    }

    @Test
    void blockTransfersFailWithNoFileOrOnAReadOnlyFile() throws IOException {
        assertEquals(SdCard.BLOCK_FAILED, sd.block(0));
        assertEquals(SdCard.BLOCK_FAILED, sd.block(1));
        Files.write(folder.resolve("RO"), pattern(10));
        sd.named("RO", SdCard.CMD_OPEN_READ);
        assertEquals(SdCard.BLOCK_FAILED, sd.block(1));
        assertEquals(10, Files.size(folder.resolve("RO")));
        assertEquals(SdCard.BLOCK_OK, sd.block(0), "a success clears the block status");
        assertEquals(SdCard.BLOCK_BAD_COMMAND, sd.block(7));
    }
}
