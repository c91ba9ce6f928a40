package retroshield.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static retroshield.terminal.TerminalControlsTest.assertCursor;
import static retroshield.terminal.TerminalControlsTest.terminal;

import org.junit.jupiter.api.Test;

/** ESC and CSI sequences. */
class TerminalEscapesTest {

    static final String ESC = "\u001b";
    static final String CSI = ESC + "[";

    @Test
    void cursorUpDownForwardBack() {
        Terminal t = terminal(CSI + "10;10H");
        t.accept(CSI + "3A");
        assertCursor(t.snapshot(), 9, 6);
        t.accept(CSI + "B");
        assertCursor(t.snapshot(), 9, 7);
        t.accept(CSI + "5C");
        assertCursor(t.snapshot(), 14, 7);
        t.accept(CSI + "0D");
        assertCursor(t.snapshot(), 13, 7);
    }

    @Test
    void cursorMovesClampAtEdges() {
        Terminal t = terminal(CSI + "99A" + CSI + "99D");
        assertCursor(t.snapshot(), 0, 0);
        t.accept(CSI + "999B" + CSI + "999C");
        assertCursor(t.snapshot(), 79, 23);
    }

    @Test
    void cursorPositionHAndF() {
        Terminal t = terminal(CSI + "5;20HX");
        assertEquals('X', t.snapshot().codepointAt(19, 4));
        t.accept(CSI + "2;3fY");
        assertEquals('Y', t.snapshot().codepointAt(2, 1));
        t.accept(CSI + "H");
        assertCursor(t.snapshot(), 0, 0);
        t.accept(CSI + ";7H");
        assertCursor(t.snapshot(), 6, 0);
        t.accept(CSI + "100;200H");
        assertCursor(t.snapshot(), 79, 23);
    }

    @Test
    void eraseInDisplayModes() {
        String fill = "aaaa\r\nbbbb\r\ncccc";
        Terminal t = terminal(fill + CSI + "2;3H" + CSI + "J");
        TerminalFrame f = t.snapshot();
        assertEquals("aaaa", f.rowText(0));
        assertEquals("bb", f.rowText(1));
        assertEquals("", f.rowText(2));

        t = terminal(fill + CSI + "2;3H" + CSI + "1J");
        f = t.snapshot();
        assertEquals("", f.rowText(0));
        assertEquals("   b", f.rowText(1));
        assertEquals("cccc", f.rowText(2));

        t = terminal(fill + CSI + "2;3H" + CSI + "2J");
        f = t.snapshot();
        for (int r = 0; r < 3; r++) {
            assertEquals("", f.rowText(r));
        }
        assertCursor(f, 2, 1);
    }

    @Test
    void eraseInLineModes() {
        Terminal t = terminal("abcdef" + CSI + "1;3H" + CSI + "K");
        assertEquals("ab", t.snapshot().rowText(0));
        t = terminal("abcdef" + CSI + "1;3H" + CSI + "1K");
        assertEquals("   def", t.snapshot().rowText(0));
        t = terminal("abcdef\r\nxy" + CSI + "1;3H" + CSI + "2K");
        assertEquals("", t.snapshot().rowText(0));
        assertEquals("xy", t.snapshot().rowText(1));
    }

    @Test
    void graphicRenditionSetsAndResetsAttributes() {
        Terminal t = terminal("n" + CSI + "1mb" + CSI + "4mu" + CSI + "5mk" + CSI + "7mr"
                + CSI + "22mx" + CSI + "24my" + CSI + "25mz" + CSI + "27mw" + CSI + "1;7mq" + CSI + "0mo"
                + CSI + "7mR" + CSI + "mN");
        TerminalFrame f = t.snapshot();
        int b = TerminalFrame.BOLD, u = TerminalFrame.UNDERLINE, k = TerminalFrame.BLINK, r = TerminalFrame.REVERSE;
        int[] expected = {0, b, b | u, b | u | k, b | u | k | r, u | k | r, k | r, r, 0, b | r, 0, r, 0};
        assertEquals("nbukrxyzwqoRN", f.rowText(0));
        for (int c = 0; c < expected.length; c++) {
            assertEquals(expected[c], f.attributesAt(c, 0), "attributes of column " + c);
        }
    }

