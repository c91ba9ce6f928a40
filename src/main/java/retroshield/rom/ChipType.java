package retroshield.rom;

import retroshield.devices.SerialAutoDetect;

/**
 * The serial chip a ROM talks to, with the ports RetroShield builds usually give it (the one
 * table of them is in {@link SerialAutoDetect}, which looks for the chips there).
 */
public enum ChipType {
    /** Motorola MC6850 ACIA: control/status at $80, data at $81. */
    MC6850("mc6850", SerialAutoDetect.MC6850_CONTROL_PORT, SerialAutoDetect.MC6850_DATA_PORT),
    /** Intel 8251 USART: data at $00, control/status at $01. */
    I8251("i8251", SerialAutoDetect.I8251_CONTROL_PORT, SerialAutoDetect.I8251_DATA_PORT),
    /** Not known (bare image): decided at the firmware's first access to $00/$01 or $80/$81. */
    AUTO("auto", -1, -1);

    private final String jsonName;
    private final int defaultControlPort;
    private final int defaultDataPort;

    ChipType(String jsonName, int defaultControlPort, int defaultDataPort) {
        this.jsonName = jsonName;
        this.defaultControlPort = defaultControlPort;
        this.defaultDataPort = defaultDataPort;
    }

    public String jsonName() {
        return jsonName;
    }

    public int defaultControlPort() {
        return defaultControlPort;
    }

    public int defaultDataPort() {
        return defaultDataPort;
    }

    /** The chip called {@code name} in metadata or on the command line, or null. */
    public static ChipType byName(String name) {
        for (ChipType type : values()) {
            if (type != AUTO && type.jsonName.equalsIgnoreCase(name)) {
                return type;
            }
        }
        return null;
    }
}
