package retroshield.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** History, scrolling the view back, selection and resizing. */
class TerminalScrollbackTest {

    /** A 20x5 terminal that printed lines "line 0" .. "line count-1", each ended by CR LF. */
    static Terminal printed(int count) {
        Terminal t = new Terminal(20, 5);
        for (int i = 0; i < count; i++) {
            t.accept("line " + i + "\r\n");
        }
        return t;
    }

    @Test
    void linesScrolledOffTheTopGoToHistory() {
        Terminal t = printed(10);
        // 10 lines + the empty line after the last CR LF: 11 lines, 5 visible
        assertEquals(6, t.historySize());
        TerminalFrame f = t.snapshot();
        assertEquals("line 6", f.rowText(0));
        assertEquals("line 9", f.rowText(3));
        assertEquals("", f.rowText(4));
    }

    @Test
    void scrollBackShowsHistoryAndOffset() {
        Terminal t = printed(10);
        t.scrollBack(2);
        TerminalFrame f = t.snapshot();
        assertEquals(2, f.scrollOffset());
        assertEquals("line 4", f.rowText(0));
        assertEquals("line 5", f.rowText(1));
        assertEquals("line 6", f.rowText(2));
        assertEquals("line 8", f.rowText(4));
        assertFalse(f.cursorVisible(), "the cursor (row 4 + 2) is below the view");
        t.scrollBack(100);
        f = t.snapshot();
        assertEquals(6, f.scrollOffset(), "clamped to the history");
        assertEquals("line 0", f.rowText(0));
        t.scrollBack(-3);
        assertEquals(3, t.snapshot().scrollOffset());
        t.scrollToBottom();
        f = t.snapshot();
        assertEquals(0, f.scrollOffset());
        assertEquals("line 6", f.rowText(0));
        assertTrue(f.cursorVisible());
        t.scrollBack(-5);
        assertEquals(0, t.scrollOffset(), "cannot scroll past the live screen");
    }

    @Test
    void cursorStaysVisibleWhenStillInView() {
        Terminal t = new Terminal(20, 5);
        t.accept("a\r\nb\r\nc\r\nd\r\ne\r\nf");   // one line in history, cursor on row 4
        t.accept("\u001b[1;1H");
        t.scrollBack(1);
        TerminalFrame f = t.snapshot();
        assertTrue(f.cursorVisible());
        assertEquals(1, f.cursorRow());
    }

    @Test
    void scrollingChangesVersionAndFrame() {
        Terminal t = printed(10);
        TerminalFrame live = t.snapshot();
        t.scrollBack(1);
        TerminalFrame back = t.snapshot();
        assertTrue(back.version() > live.version());
        t.scrollBack(0);
        assertTrue(back == t.snapshot(), "no change, same frame");
    }

    @Test
    void newOutputDoesNotYankTheViewWhileScrolledBack() {
        Terminal t = printed(10);
        t.scrollBack(3);
        String top = t.snapshot().rowText(0);
        t.accept("more 1\r\nmore 2\r\n");
        TerminalFrame f = t.snapshot();
        assertEquals(top, f.rowText(0), "the view stays on the same lines");
        assertEquals(5, f.scrollOffset());
        t.scrollToBottom();
        assertEquals("more 2", t.snapshot().rowText(3));
    }

    @Test
    void historyIsARingOfConfiguredSize() {
        Terminal t = new Terminal(20, 5, TerminalOptions.defaults().withScrollbackLines(100));
        for (int i = 0; i < 1000; i++) {
            t.accept("line " + i + "\r\n");
        }
        assertEquals(100, t.historySize());
        t.scrollBack(100);
        assertEquals("line 896", t.snapshot().rowText(0));
    }

    @Test
    void defaultHistoryKeeps2000Lines() {
        Terminal t = printed(3000);
        assertEquals(2000, t.historySize());
        assertEquals(TerminalOptions.DEFAULT_SCROLLBACK_LINES, t.options().scrollbackLines());
    }

    @Test
    void zeroScrollbackKeepsNothing() {
        Terminal t = new Terminal(20, 5, TerminalOptions.defaults().withScrollbackLines(0));
        for (int i = 0; i < 20; i++) {
            t.accept("line " + i + "\r\n");
        }
        assertEquals(0, t.historySize());
        t.scrollBack(5);
        assertEquals("line 16", t.snapshot().rowText(0));
        assertThrows(IllegalArgumentException.class, () -> TerminalOptions.defaults().withScrollbackLines(-1));
    }

