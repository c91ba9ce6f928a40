package retroshield.rom;

/** What RAM holds at power-on, before the image is copied over it. */
public enum RamFill {
    /** Every byte 0x00. */
    ZERO("zero"),
    /** Every byte 0xFF. */
    FF("ff"),
    /** Pseudo-random bytes (seeded, so a run can be repeated). */
    RANDOM("random");

    private final String jsonName;

    RamFill(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
