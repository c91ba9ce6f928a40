package retroshield.devices;

/**
 * An Intel 8251A mode instruction, decoded.
 * <pre>
 *   bits 1-0  baud factor   00 sync mode  01 x1  10 x16  11 x64
 *   bits 3-2  character length   00 5 bits  01 6  10 7  11 8
 *   bit 4     parity enable      bit 5  even parity (1) / odd (0)
 *   bits 7-6  async: stop bits   00 invalid  01 1  10 1.5  11 2
 *             sync:  bit 6 external sync detect, bit 7 single sync character
 * </pre>
 *
 * @param value the mode byte as written, 0..255
 */
public record I8251Mode(int value) {

    /** Bits 1-0: baud rate factor; 00 = sync mode. */
    public static final int BAUD_MASK = 0x03;
    /** Baud factor 00: synchronous mode. */
    public static final int SYNC = 0x00;
    /** Baud factor 01: async x1. */
    public static final int BAUD_X1 = 0x01;
    /** Baud factor 10: async x16. */
    public static final int BAUD_X16 = 0x02;
    /** Baud factor 11: async x64. */
    public static final int BAUD_X64 = 0x03;
    /** Bits 3-2: character length (5 + value). */
    public static final int LENGTH_MASK = 0x0C;
    /** Bit 4: parity enable. */
    public static final int PARITY_ENABLE = 0x10;
    /** Bit 5: even parity. */
    public static final int PARITY_EVEN = 0x20;
    /** Bits 7-6 in async mode: stop bits (01 1, 10 1.5, 11 2). */
    public static final int STOP_MASK = 0xC0;
    /** Bit 6 in sync mode: external sync detect (SYNDET is an input). */
    public static final int EXTERNAL_SYNC = 0x40;
    /** Bit 7 in sync mode: single sync character. */
    public static final int SINGLE_SYNC = 0x80;

    /** The value must be a byte. */
    public I8251Mode {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException("8251 mode must be a byte, got " + value);
        }
    }

    /** Sync mode (bits 1-0 = 00). */
    public boolean isSync() {
        return (value & BAUD_MASK) == SYNC;
    }

    /** Baud factor 1, 16 or 64; 0 in sync mode. */
    public int baudFactor() {
        switch (value & BAUD_MASK) {
            case BAUD_X1:
                return 1;
            case BAUD_X16:
                return 16;
            case BAUD_X64:
                return 64;
            default:
                return 0;
        }
    }

    /** Data bits per character, 5 to 8. */
    public int characterLength() {
        return 5 + ((value & LENGTH_MASK) >> 2);
    }

    /** 'N', 'E' or 'O'. */
    public char parity() {
        if ((value & PARITY_ENABLE) == 0) {
            return 'N';
        }
        return (value & PARITY_EVEN) != 0 ? 'E' : 'O';
    }

    /** Async stop bits as text: "1", "1.5", "2", or "invalid" (00); "-" in sync mode. */
    public String stopBits() {
        if (isSync()) {
            return "-";
        }
        return switch (value & STOP_MASK) {
            case 0x40 -> "1";
            case 0x80 -> "1.5";
            case 0xC0 -> "2";
            default -> "invalid";
        };
    }

    /** Sync mode with one sync character (bit 7). */
    public boolean singleSync() {
        return isSync() && (value & SINGLE_SYNC) != 0;
    }

    /** Sync mode with external sync detect (bit 6). */
    public boolean externalSync() {
        return isSync() && (value & EXTERNAL_SYNC) != 0;
    }

    /** E.g. "async x16 8N1" or "sync 8N, 2 sync chars". */
    @Override
    public String toString() {
        String format = "" + characterLength() + parity();
        return isSync()
                ? "sync " + format + ", " + (singleSync() ? 1 : 2) + " sync char" + (singleSync() ? "" : "s")
                : "async x" + baudFactor() + " " + format + stopBits();
    }
}
