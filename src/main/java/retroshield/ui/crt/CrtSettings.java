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
 * @param comfort     comfort mode: no flicker, no noise, no jitter and every other effect softened
 * @param noise       static noise over the glass, changing every frame
 * @param jitter      the picture jitters slightly and a horizontal-sync wobble runs down it
 * @param mask        aperture grille: columns of red, green and blue phosphor stripes
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
        boolean comfort,
        EffectSetting noise,
        EffectSetting jitter,
        EffectSetting mask) {

    /** How much comfort mode keeps of each remaining effect. */
    public static final double COMFORT_FACTOR = 0.5;

    /** A missing effect (an older or hand-edited settings file) takes its default. */
    public CrtSettings {
        scanlines = orElse(scanlines, 0.5);
        vignette = orElse(vignette, 0.5);
        flicker = orElse(flicker, 0.25);
        chromatic = orElse(chromatic, 0.35);
        glow = orElse(glow, 0.55);
        curvature = orElse(curvature, 0.35);
        persistence = orElse(persistence, 0.5);
        noise = orElse(noise, 0.3);
        jitter = orElse(jitter, 0.2);
        mask = mask == null ? EffectSetting.off(0.5) : mask;
        color = color == null ? PhosphorColor.GREEN_P1 : color;
    }

    private static EffectSetting orElse(EffectSetting s, double defaultStrength) {
        return s == null ? EffectSetting.on(defaultStrength) : s;
    }

    /** The look a newcomer sees: every effect on, tasteful strengths (the flicker subtle). */
    public static CrtSettings defaults() {
        return new CrtSettings(null, null, null, null, null, null, null, PhosphorColor.GREEN_P1, false, null, null, null);
    }

    /** Every effect switched off: plain text on a dark screen. */
    public static CrtSettings plain() {
        EffectSetting off = EffectSetting.off(0.5);
        return new CrtSettings(off, off, off, off, off, off, off, PhosphorColor.GREEN_P1, false, off, off, off);
    }

    /** The settings that are actually drawn, with comfort mode applied. */
    public CrtSettings effective() {
        if (!comfort) {
            return this;
        }
        return new CrtSettings(soft(scanlines), soft(vignette), flicker.withEnabled(false),
                soft(chromatic), soft(glow), curvature, soft(persistence), color, false,
                noise.withEnabled(false), jitter.withEnabled(false), soft(mask));
    }

    private static EffectSetting soft(EffectSetting s) {
        return s.withStrength(s.strength() * COMFORT_FACTOR);
    }

    public CrtSettings withScanlines(EffectSetting s) {
        return new CrtSettings(s, vignette, flicker, chromatic, glow, curvature, persistence, color, comfort, noise, jitter, mask);
    }

    public CrtSettings withVignette(EffectSetting s) {
        return new CrtSettings(scanlines, s, flicker, chromatic, glow, curvature, persistence, color, comfort, noise, jitter, mask);
    }

    public CrtSettings withFlicker(EffectSetting s) {
        return new CrtSettings(scanlines, vignette, s, chromatic, glow, curvature, persistence, color, comfort, noise, jitter, mask);
    }

    public CrtSettings withChromatic(EffectSetting s) {
        return new CrtSettings(scanlines, vignette, flicker, s, glow, curvature, persistence, color, comfort, noise, jitter, mask);
    }

    public CrtSettings withGlow(EffectSetting s) {
        return new CrtSettings(scanlines, vignette, flicker, chromatic, s, curvature, persistence, color, comfort, noise, jitter, mask);
    }

    public CrtSettings withCurvature(EffectSetting s) {
        return new CrtSettings(scanlines, vignette, flicker, chromatic, glow, s, persistence, color, comfort, noise, jitter, mask);
    }

    public CrtSettings withPersistence(EffectSetting s) {
        return new CrtSettings(scanlines, vignette, flicker, chromatic, glow, curvature, s, color, comfort, noise, jitter, mask);
    }

    public CrtSettings withColor(PhosphorColor c) {
        return new CrtSettings(scanlines, vignette, flicker, chromatic, glow, curvature, persistence, c, comfort, noise, jitter, mask);
    }

    public CrtSettings withComfort(boolean on) {
        return new CrtSettings(scanlines, vignette, flicker, chromatic, glow, curvature, persistence, color, on, noise, jitter, mask);
    }

    public CrtSettings withNoise(EffectSetting s) {
        return new CrtSettings(scanlines, vignette, flicker, chromatic, glow, curvature, persistence, color, comfort, s, jitter, mask);
    }

    public CrtSettings withJitter(EffectSetting s) {
        return new CrtSettings(scanlines, vignette, flicker, chromatic, glow, curvature, persistence, color, comfort, noise, s, mask);
    }

    /** Every effect switched on at full strength. */
    public CrtSettings maximum() {
        EffectSetting max = EffectSetting.on(1);
        return new CrtSettings(max, max, max, max, max, max, max, color, false, max, max, max);
    }

    public CrtSettings withMask(EffectSetting s) {
        return new CrtSettings(scanlines, vignette, flicker, chromatic, glow, curvature, persistence, color, comfort, noise, jitter, s);
    }
}
