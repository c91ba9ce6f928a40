package retroshield.ui.crt;

/**
 * Ready-made CRT looks. Each is a complete {@link CrtSettings}; the user's own profile is kept
 * in the app's settings and the default look is {@link #GREEN_P1}.
 */
public enum CrtProfile {
    /** Green P1 phosphor, every effect on at a tasteful strength (the default). */
    GREEN_P1("Green P1", CrtSettings.defaults()),
    /** Amber P3 phosphor, a little more glow and persistence. */
    AMBER_P3("Amber P3", CrtSettings.defaults().withColor(PhosphorColor.AMBER)
            .withGlow(EffectSetting.on(0.65)).withPersistence(EffectSetting.on(0.6))),
    /** White P4 phosphor, as on a black-and-white monitor: bright, short persistence. */
    WHITE_P4("White P4", CrtSettings.defaults().withColor(PhosphorColor.WHITE)
            .withPersistence(EffectSetting.on(0.3)).withGlow(EffectSetting.on(0.5))),
    /** A DEC VT220: flatter glass, strong raster lines, clean signal, little noise. */
    VT220("VT220", CrtSettings.defaults().withColor(PhosphorColor.WHITE)
            .withScanlines(EffectSetting.on(0.8)).withCurvature(EffectSetting.on(0.2))
            .withNoise(EffectSetting.on(0.08)).withJitter(EffectSetting.off(0.1))
            .withChromatic(EffectSetting.on(0.15)).withFlicker(EffectSetting.on(0.1))
            .withVignette(EffectSetting.on(0.35)).withGlow(EffectSetting.on(0.45))),
    /** The browser emulator's look: its four effects (scanlines, vignette, flicker, aberration). */
    SEED("Seed (browser emulator)", CrtSettings.plain()
            .withScanlines(EffectSetting.on(0.5)).withVignette(EffectSetting.on(0.5))
            .withFlicker(EffectSetting.on(0.25)).withChromatic(EffectSetting.on(0.35))),
    /** Comfort: no flicker, no noise, no jitter, every other effect softened. */
    COMFORT("Comfort", CrtSettings.defaults().withComfort(true));

    private final String label;
    private final CrtSettings settings;

    CrtProfile(String label, CrtSettings settings) {
        this.label = label;
        this.settings = settings;
    }

    public String label() {
        return label;
    }

    public CrtSettings settings() {
        return settings;
    }

    /** The profile whose settings these are, or null (the user's own or changed ones). */
    public static CrtProfile matching(CrtSettings s) {
        for (CrtProfile p : values()) {
            if (p.settings.equals(s)) {
                return p;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return label;
    }
}
