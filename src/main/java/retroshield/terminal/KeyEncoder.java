package retroshield.terminal;

import java.nio.charset.StandardCharsets;
import retroshield.devices.InputOptions;

/**
 * Turns keyboard input into the bytes a VT100-style terminal sends down the serial line. Text
 * (typed characters, pastes) goes through {@link InputOptions#translate(String)}, the one path
 * from text to bytes that the command line uses too; this class adds the special keys.
 *
 * <table>
 *   <caption>Keys</caption>
 *   <tr><td>ENTER</td><td>CR, LF or CR LF ({@link InputOptions#enter()})</td></tr>
 *   <tr><td>BACKSPACE</td><td>BS 0x08 or DEL 0x7F ({@link InputOptions#backspace()})</td></tr>
 *   <tr><td>DELETE</td><td>DEL 0x7F</td></tr>
 *   <tr><td>TAB, ESCAPE</td><td>0x09, 0x1B</td></tr>
 *   <tr><td>UP DOWN RIGHT LEFT</td><td>ESC [ A, B, C, D</td></tr>
 *   <tr><td>HOME INSERT END PAGE_UP PAGE_DOWN</td><td>ESC [ 1~, 2~, 4~, 5~, 6~ (VT220)</td></tr>
 *   <tr><td>F1..F4</td><td>ESC O P, Q, R, S (the VT100's PF1..PF4)</td></tr>
 * </table>
 * Characters are sent as ISO-8859-1 bytes; anything outside Latin-1 becomes '?' (see
 * {@link InputOptions#translate(String)}).
 * Control combinations: Ctrl+@, Ctrl+Space and Ctrl+2 0x00, Ctrl+A..Z 0x01..0x1A, Ctrl+[ 0x1B,
 * Ctrl+\ 0x1C, Ctrl+] 0x1D, Ctrl+^ 0x1E, Ctrl+_ 0x1F, Ctrl+? 0x7F.
 */
public final class KeyEncoder {

    private static final byte ESC = 0x1B;
    private static final byte DEL = 0x7F;
    private static final byte[] NOTHING = {};

    private final InputOptions options;

    /** Keys as the ROM's input options ask (its metadata "input"). */
    public KeyEncoder(InputOptions options) {
        this.options = java.util.Objects.requireNonNull(options, "options");
    }

    /** Enter = CR, Backspace = BS, case kept. */
    public KeyEncoder() {
        this(InputOptions.defaults());
    }

    public InputOptions options() {
        return options;
    }

    /** The bytes for a special key. */
    public byte[] encode(Key key) {
        return switch (key) {
            case ENTER -> options.enter().bytes();
            case BACKSPACE -> new byte[] {(byte) options.backspace().code()};
            case DELETE -> new byte[] {DEL};
            case TAB -> new byte[] {'\t'};
            case ESCAPE -> new byte[] {ESC};
            case UP -> csi('A');
            case DOWN -> csi('B');
            case RIGHT -> csi('C');
            case LEFT -> csi('D');
            case HOME -> tilde('1');
            case INSERT -> tilde('2');
            case END -> tilde('4');
            case PAGE_UP -> tilde('5');
            case PAGE_DOWN -> tilde('6');
            case F1 -> ss3('P');
            case F2 -> ss3('Q');
            case F3 -> ss3('R');
            case F4 -> ss3('S');
        };
    }

    /**
     * The bytes for a typed character: '\n' and '\r' are Enter, '\b' and DEL are Backspace;
     * letters are upper-cased if the options say so.
     */
    public byte[] encodeChar(char c) {
        return options.translate(String.valueOf(c));
    }

    /**
     * Text typed or pasted, exactly as {@link InputOptions#translate(String)} turns it into
     * bytes (a CR LF pair counts as one Enter).
     */
    public byte[] encodeText(CharSequence text) {
        return options.translate(text.toString());
    }

    /**
     * The byte for Ctrl plus a key: letters (either case) and @ [ \ ] ^ _ space ? as listed in
     * the class comment. Returns an empty array for keys that have no control code.
     */
    public byte[] encodeControl(char letter) {
        char c = letter >= 'a' && letter <= 'z' ? (char) (letter - 'a' + 'A') : letter;
        if (c >= '@' && c <= '_') {
            return new byte[] {(byte) (c - '@')};
        }
        if (c == ' ' || c == '2') {
            return new byte[] {0};
        }
        if (c == '?') {
            return new byte[] {DEL};
        }
        return NOTHING.clone();
    }

    private static byte[] csi(char finalByte) {
        return new byte[] {ESC, '[', (byte) finalByte};
    }

    private static byte[] tilde(char digit) {
        return new byte[] {ESC, '[', (byte) digit, '~'};
    }

    private static byte[] ss3(char finalByte) {
        return new byte[] {ESC, 'O', (byte) finalByte};
    }

    /** For logs and tests: bytes as readable text, e.g. "ESC [ A". */
    static String describe(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            int v = b & 0xFF;
            sb.append(v == 0x1B ? "ESC" : v < 0x20 || v == 0x7F ? String.format("0x%02X", v)
                    : new String(new byte[] {b}, StandardCharsets.ISO_8859_1));
        }
        return sb.toString();
    }
}