    @Test
    void colourParametersAreIgnored() {
        TerminalFrame f = terminal(CSI + "31;42mA" + CSI + "38;5;1mB" + CSI + "38;2;1;4;7mC").snapshot();
        assertEquals("ABC", f.rowText(0));
        assertEquals(0, f.attributesAt(0, 0));
        assertEquals(0, f.attributesAt(1, 0), "the 1 of 38;5;1 is a colour, not bold");
        assertEquals(0, f.attributesAt(2, 0));
    }

    @Test
    void saveAndRestoreCursorWithEsc78AndCsiSU() {
        Terminal t = terminal(CSI + "3;4H" + CSI + "1m" + ESC + "7" + CSI + "H" + CSI + "0m" + ESC + "8X");
        TerminalFrame f = t.snapshot();
        assertEquals('X', f.codepointAt(3, 2));
        assertEquals(TerminalFrame.BOLD, f.attributesAt(3, 2), "attributes restored too");
        t.accept(CSI + "10;11H" + CSI + "s" + CSI + "H" + CSI + "uY");
        assertEquals('Y', t.snapshot().codepointAt(10, 9));
    }

    @Test
    void cursorShowHide() {
        Terminal t = terminal(CSI + "?25l");
        assertFalse(t.snapshot().cursorVisible());
        t.accept(CSI + "?25h");
        assertTrue(t.snapshot().cursorVisible());
    }

    @Test
    void indexNextLineReverseIndex() {
        Terminal t = terminal("ab" + ESC + "D");
        assertCursor(t.snapshot(), 2, 1);
        t.accept(ESC + "E");
        assertCursor(t.snapshot(), 0, 2);
        t.accept(ESC + "M" + ESC + "M");
        assertCursor(t.snapshot(), 0, 0);
        t.accept(ESC + "M");   // at the top: the screen scrolls down
        TerminalFrame f = t.snapshot();
        assertEquals("", f.rowText(0));
        assertEquals("ab", f.rowText(1));
        assertCursor(f, 0, 0);
    }

    @Test
    void indexAtBottomScrolls() {
        Terminal t = new Terminal(10, 3);
        t.accept("a\r\nb\r\nc" + ESC + "D");
        TerminalFrame f = t.snapshot();
        assertEquals("b", f.rowText(0));
        assertEquals("c", f.rowText(1));
        assertEquals("", f.rowText(2));
    }

    @Test
    void resetClearsScreenAndModes() {
        Terminal t = terminal("junk" + CSI + "1m" + CSI + "?25l" + CSI + "5;5H" + ESC + "cA");
        TerminalFrame f = t.snapshot();
        assertEquals("A", f.rowText(0));
        assertEquals(0, f.attributesAt(0, 0));
        assertTrue(f.cursorVisible());
        assertCursor(f, 1, 0);
    }

    @Test
    void insertAndDeleteCharactersAndLines() {
        Terminal t = terminal("abcdef" + CSI + "1;3H" + CSI + "2@");
        assertEquals("ab  cdef", t.snapshot().rowText(0));
        t.accept(CSI + "3P");
        assertEquals("abdef", t.snapshot().rowText(0));
        t.accept(CSI + "2X");
        assertEquals("ab  f", t.snapshot().rowText(0));
        t = terminal("1\r\n2\r\n3" + CSI + "2;1H" + CSI + "L");
        assertEquals("1,,2,3", rows(t.snapshot(), 4));
        t.accept(CSI + "2M");
        assertEquals("1,3,,", rows(t.snapshot(), 4));
    }

    @Test
    void scrollingRegionKeepsOutsideLines() {
        Terminal t = new Terminal(10, 5);
        t.accept("top\r\n1\r\n2\r\n3\r\nbottom" + CSI + "2;4r" + CSI + "4;1H\nnew");
        assertEquals("top,2,3,new,bottom", rows(t.snapshot(), 5));
        assertEquals(0, t.historySize(), "region scrolling below the top row keeps no history");
    }

