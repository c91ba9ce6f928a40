package retroshield.rom;

/**
 * The clock a ROM wants by default.
 *
 * @param preset "mega" (about 95 kHz, the Arduino Mega RetroShield), "4mhz", "unlimited" or
 *               "custom"
 * @param hz     the frequency for "custom" (0 otherwise)
 */
public record ClockSpec(String preset, long hz) {

    public static final ClockSpec DEFAULT = new ClockSpec("4mhz", 0);
}
