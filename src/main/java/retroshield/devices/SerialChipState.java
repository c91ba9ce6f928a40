package retroshield.devices;

/**
 * A serial chip's registers as an immutable value, for machine snapshots. Timing (a character
 * still "on the line") is not part of it: a restored chip starts with an idle line.
 */
public sealed interface SerialChipState permits Mc6850State, I8251State {

    /** The chip it belongs to: "mc6850" or "i8251". */
    String chipName();
}
