package retroshield.devices;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The translation table from typed text to bytes. */
class InputOptionsTest {

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @ParameterizedTest(name = "{0} Enter -> {1}")
    @CsvSource({"CR,0D", "LF,0A", "CRLF,0D0A"})
    void everyLineEndBecomesOneEnter(LineEnding enter, String hex) {
        InputOptions options = new InputOptions(false, enter, BackspaceCode.BS);
        byte[] enterBytes = java.util.HexFormat.of().parseHex(hex);
        for (String typed : new String[] {"\n", "\r", "\r\n"}) {
            assertArrayEquals(enterBytes, options.translate(typed), "typed " + typed.replace("\r", "\\r").replace("\n", "\\n"));
        }
    }

    @Test
    void crlfInTextIsOneEnterButLfCrIsTwo() {
        InputOptions options = new InputOptions(false, LineEnding.CR, BackspaceCode.BS);
        assertArrayEquals(bytes('a', 0x0D, 'b'), options.translate("a\r\nb"));
        assertArrayEquals(bytes(0x0D, 0x0D), options.translate("\n\r"));
        assertArrayEquals(bytes(0x0D, 0x0D), options.translate("\r\r"));
    }

    @ParameterizedTest
    @CsvSource({"BS,8", "DEL,127"})
    void backspaceAndDeleteBecomeTheBackspaceByte(BackspaceCode code, int value) {
        InputOptions options = new InputOptions(false, LineEnding.CR, code);
        assertArrayEquals(bytes(value, value), options.translate("\b\u007f"));
        assertEquals(value, code.code());
    }

    @Test
    void upperCaseTouchesOnlyAsciiLetters() {
        InputOptions options = new InputOptions(true, LineEnding.CR, BackspaceCode.BS);
        assertArrayEquals(bytes('P', 'R', 'I', 'N', 'T', ' ', '"', 'H', 'I', '1', '"', 0xE9),
                options.translate("print \"hi1\"\u00e9"));
    }

    @Test
    void lowerCaseKeptWithoutTheOption() {
        assertArrayEquals(bytes('a', 'B', 'c'), InputOptions.defaults().translate("aBc"));
    }

    @Test
    void latin1PassesThroughAndBeyondBecomesQuestionMark() {
        InputOptions options = InputOptions.defaults();
        assertArrayEquals(bytes(0xA3, 0xFF, '?', '?', 'x'), options.translate("\u00a3\u00ff\u20ac\uD83D\uDE00x"));
    }

    @Test
    void controlCharactersOtherThanEnterAndBackspacePassUnchanged() {
        assertArrayEquals(bytes(0x03, 0x1B, 0x09), InputOptions.defaults().translate("\u0003\u001b\t"));
    }

    @Test
    void defaultsAreCrAndBs() {
        InputOptions d = InputOptions.defaults();
        assertEquals(new InputOptions(false, LineEnding.CR, BackspaceCode.BS), d);
    }

    @Test
    void nullsAreRejected() {
        assertThrows(NullPointerException.class, () -> new InputOptions(false, null, BackspaceCode.BS));
        assertThrows(NullPointerException.class, () -> new InputOptions(false, LineEnding.CR, null));
    }

    @Test
    void lineEndingBytesAreFreshCopies() {
        byte[] b = LineEnding.CRLF.bytes();
        b[0] = 0;
        assertArrayEquals(bytes(0x0D, 0x0A), LineEnding.CRLF.bytes());
    }
}
