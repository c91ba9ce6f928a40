package retroshield.devices;

import java.util.Locale;

/** Makes the serial chip a ROM's metadata names. */
public final class SerialChips {

    /** Metadata name of the MC6850 ACIA. */
    public static final String MC6850 = "mc6850";
    /** Metadata name of the Intel 8251 USART. */
    public static final String I8251 = "i8251";
    /** Name of the autodetecting chip (no metadata). */
    public static final String AUTO = "auto";

    private SerialChips() {
    }

    /**
     * A new chip.
     *
     * @param chip        "mc6850", "i8251" (any case) or "auto" ({@link SerialAutoDetect}, ports ignored)
     * @param controlPort control/status port, 0..255 (the low byte is used)
     * @param dataPort    data port, 0..255
     * @throws IllegalArgumentException naming the chip if it is unknown, or if the ports are equal
     */
    public static SerialDevice create(String chip, int controlPort, int dataPort) {
        String name = chip == null ? "" : chip.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case MC6850 -> new Mc6850Acia(controlPort, dataPort);
            case I8251 -> new I8251Usart(dataPort, controlPort);
            case AUTO -> new SerialAutoDetect();
            default -> throw new IllegalArgumentException("unknown serial chip \"" + chip
                    + "\": expected \"mc6850\" or \"i8251\"");
        };
    }

    /** The usual ports: $80/$81 for the 6850, $01/$00 for the 8251. */
    public static SerialDevice createAtUsualPorts(String chip) {
        String name = chip == null ? "" : chip.trim().toLowerCase(Locale.ROOT);
        return name.equals(I8251)
                ? create(chip, SerialAutoDetect.I8251_CONTROL_PORT, SerialAutoDetect.I8251_DATA_PORT)
                : create(chip, SerialAutoDetect.MC6850_CONTROL_PORT, SerialAutoDetect.MC6850_DATA_PORT);
    }
}
