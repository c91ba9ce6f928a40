package retroshield.terminal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import retroshield.devices.BackspaceCode;
import retroshield.devices.InputOptions;
import retroshield.devices.LineEnding;

class KeyEncoderTest {

    private final KeyEncoder defaults = new KeyEncoder();

    @Test
    void arrowsAreCsiSequences() {
        assertEquals("ESC [ A", KeyEncoder.describe(defaults.encode(Key.UP)));
        assertEquals("ESC [ B", KeyEncoder.describe(defaults.encode(Key.DOWN)));
        assertEquals("ESC [ C", KeyEncoder.describe(defaults.encode(Key.RIGHT)));
        assertEquals("ESC [ D", KeyEncoder.describe(defaults.encode(Key.LEFT)));
    }

    @Test
    void editingAndFunctionKeys() {
        assertEquals("ESC [ 1 ~", KeyEncoder.describe(defaults.encode(Key.HOME)));
        assertEquals("ESC [ 4 ~", KeyEncoder.describe(defaults.encode(Key.END)));
        assertEquals("ESC [ 2 ~", KeyEncoder.describe(defaults.encode(Key.INSERT)));
        assertEquals("ESC [ 5 ~", KeyEncoder.describe(defaults.encode(Key.PAGE_UP)));
        assertEquals("ESC [ 6 ~", KeyEncoder.describe(defaults.encode(Key.PAGE_DOWN)));
        assertEquals("ESC O P", KeyEncoder.describe(defaults.encode(Key.F1)));
        assertEquals("ESC O S", KeyEncoder.describe(defaults.encode(Key.F4)));
        assertArrayEquals(new byte[] {0x7F}, defaults.encode(Key.DELETE));
        assertArrayEquals(new byte[] {0x09}, defaults.encode(Key.TAB));
        assertArrayEquals(new byte[] {0x1B}, defaults.encode(Key.ESCAPE));
    }

    @Test
    void everyKeyHasBytes() {
        for (Key key : Key.values()) {
            assertEquals(true, defaults.encode(key).length > 0, key.name());
        }
    }

    @Test
    void enterAndBackspaceFollowOptions() {
        assertArrayEquals(new byte[] {'\r'}, defaults.encode(Key.ENTER));
        assertArrayEquals(new byte[] {0x08}, defaults.encode(Key.BACKSPACE));
        KeyEncoder lf = new KeyEncoder(new InputOptions(false, LineEnding.LF, BackspaceCode.DEL));
        assertArrayEquals(new byte[] {'\n'}, lf.encode(Key.ENTER));
        assertArrayEquals(new byte[] {0x7F}, lf.encode(Key.BACKSPACE));
        KeyEncoder crlf = new KeyEncoder(new InputOptions(false, LineEnding.CRLF, BackspaceCode.BS));
        assertArrayEquals(new byte[] {'\r', '\n'}, crlf.encode(Key.ENTER));
        assertThrows(NullPointerException.class, () -> new KeyEncoder(null));
    }

    @Test
    void returnedArraysAreFreshCopies() {
        byte[] first = defaults.encode(Key.ENTER);
        first[0] = 'X';
        assertArrayEquals(new byte[] {'\r'}, defaults.encode(Key.ENTER));
    }

    @Test
    void charactersAreLatin1AndOptionallyUpperCased() {
        assertArrayEquals(new byte[] {'a'}, defaults.encodeChar('a'));
        assertArrayEquals(new byte[] {(byte) 0xE9}, defaults.encodeChar('\u00e9'));
        assertArrayEquals(new byte[] {'?'}, defaults.encodeChar('\u20ac'));
        KeyEncoder upper = new KeyEncoder(new InputOptions(true, LineEnding.CR, BackspaceCode.BS));
        assertArrayEquals(new byte[] {'A'}, upper.encodeChar('a'));
        assertArrayEquals(new byte[] {'1'}, upper.encodeChar('1'));
        assertArrayEquals(new byte[] {(byte) 0xE9}, upper.encodeChar('\u00e9'), "only ASCII letters");
    }

    @Test
    void newlinesInTextAreEnter() {
        KeyEncoder crlf = new KeyEncoder(new InputOptions(true, LineEnding.CRLF, BackspaceCode.BS));
        assertArrayEquals(new byte[] {'A', '\r', '\n', 'B', '\r', '\n', 'C', '\r', '\n'},
                crlf.encodeText("a\nb\r\nc\r"));
        assertArrayEquals(new byte[] {0x08}, defaults.encodeChar('\b'));
    }

    @Test
    void controlCombinations() {
        assertArrayEquals(new byte[] {0x01}, defaults.encodeControl('A'));
        assertArrayEquals(new byte[] {0x03}, defaults.encodeControl('c'));
        assertArrayEquals(new byte[] {0x1A}, defaults.encodeControl('Z'));
        assertArrayEquals(new byte[] {0x00}, defaults.encodeControl('@'));
        assertArrayEquals(new byte[] {0x00}, defaults.encodeControl(' '));
        assertArrayEquals(new byte[] {0x1B}, defaults.encodeControl('['));
        assertArrayEquals(new byte[] {0x1C}, defaults.encodeControl('\\'));
        assertArrayEquals(new byte[] {0x1D}, defaults.encodeControl(']'));
        assertArrayEquals(new byte[] {0x1E}, defaults.encodeControl('^'));
        assertArrayEquals(new byte[] {0x1F}, defaults.encodeControl('_'));
        assertArrayEquals(new byte[] {0x7F}, defaults.encodeControl('?'));
        assertEquals(0, defaults.encodeControl('1').length);
    }
}
