package retroshield.devices;

/**
 * A device on the Z80's I/O bus. The machine routes a port access to the device that
 * {@link #answers(int) answers} the port's low byte; other ports read 0xFF.
 */
public interface IoDevice {

    /** True if this device decodes the given port (only the low 8 bits are decoded). */
    boolean answers(int port);

    /** An IN from a port this device answers. Returns 0..0xFF. */
    int read(int port);

    /** An OUT to a port this device answers. */
    void write(int port, int value);

    /** The level this device drives on the Z80's /INT line (true = asserted). */
    boolean interruptRequested();

    /** Hardware reset (the board's reset button or a power cycle). */
    void reset();
}
