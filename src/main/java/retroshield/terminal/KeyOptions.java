package retroshield.terminal;

/**
 * How the keyboard talks to a ROM: what Enter and Backspace send and whether letters are
 * upper-cased (many 8251 sketches and old BASICs expect capitals).
 *
 * @param enter     bytes sent for Enter
 * @param backspace byte sent for Backspace
 * @param upperCase when true, typed a..z are sent as A..Z
 */
public record KeyOptions(Enter enter, Backspace backspace, boolean upperCase) {

    /** What Enter sends. */
    public enum Enter {
        CR(new byte[] {'\r'}), LF(new byte[] {'\n'}), CRLF(new byte[] {'\r', '\n'});

        private final byte[] bytes;

        Enter(byte[] bytes) {
            this.bytes = bytes;
        }

        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /** What Backspace sends: BS (0x08) or DEL (0x7F). */
    public enum Backspace {
        BS((byte) 0x08), DEL((byte) 0x7F);

        private final byte code;

        Backspace(byte code) {
            this.code = code;
        }

        public byte code() {
            return code;
        }
    }

    public KeyOptions {
        if (enter == null || backspace == null) {
            throw new IllegalArgumentException("enter and backspace must be given");
        }
    }

    /** Enter = CR, Backspace = BS, case kept: what RetroShield ROMs usually expect. */
    public static KeyOptions defaults() {
        return new KeyOptions(Enter.CR, Backspace.BS, false);
    }
}