    @Test
    void columnAndRowAbsolute() {
        Terminal t = terminal(CSI + "5G" + CSI + "3dZ");
        assertEquals('Z', t.snapshot().codepointAt(4, 2));
    }

    @Test
    void unknownSequencesLeaveNoGarbage() {
        String[] sequences = {
            CSI + "?1049h", CSI + "?1049l", ESC + "]0;window title\u0007", ESC + "]2;title" + ESC + "\\",
            ESC + "(B", ESC + ")0", ESC + "#8", CSI + ">c", CSI + "6n", CSI + "!p", CSI + "1;2;3;4;5;6;7;8;9;10;11;12;13;14;15;16;17;18z",
            ESC + "P1$r0m" + ESC + "\\", ESC + "_app" + ESC + "\\", ESC + "^pm" + ESC + "\\", ESC + "Xsos" + ESC + "\\",
            CSI + "=5u", CSI + "1?h", CSI + "4 q", ESC + "=", ESC + ">", ESC + "Z", ESC + "N", ESC + "O",
            CSI + "3g", CSI + "20h", CSI + "4l",
        };
        for (String seq : sequences) {
            Terminal t = terminal("A" + seq + "B");
            TerminalFrame f = t.snapshot();
            assertEquals("AB", f.rowText(0), "after " + seq.replace(ESC, "ESC"));
            for (int r = 1; r < f.rows(); r++) {
                assertEquals("", f.rowText(r), "row " + r + " after " + seq.replace(ESC, "ESC"));
            }
        }
    }

    @Test
    void cancelAndSubstituteAbortSequences() {
        assertEquals("AB", terminal("A" + CSI + "12\u0018B").snapshot().rowText(0));
        assertEquals("AB", terminal("A" + ESC + "]0;x\u001aB").snapshot().rowText(0));
    }

    @Test
    void escapeInsideSequenceRestarts() {
        assertEquals("X", terminal("abc" + CSI + "12" + ESC + "[1;1HX" + CSI + "K").snapshot().rowText(0));
    }

    @Test
    void controlsInsideCsiAreExecuted() {
        TerminalFrame f = terminal("abc" + CSI + "\r2CX").snapshot();
        assertEquals("abX", f.rowText(0));
    }

    @Test
    void oscIsSwallowedAcrossNewlines() {
        assertEquals("AB", terminal("A" + ESC + "]0;multi\r\nline\u0007B").snapshot().rowText(0));
    }

    @Test
    void hugeParametersDoNotOverflow() {
        Terminal t = terminal(CSI + "99999999999999999999;99999999999999999999HX");
        assertEquals('X', t.snapshot().codepointAt(79, 23));
    }

    @Test
    void statusRequestsAreAnsweredThroughTheResponder() {
        Terminal t = new Terminal(80, 24);
        java.io.ByteArrayOutputStream replies = new java.io.ByteArrayOutputStream();
        t.setResponder(replies::writeBytes);
        t.accept(CSI + "5;12H" + CSI + "6n" + CSI + "5n" + CSI + "c" + CSI + "0c" + CSI + ">c");
        assertEquals(ESC + "[5;12R" + ESC + "[0n" + ESC + "[?1;0c" + ESC + "[?1;0c",
                replies.toString(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("", t.snapshot().rowText(4), "nothing printed");
    }

    @Test
    void statusRequestsWithoutResponderAreIgnored() {
        Terminal t = terminal("A" + CSI + "6nB");
        assertEquals("AB", t.snapshot().rowText(0));
        t.setResponder(null);
        t.accept(CSI + "6n");
        assertEquals("AB", t.snapshot().rowText(0));
    }

    static String rows(TerminalFrame f, int n) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < n; r++) {
            if (r > 0) {
                sb.append(',');
            }
            sb.append(f.rowText(r));
        }
        return sb.toString();
    }
}
