package retroshield.machine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import retroshield.rom.ImageSegment;
import retroshield.rom.MemoryRegion;
import retroshield.rom.RamFill;
import retroshield.rom.RegionType;
import retroshield.rom.RomImage;

class MemoryTest {

    private static final List<MemoryRegion> MAP = List.of(
            new MemoryRegion(0x0000, 0x1FFF, RegionType.ROM),
            new MemoryRegion(0x2000, 0x7FFF, RegionType.RAM),
            new MemoryRegion(0x8000, 0x8FFF, RegionType.WRITABLE_ROM));

    @Test
    void romIgnoresAndCountsWritesRamAndWritableRomAccept() {
        Memory memory = new Memory(MAP, RamFill.ZERO);
        memory.load(new RomImage(Path.of("t"), List.of(new ImageSegment(0, new byte[] {0x11, 0x22}))));
        memory.write(0x0001, 0x99);
        assertEquals(0x22, memory.read(0x0001));
        memory.write(0x2000, 0x55);
        memory.write(0x8000, 0x66);
        assertEquals(0x55, memory.read(0x2000));
        assertEquals(0x66, memory.read(0x8000));
        memory.write(0x9000, 0x77);                       // no region there
        assertEquals(0xFF, memory.read(0x9000));
        assertEquals(2, memory.ignoredWrites());
        assertEquals(0x9000, memory.lastIgnoredWriteAddress());
        assertNull(memory.typeAt(0x9000));
        assertEquals(RegionType.WRITABLE_ROM, memory.typeAt(0x8FFF));
    }

    @Test
    void imageBytesInRamAreInitialContentsAndUnmappedBytesDropped() {
        Memory memory = new Memory(MAP, RamFill.ZERO);
        byte[] image = new byte[0x10000];
        for (int i = 0; i < image.length; i++) {
            image[i] = (byte) (i >> 8);
        }
        memory.load(new RomImage(Path.of("dump"), List.of(new ImageSegment(0, image))));
        assertEquals(0x10, memory.read(0x1000));
        assertEquals(0x30, memory.read(0x3000));
        assertEquals(0x85, memory.read(0x8500));
        assertEquals(0xFF, memory.read(0xA000));
    }

    @Test
    void fillModes() {
        Memory zero = new Memory(MAP, RamFill.ZERO);
        assertEquals(0x00, zero.read(0x4000));
        assertEquals(0xFF, zero.read(0x0100), "ROM outside the image reads as erased EPROM");
        Memory ff = new Memory(MAP, RamFill.FF);
        assertEquals(0xFF, ff.read(0x4000));

        Memory a = new Memory(MAP, RamFill.RANDOM);
        a.setRandomSeed(42);
        a.coldFill();
        Memory b = new Memory(MAP, RamFill.RANDOM);
        b.setRandomSeed(42);
        b.coldFill();
        assertArrayEquals(a.dump(0x2000, 256), b.dump(0x2000, 256), "same seed, same contents");
        byte[] first = a.dump(0x2000, 256);
        a.coldFill();
        assertNotEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(a.dump(0x2000, 256)),
                "the next power-on differs");
        b.setRandomSeed(43);
        b.coldFill();
        assertNotEquals(java.util.Arrays.toString(a.dump(0x2000, 256)),
                java.util.Arrays.toString(b.dump(0x2000, 256)));
        int distinct = (int) java.util.stream.IntStream.range(0x2000, 0x2100).map(a::read).distinct().count();
        assertEquals(true, distinct > 100, "random fill looks random: " + distinct);
    }

    @Test
    void pokeBypassesRomProtectionButNotUnmapped() {
        Memory memory = new Memory(MAP, RamFill.ZERO);
        memory.poke(0x0010, 0xAB);
        memory.poke(0x9000, 0xAB);
        assertEquals(0xAB, memory.read(0x0010));
        assertEquals(0xFF, memory.read(0x9000));
        assertEquals(0, memory.ignoredWrites());
    }
}
