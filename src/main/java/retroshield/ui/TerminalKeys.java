package retroshield.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import retroshield.terminal.Key;
import retroshield.terminal.KeyEncoder;

/**
 * Turns JavaFX key events into the bytes a terminal sends: typed characters, Enter and
 * Backspace as the ROM asks, Ctrl+letter as control codes, arrows and the editing keys as VT100
 * sequences, Escape, Tab. Function keys and Ctrl+Shift/Alt/Meta combinations are left alone so
 * the app's shortcuts keep working.
 */
public final class TerminalKeys {

    private static final byte[] NONE = {};

    private TerminalKeys() {
    }

    /** Bytes for a KEY_PRESSED event (special keys and Ctrl combinations), or empty. */
    public static byte[] pressed(KeyEvent e, KeyEncoder encoder) {
        if (e.isAltDown() || e.isMetaDown() || (e.isControlDown() && e.isShiftDown())) {
            return NONE;
        }
        KeyCode code = e.getCode();
        if (e.isControlDown()) {
            if (code.isLetterKey()) {
                return encoder.encodeControl(code.getName().charAt(0));
            }
            return switch (code) {
                case OPEN_BRACKET -> encoder.encodeControl('[');
                case BACK_SLASH -> encoder.encodeControl('\\');
                case CLOSE_BRACKET -> encoder.encodeControl(']');
                case SPACE, DIGIT2 -> encoder.encodeControl(' ');
                default -> NONE;
            };
        }
        Key key = switch (code) {
            case ENTER -> Key.ENTER;
            case BACK_SPACE -> Key.BACKSPACE;
            case DELETE -> Key.DELETE;
            case TAB -> Key.TAB;
            case ESCAPE -> Key.ESCAPE;
            case UP, KP_UP -> Key.UP;
            case DOWN, KP_DOWN -> Key.DOWN;
            case LEFT, KP_LEFT -> Key.LEFT;
            case RIGHT, KP_RIGHT -> Key.RIGHT;
            case HOME -> Key.HOME;
            case END -> Key.END;
            case INSERT -> Key.INSERT;
            case PAGE_UP -> Key.PAGE_UP;
            case PAGE_DOWN -> Key.PAGE_DOWN;
            default -> null;
        };
        return key == null ? NONE : encoder.encode(key);
    }

    /** Bytes for a KEY_TYPED event (printable characters), or empty. */
    public static byte[] typed(KeyEvent e, KeyEncoder encoder) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return NONE;
        }
        String ch = e.getCharacter();
        if (ch == null || ch.isEmpty() || ch.equals(KeyEvent.CHAR_UNDEFINED)) {
            return NONE;
        }
        char c = ch.charAt(0);
        if (c < 0x20 || c == 0x7F) {
            return NONE;
        }
        return encoder.encodeText(ch);
    }
}
