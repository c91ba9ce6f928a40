package retroshield.ui;

import retroshield.machine.ClockSpeed;

/** The clock presets offered in the toolbar, with the names used in the settings file. */
public enum SpeedPreset {
    MEGA("mega", "Mega 95 kHz", ClockSpeed.MEGA_95KHZ),
    Z80_4MHZ("4mhz", "4 MHz", ClockSpeed.Z80_4MHZ),
    UNLIMITED("unlimited", "Unlimited", ClockSpeed.UNLIMITED);

    private final String key;
    private final String label;
    private final ClockSpeed speed;

    SpeedPreset(String key, String label, ClockSpeed speed) {
        this.key = key;
        this.label = label;
        this.speed = speed;
    }

    public String key() {
        return key;
    }

    public ClockSpeed speed() {
        return speed;
    }

    public static SpeedPreset byKey(String key) {
        for (SpeedPreset p : values()) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        return Z80_4MHZ;
    }

    @Override
    public String toString() {
        return label;
    }
}
