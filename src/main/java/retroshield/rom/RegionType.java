package retroshield.rom;

/** What a memory region does with writes. */
public enum RegionType {
    /** Read-only: writes are ignored (and counted, for the debugger). */
    ROM("rom"),
    /** Read-write memory, filled at cold start (see {@link RamFill}) then overlaid by the image. */
    RAM("ram"),
    /** Holds image bytes like ROM but accepts writes, as RAM does. */
    WRITABLE_ROM("writable-rom");

    private final String jsonName;

    RegionType(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The spelling used in metadata files. */
    public String jsonName() {
        return jsonName;
    }

    /** True when the Z80 may write here. */
    public boolean writable() {
        return this != ROM;
    }
}
