package retroshield.devices;

import java.util.function.IntConsumer;

/**
 * What the MC6850 and the 8251 share as seen from the bus: a control/status port and a data
 * port (decoded on the low byte only), a double-buffered {@link Transmitter}, and the
 * "touched" flag that holds host input back until the firmware has first spoken to the chip.
 * Subclasses supply the register behaviour behind the four port accesses.
 */
abstract class TwoPortSerialChip implements SerialDevice {

    private final int controlPort;
    private final int dataPort;
    /** The transmit side shared by both chips (listener, character-time pacing). */
    protected final Transmitter transmitter = new Transmitter();
    /** True once the firmware has read a port or configured the chip since power-up. */
    protected boolean touched;

    /**
     * @param chipLabel   for the error message, e.g. "MC6850"
     * @param controlPort port (low byte) of the control/status register
     * @param dataPort    port (low byte) of the data register
     */
    protected TwoPortSerialChip(String chipLabel, int controlPort, int dataPort) {
        this.controlPort = controlPort & 0xFF;
        this.dataPort = dataPort & 0xFF;
        if (this.controlPort == this.dataPort) {
            throw new IllegalArgumentException(chipLabel + " control and data port must differ, both are "
                    + String.format("$%02X", this.controlPort));
        }
    }

    public final int controlPort() {
        return controlPort;
    }

    public final int dataPort() {
        return dataPort;
    }

    @Override
    public final boolean answers(int port) {
        int p = port & 0xFF;
        return p == controlPort || p == dataPort;
    }

    @Override
    public final int read(int port) {
        touched = true;
        return (port & 0xFF) == controlPort ? readControlPort() : readDataPort();
    }

    @Override
    public final void write(int port, int value) {
        if ((port & 0xFF) == controlPort) {
            writeControlPort(value & 0xFF);
        } else {
            writeDataPort(value & 0xFF);
        }
    }

    /** A firmware read of the status register (may have side effects, e.g. on SYNDET). */
    protected abstract int readControlPort();

    /** A firmware read of the data register. */
    protected abstract int readDataPort();

    /** A firmware write of the control register (0..255). */
    protected abstract void writeControlPort(int value);

    /** A firmware write of the data register (0..255). */
    protected abstract void writeDataPort(int value);

    @Override
    public final void setTransmitListener(IntConsumer listener) {
        transmitter.setListener(listener);
    }

    @Override
    public final void tick(long cpuCycles) {
        transmitter.tick(cpuCycles);
    }

    @Override
    public final void setCharacterTime(long cpuCyclesPerCharacter) {
        transmitter.setCharacterTime(cpuCyclesPerCharacter);
    }

    /** True once the firmware has configured the chip or read a port since power-up. */
    public final boolean isTouched() {
        return touched;
    }
}
