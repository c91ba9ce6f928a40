package retroshield.rom;

/**
 * An inclusive address range of the 64 KB space and what it is.
 *
 * @param start first address (0..0xFFFF)
 * @param end   last address, inclusive (start..0xFFFF)
 * @param type  ROM, RAM or writable ROM
 */
public record MemoryRegion(int start, int end, RegionType type) {

    public MemoryRegion {
        if (start < 0 || end > 0xFFFF || start > end) {
            throw new IllegalArgumentException(String.format(
                    "bad memory region $%04X-$%04X", start, end));
        }
    }

    /** Number of bytes in the region. */
    public int size() {
        return end - start + 1;
    }

    public boolean contains(int address) {
        return address >= start && address <= end;
    }

    public boolean overlaps(MemoryRegion other) {
        return start <= other.end && other.start <= end;
    }

    @Override
    public String toString() {
        return String.format("%s $%04X-$%04X", type.jsonName(), start, end);
    }
}
