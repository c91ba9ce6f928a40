package retroshield.machine;

import java.util.List;
import java.util.Random;
import retroshield.devices.DmaMemory;
import retroshield.rom.ImageSegment;
import retroshield.rom.MemoryRegion;
import retroshield.rom.RamFill;
import retroshield.rom.RegionType;
import retroshield.rom.RomImage;

/**
 * The 64 KB address space: ROM, RAM and writable-ROM regions from the metadata. Addresses in
 * no region read $FF and ignore writes. Writes to ROM or to no region are ignored and counted
 * (total and last address) for the debugger.
 *
 * <p>At a cold start RAM and writable ROM are filled (zeros, $FF or seeded random bytes), ROM
 * and unmapped addresses read $FF (an erased EPROM), then the image is copied in: its bytes
 * that fall into RAM are RAM's initial contents.
 */
public final class Memory implements DmaMemory {

    public static final int SIZE = 0x10000;
    private static final int UNMAPPED_VALUE = 0xFF;

    // Package-private: the Machine reads them directly on the hot path.
    final byte[] bytes = new byte[SIZE];
    final boolean[] writable = new boolean[SIZE];

    private final List<MemoryRegion> regions;
    private final RegionType[] typeAt = new RegionType[SIZE];
    private RamFill fill;
    private Random random = new Random();
    private long ignoredWrites;
    private int lastIgnoredWrite = -1;

    public Memory(List<MemoryRegion> regions, RamFill fill) {
        this.regions = List.copyOf(regions);
        this.fill = fill;
        for (MemoryRegion region : this.regions) {
            for (int a = region.start(); a <= region.end(); a++) {
                typeAt[a] = region.type();
                writable[a] = region.type().writable();
            }
        }
        coldFill();
    }

    /** A memory read as the Z80 does it. */
    @Override
    public int read(int address) {
        return bytes[address & 0xFFFF] & 0xFF;
    }

    /** A memory write as the Z80 does it: ignored (and counted) outside RAM. */
    @Override
    public void write(int address, int value) {
        int a = address & 0xFFFF;
        if (writable[a]) {
            bytes[a] = (byte) value;
        } else {
            ignoredWrite(a);
        }
    }

    void ignoredWrite(int address) {
        ignoredWrites++;
        lastIgnoredWrite = address;
    }

    void restoreCounters(long ignored, int lastAddress) {
        ignoredWrites = ignored;
        lastIgnoredWrite = lastAddress;
    }

    /** Writes regardless of region type (debugger, loaders). Unmapped addresses stay $FF. */
    public void poke(int address, int value) {
        int a = address & 0xFFFF;
        if (typeAt[a] != null) {
            bytes[a] = (byte) value;
        }
    }

    /**
     * Fills RAM and writable ROM per the fill mode; ROM and unmapped addresses become $FF.
     * Random fills continue one seeded sequence, so each power-on differs but a run started
     * with the same seed repeats exactly.
     */
    public void coldFill() {
        for (int a = 0; a < SIZE; a++) {
            RegionType type = typeAt[a];
            if (type == null || type == RegionType.ROM) {
                bytes[a] = (byte) UNMAPPED_VALUE;
            } else {
                bytes[a] = switch (fill) {
                    case ZERO -> 0;
                    case FF -> (byte) 0xFF;
                    case RANDOM -> (byte) random.nextInt(256);
                };
            }
        }
    }

    /** Copies the image in; bytes at unmapped addresses are dropped. */
    public void load(RomImage image) {
        for (ImageSegment segment : image.segments()) {
            byte[] data = segment.bytes();
            for (int i = 0; i < data.length; i++) {
                poke(segment.address() + i, data[i]);
            }
        }
    }

    /** Restarts the {@link RamFill#RANDOM} sequence from {@code seed}, so a run can be repeated. */
    public void setRandomSeed(long seed) {
        this.random = new Random(seed);
    }

    public void setFill(RamFill fill) {
        this.fill = fill;
    }

    public RamFill fill() {
        return fill;
    }

    /** The region type at {@code address}, or null where no region is. */
    public RegionType typeAt(int address) {
        return typeAt[address & 0xFFFF];
    }

    public List<MemoryRegion> regions() {
        return regions;
    }

    /** Writes ignored so far (to ROM or to no region). */
    public long ignoredWrites() {
        return ignoredWrites;
    }

    /** The address of the last ignored write, or -1. */
    public int lastIgnoredWriteAddress() {
        return lastIgnoredWrite;
    }

    /** Copies {@code length} bytes from {@code address} (wrapping at $FFFF). */
    public byte[] dump(int address, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = bytes[(address + i) & 0xFFFF];
        }
        return out;
    }
}
