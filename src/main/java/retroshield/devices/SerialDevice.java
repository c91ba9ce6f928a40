package retroshield.devices;

import java.util.function.IntConsumer;

/**
 * A serial chip (MC6850 ACIA or Intel 8251 USART) as the host side sees it. The firmware talks
 * to it through {@link IoDevice}; the host (terminal, command line, test) feeds received bytes
 * in and takes transmitted bytes out. Devices never touch stdin, stdout or a UI.
 *
 * <p>Time: a chip knows the time only through {@link #tick(long)}, which {@link SerialHost#pump}
 * calls with the machine's cycle counter (the machine calls {@code pump} after every IN/OUT to
 * the chip and between run slices). With a character time set through
 * {@link #setCharacterTime(long)} the chip's transmitter stays busy (TDRE / TxRDY / TxEMPTY
 * low) for that many cycles per byte sent, as a real line at that baud rate would.
 */
public interface SerialDevice extends IoDevice {

    /** A short name for messages and metadata: "mc6850" or "i8251". */
    String chipName();

    /**
     * True when the receive register is free and the firmware's flow control allows a byte
     * (for the 6850: RDRF clear and RTS low; for the 8251: RxRDY clear and the receiver enabled
     * or, as on the RetroShield sketch, simply RxRDY clear).
     */
    boolean readyToReceive();

    /**
     * As {@link #readyToReceive()}; with {@code honourFlowControl} false the firmware's RTS
     * output is ignored (only the receive register must be free), for input pacing "none".
     * Default: {@link #readyToReceive()} (chips whose readiness has no flow-control part).
     */
    default boolean readyToReceive(boolean honourFlowControl) {
        return readyToReceive();
    }

    /** The host delivers one byte into the receive register. */
    void receive(int value);

    /** Where bytes the firmware transmits go. Replaces any previous listener. */
    void setTransmitListener(IntConsumer listener);

    /**
     * Tells the chip the machine's current cycle counter (T-states since power-up). Only used
     * for transmit pacing; a counter that goes backwards (machine reset) is accepted and ends
     * any character still "on the line". Default: ignored.
     */
    default void tick(long cpuCycles) {
    }

    /**
     * Cycles one character (start bit, data, parity, stop bits: about 10 bits) takes on the
     * line, or 0 for an unpaced transmitter whose buffer is always free again at once (the
     * default). Default: ignored.
     */
    default void setCharacterTime(long cpuCyclesPerCharacter) {
    }

    /** The chip's registers for a machine snapshot, or null when there is nothing to save. */
    default SerialChipState saveState() {
        return null;
    }

    /**
     * Puts back registers from {@link #saveState()}.
     *
     * @throws IllegalArgumentException if the state belongs to another kind of chip
     */
    default void restoreState(SerialChipState state) {
        throw new IllegalArgumentException(chipName() + " cannot restore a " + state.chipName() + " state");
    }
}
