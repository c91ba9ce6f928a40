package retroshield.ui.crt;

/** Colour presets of the phosphor: the colour of lit text and of the unlit glass. */
public enum PhosphorColor {
    /** P1 green, the classic terminal. */
    GREEN_P1("Green (P1)", 0x4CFF6E, 0x020A04),
    /** P3 amber. */
    AMBER("Amber (P3)", 0xFFB23C, 0x0B0602),
    /** P4 white, slightly blue. */
    WHITE("White (P4)", 0xE6EEFF, 0x07080B);

    private final String label;
    private final int rgb;
    private final int backgroundRgb;

    PhosphorColor(String label, int rgb, int backgroundRgb) {
        this.label = label;
        this.rgb = rgb;
        this.backgroundRgb = backgroundRgb;
    }

    public String label() {
        return label;
    }

    /** Colour of a fully lit pixel, 0xRRGGBB. */
    public int rgb() {
        return rgb;
    }

    /** Colour of the unlit screen, 0xRRGGBB. */
    public int backgroundRgb() {
        return backgroundRgb;
    }

    @Override
    public String toString() {
        return label;
    }
}
