package retroshield.ui.crt;

/**
 * One CRT effect: a switch and a strength between 0 (none) and 1 (strongest).
 *
 * @param enabled  whether the effect is drawn at all
 * @param strength 0..1, clamped on construction
 */
public record EffectSetting(boolean enabled, double strength) {

    public EffectSetting {
        strength = Double.isNaN(strength) ? 0 : Math.max(0, Math.min(1, strength));
    }

    public static EffectSetting on(double strength) {
        return new EffectSetting(true, strength);
    }

    public static EffectSetting off(double strength) {
        return new EffectSetting(false, strength);
    }

    /** The strength that is actually drawn: 0 when switched off. */
    public double amount() {
        return enabled ? strength : 0;
    }

    public EffectSetting withEnabled(boolean value) {
        return new EffectSetting(value, strength);
    }

    public EffectSetting withStrength(double value) {
        return new EffectSetting(enabled, value);
    }
}
