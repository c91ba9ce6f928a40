package retroshield.cpu;

/**
 * Everything the Z80 sees of the world: memory, I/O ports and the data bus during an
 * interrupt acknowledge. A machine, a test harness or a debugger implements it.
 *
 * <p>Addresses and ports are passed as 16-bit values (0..0xFFFF); values are 0..0xFF.
 * Implementations must be fast and must not throw: the Z80 calls them on every access.
 */
public interface Bus {

    /** A memory read (operand bytes and data; opcode fetches too unless {@link #readOpcode} is overridden). Returns 0..0xFF. */
    int read(int address);

    /**
     * An opcode fetch (M1 cycle): the first byte of each instruction and the opcode byte after
     * a CB, ED, DD or FD prefix. By default the same as {@link #read}; a bus that must notice
     * instructions at certain addresses (traps) checks here, which keeps {@code read}, called
     * for every other byte, free of those checks.
     */
    default int readOpcode(int address) {
        return read(address);
    }

    /** A memory write. Read-only regions simply ignore it. */
    void write(int address, int value);

    /** An I/O read from a 16-bit port (the low byte selects the device on the RetroShield). */
    int in(int port);

    /** An I/O write to a 16-bit port. */
    void out(int port, int value);

    /**
     * The byte a device puts on the data bus while the Z80 acknowledges a maskable interrupt.
     * In IM 0 it is executed as an instruction: for a multi-byte instruction the Z80 calls this
     * once per byte it takes from the bus. In IM 2 it is the low byte of the vector address.
     * An idle bus reads 0xFF, which in IM 0 is RST 38h.
     */
    default int interruptAcknowledge() {
        return 0xFF;
    }
}