    @Test
    void formFeedAndEraseDoNotTouchHistory() {
        Terminal t = printed(10);
        t.accept("\u000c\u001b[2J");
        assertEquals(6, t.historySize());
    }

    @Test
    void selectionWithinOneLine() {
        Terminal t = new Terminal(20, 5);
        t.accept("hello world   ");
        assertEquals("lo wo", t.selectionText(3, 0, 7, 0));
        assertEquals("lo wo", t.selectionText(7, 0, 3, 0), "either order");
        assertEquals("world", t.selectionText(6, 0, 19, 0), "trailing spaces trimmed");
    }

    @Test
    void selectionStreamsAcrossLines() {
        Terminal t = new Terminal(20, 5);
        t.accept("first line\r\nsecond\r\n\r\nfourth line");
        assertEquals("line\nsecond\n\nfour", t.selectionText(6, 0, 3, 3));
        assertEquals("line\nsecond\n\nfour", t.selectionText(3, 3, 6, 0), "reversed end points");
    }

    @Test
    void selectionJoinsWrappedLines() {
        Terminal t = new Terminal(10, 5);
        t.accept("0123456789abc\r\nnext");
        assertEquals("0123456789abc\nnext", t.selectionText(0, 0, 9, 2));
    }

    @Test
    void selectionUsesViewCoordinatesWhenScrolledBack() {
        Terminal t = printed(10);
        t.scrollBack(6);
        assertEquals("line 0\nline 1", t.selectionText(0, 0, 19, 1));
    }

    @Test
    void selectionClampsCoordinates() {
        Terminal t = new Terminal(10, 2);
        t.accept("abc\r\ndef");
        assertEquals("abc\ndef", t.selectionText(-5, -5, 99, 99));
    }

    @Test
    void resizeKeepsTextAtTopLeft() {
        Terminal t = new Terminal(80, 24);
        t.accept("0123456789012345678901234567890123456789ABCDEFGHIJ\r\nsecond");
        t.resize(40, 24);
        TerminalFrame f = t.snapshot();
        assertEquals(40, f.columns());
        assertEquals("0123456789012345678901234567890123456789", f.rowText(0));
        assertEquals("second", f.rowText(1));
        assertEquals(6, f.cursorColumn());
        t.resize(80, 25);
        f = t.snapshot();
        assertEquals(80, f.columns());
        assertEquals(25, f.rows());
        assertEquals("0123456789012345678901234567890123456789", f.rowText(0), "cut text stays cut");
        assertEquals(80 * 25, f.codepoints().length);
    }

    @Test
    void shrinkingRowsPushesTopLinesToHistoryToKeepTheCursor() {
        Terminal t = new Terminal(80, 25);
        for (int i = 0; i < 24; i++) {
            t.accept("row " + i + "\r\n");
        }
        t.accept("prompt>");
        t.resize(80, 24);
        TerminalFrame f = t.snapshot();
        assertEquals("prompt>", f.rowText(23));
        assertEquals(23, f.cursorRow());
        assertEquals("row 1", f.rowText(0));
        assertEquals(1, t.historySize());
        t.scrollBack(1);
        assertEquals("row 0", t.snapshot().rowText(0));
    }

    @Test
    void historyLinesOfOtherWidthsAreShownPadded() {
        Terminal t = new Terminal(40, 3);
        t.accept("a\r\nb\r\nc\r\nd");
        t.resize(80, 3);
        t.scrollBack(1);
        TerminalFrame f = t.snapshot();
        assertEquals("a", f.rowText(0));
        assertEquals(' ', f.codepointAt(79, 0));
    }

    @Test
    void resizeRejectsNonsense() {
        Terminal t = new Terminal(80, 24);
        assertThrows(IllegalArgumentException.class, () -> t.resize(0, 24));
        assertThrows(IllegalArgumentException.class, () -> new Terminal(80, -1));
    }

    @Test
    void resetForgetsHistory() {
        Terminal t = printed(10);
        t.reset();
        assertEquals(0, t.historySize());
        assertEquals("", t.snapshot().rowText(0));
        assertFalse(t.snapshot().rowText(0).contains("line"));
    }
}
