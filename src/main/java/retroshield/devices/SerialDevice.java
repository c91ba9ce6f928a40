package retroshield.devices;

import java.util.function.IntConsumer;

/**
 * A serial chip (MC6850 ACIA or Intel 8251 USART) as the host side sees it. The firmware talks
 * to it through {@link IoDevice}; the host (terminal, command line, test) feeds received bytes
 * in and takes transmitted bytes out. Devices never touch stdin, stdout or a UI.
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

    /** The host delivers one byte into the receive register. */
    void receive(int value);

    /** Where bytes the firmware transmits go. Replaces any previous listener. */
    void setTransmitListener(IntConsumer listener);
}
