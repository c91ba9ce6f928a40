package retroshield.devices;

/** The bytes the Enter key sends to the firmware. */
public enum LineEnding {
    /** Carriage return, $0D: what most RetroShield firmware expects. */
    CR("\r"),
    /** Line feed, $0A. */
    LF("\n"),
    /** Carriage return then line feed. */
    CRLF("\r\n");

    private final String text;

    LineEnding(String text) {
        this.text = text;
    }

    /** A fresh copy of the bytes Enter sends. */
    public byte[] bytes() {
        byte[] b = new byte[text.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) text.charAt(i);
        }
        return b;
    }
}
