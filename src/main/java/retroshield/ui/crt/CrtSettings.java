package retroshield.ui.crt;

/**
 * Everything that decides how the CRT picture looks. Immutable; saved in the settings file.
 *
 * @param scanlines   dark lines between the picture lines, snapped to device pixels
 * @param vignette    corners darker than the centre
 * @param flicker     a small brightness modulation over time
 * @param chromatic   chromatic aberration: red and blue copies shifted apart horizontally
 * @param glow        bloom: a blurred copy of the text added on top
 * @param curvature   the picture bulges like curved glass; rounded corners
 * @param persistence the previous picture fades out instead of vanishing at once
 * @param color       phosphor colour preset
 * @param comfort     comfort mode: no flicker and every other effect softened
 */
public record CrtSettings(
        EffectSetting scanlines,
        EffectSetting vignette,
        EffectSetting flicker,
        EffectSetting chromatic,
        EffectSetting glow,
        EffectSetting curvature,
        EffectSetting persistence,
        PhosphorColor color,
        boolean comfort) {

    /** How much comfort mode keeps of each remaining effect. */
    public static final double COMFORT_FACTOR = 0.5;

    public CrtSettings {
        scanlines = orOff(scanlines);
        vignette = orOff(vignette);
        flicker = orOff(flicker);
        chromatic = orOff(chromatic);
        glow = orOff(glow);
        curvature = orOff(curvature);
        persistence = orOff(persistence);
        color = color == null ? PhosphorColor.GREEN_P1 : color;
    }

    private static EffectSetting orOff(EffectSetting s) {
        return s == null ? EffectSetting.off(0.5) : s;
    }

    /** The look a newcomer sees: every effect on, tasteful strengths. */
    public static CrtSettings defaults() {
        return new CrtSettings(
                EffectSetting.on(0.5),
                EffectSetting.on(0.5),
                EffectSetting.off(0.25),
                EffectSetting.on(0.35),
                EffectSetting.on(0.55),
                EffectSetting.on(0.35),
                EffectSetting.on(0.5),
                PhosphorColor.GREEN_P1,
                false);
    }

    /** Every effect switched off: plain text on a dark screen. */
    public static CrtSettings plain() {
        EffectSetting off = EffectSetting.off(0.5);
        return new CrtSettings(off, off, off, off, off, off, off, PhosphorColor.GREEN_P1, false);
    }

    /** The settings that are actually drawn, with comfort mode applied. */
    public CrtSettings effective() {
        if (!comfort) {
            return this;
        }
        return new CrtSettings(soft(scanlines), soft(vignette), flicker.withEnabled(false),
                soft(chromatic), soft(glow), curvature, soft(persistence), color, false);
    }

    private static EffectSetting soft(EffectSetting s) {
        return s.withStrength(s.strength() * COMFORT_FACTOR);
    }

    public CrtSettings withScanlines(EffectSetting s) {
        return new CrtSettings(s, vignette, flicker, chromatic, glow, curvature, persistence, color, comfort);
    }

    public CrtSettings withVignette(EffectSetting s) {
        return new CrtSettings(scanlines, s, flicker, chromatic, glow, curvature, persistence, color, comfort);
    }

    public CrtSettings withFlicker(EffectSetting s) {
        return new CrtSettings(scanlines, vignette, s, chromatic, glow, curvature, persistence, color, comfort);
    }

    public CrtSettings withChromatic(EffectSetting s) {
        return new CrtSettings(scanlines, vignette, flicker, s, glow, curvature, persistence, color, comfort);
    }

    public CrtSettings withGlow(EffectSetting s) {
        return new CrtSettings(scanlines, vignette, flicker, chromatic, s, curvature, persistence, color, comfort);
    }

    public CrtSettings withCurvature(EffectSetting s) {
        return new CrtSettings(scanlines, vignette, flicker, chromatic, glow, s, persistence, color, comfort);
    }

    public CrtSettings withPersistence(EffectSetting s) {
        return new CrtSettings(scanlines, vignette, flicker, chromatic, glow, curvature, s, color, comfort);
    }

    public CrtSettings withColor(PhosphorColor c) {
        return new CrtSettings(scanlines, vignette, flicker, chromatic, glow, curvature, persistence, c, comfort);
    }

    public CrtSettings withComfort(boolean on) {
        return new CrtSettings(scanlines, vignette, flicker, chromatic, glow, curvature, persistence, color, on);
    }
}
