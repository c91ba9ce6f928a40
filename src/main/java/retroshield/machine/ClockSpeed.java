package retroshield.machine;

import java.util.Locale;
import retroshield.rom.ClockSpec;

/**
 * How fast the emulated Z80 runs.
 *
 * @param name a short name: "mega", "4mhz", "unlimited" or the frequency
 * @param hz   T-states per second; 0 means as fast as the host can go
 */
public record ClockSpeed(String name, long hz) {

    /** The Arduino Mega RetroShield's clock, about 95 kHz. */
    public static final ClockSpeed MEGA_95KHZ = new ClockSpeed("mega", 95_000);
    /** A real Z80 at its usual top speed on the RetroShield. */
    public static final ClockSpeed Z80_4MHZ = new ClockSpeed("4mhz", 4_000_000);
    /** No pacing: as fast as possible. */
    public static final ClockSpeed UNLIMITED = new ClockSpeed("unlimited", 0);

    /** The rate used to turn emulated time into T-states when the clock is unlimited. */
    public static final long NOMINAL_UNLIMITED_HZ = 4_000_000;

    public ClockSpeed {
        if (hz < 0) {
            throw new IllegalArgumentException("clock speed must not be negative: " + hz);
        }
    }

    public static ClockSpeed custom(long hz) {
        if (hz <= 0) {
            throw new IllegalArgumentException("a custom clock needs a positive frequency, not " + hz);
        }
        return new ClockSpeed(hz + "Hz", hz);
    }

    public boolean unlimited() {
        return hz == 0;
    }

    /** T-states per second of emulated time: {@link #hz()}, or 4 MHz when unlimited. */
    public long nominalHz() {
        return unlimited() ? NOMINAL_UNLIMITED_HZ : hz;
    }

    /** From metadata. */
    public static ClockSpeed from(ClockSpec spec) {
        return switch (spec.preset()) {
            case "mega" -> MEGA_95KHZ;
            case "unlimited" -> UNLIMITED;
            case "custom" -> custom(spec.hz());
            default -> Z80_4MHZ;
        };
    }

    /**
     * Parses "mega", "4mhz", "unlimited" (also "max"), or a frequency: "1000000", "500k",
     * "2.5MHz", "95kHz".
     *
     * @throws IllegalArgumentException with a message for the user
     */
    public static ClockSpeed parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "mega", "95khz" -> {
                return MEGA_95KHZ;
            }
            case "4mhz" -> {
                return Z80_4MHZ;
            }
            case "unlimited", "max", "fast" -> {
                return UNLIMITED;
            }
            default -> {
                // a number below
            }
        }
        double factor = 1;
        String number = t;
        if (t.endsWith("mhz") || t.endsWith("m")) {
            factor = 1e6;
            number = t.substring(0, t.length() - (t.endsWith("mhz") ? 3 : 1));
        } else if (t.endsWith("khz") || t.endsWith("k")) {
            factor = 1e3;
            number = t.substring(0, t.length() - (t.endsWith("khz") ? 3 : 1));
        } else if (t.endsWith("hz")) {
            number = t.substring(0, t.length() - 2);
        }
        try {
            double value = Double.parseDouble(number.trim()) * factor;
            if (value >= 1 && value <= 10e9) {
                return custom(Math.round(value));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("unknown speed \"" + text
                + "\", expected mega, 4mhz, unlimited or a frequency such as 1000000, 500k, 2.5MHz");
    }
}
