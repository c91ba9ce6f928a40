package retroshield.rom;

/** The terminal size a ROM was written for: 80 or 40 columns, 24 or 25 rows. */
public record TerminalSpec(int columns, int rows) {

    public static final TerminalSpec DEFAULT = new TerminalSpec(80, 24);
}
