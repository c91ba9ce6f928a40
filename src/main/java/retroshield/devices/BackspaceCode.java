package retroshield.devices;

/** The byte the Backspace key sends to the firmware. */
public enum BackspaceCode {
    /** Backspace, $08. */
    BS(0x08),
    /** Delete, $7F. */
    DEL(0x7F);

    private final int code;

    BackspaceCode(int code) {
        this.code = code;
    }

    /** The byte value, 0..255. */
    public int code() {
        return code;
    }
}
