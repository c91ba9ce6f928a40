package retroshield.devices;

/**
 * The memory a device reaches by DMA (the SD card's 128-byte block transfers): reads and
 * writes as the Z80 does them, so a write to ROM is ignored.
 */
public interface DmaMemory {

    /** The byte at {@code address} (0..0xFFFF), 0..0xFF. */
    int read(int address);

    /** Writes {@code value} at {@code address}; ignored where the Z80's write would be. */
    void write(int address, int value);
}
