package retroshield.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** C0 control characters and printing. */
class TerminalControlsTest {

    static final String ESC = "\u001b";

    static Terminal terminal(String output) {
        Terminal t = new Terminal(80, 24);
        t.accept(output);
        return t;
    }

    static void assertCursor(TerminalFrame f, int column, int row) {
        assertEquals(column + "," + row, f.cursorColumn() + "," + f.cursorRow(), "cursor column,row");
    }

    @Test
    void printsTextAndAdvancesCursor() {
        TerminalFrame f = terminal("Hello").snapshot();
        assertEquals("Hello", f.rowText(0));
        assertCursor(f, 5, 0);
        assertEquals(80, f.columns());
        assertEquals(24, f.rows());
    }

    @Test
    void crLfStartsNextLine() {
        TerminalFrame f = terminal("one\r\ntwo").snapshot();
        assertEquals("one", f.rowText(0));
        assertEquals("two", f.rowText(1));
        assertCursor(f, 3, 1);
    }

    @Test
    void lfAloneOnlyMovesDownByDefault() {
        TerminalFrame f = terminal("ab\ncd").snapshot();
        assertEquals("ab", f.rowText(0));
        assertEquals("  cd", f.rowText(1));
    }

    @Test
    void lfImpliesCrOption() {
        Terminal t = new Terminal(80, 24, TerminalOptions.defaults().withLfImpliesCr(true));
        t.accept("ab\ncd\u000bef");
        TerminalFrame f = t.snapshot();
        assertEquals("ab", f.rowText(0));
        assertEquals("cd", f.rowText(1));
        assertEquals("ef", f.rowText(2));
    }

    @Test
    void verticalTabActsAsLineFeed() {
        TerminalFrame f = terminal("ab\u000bcd").snapshot();
        assertEquals("  cd", f.rowText(1));
    }

    @Test
    void backspaceIsNonDestructive() {
        TerminalFrame f = terminal("abc\b\bX").snapshot();
        assertEquals("aXc", f.rowText(0));
        assertCursor(f, 2, 0);
    }

    @Test
    void backspaceStopsAtColumnZero() {
        TerminalFrame f = terminal("\b\b\bA").snapshot();
        assertEquals("A", f.rowText(0));
    }

    @Test
    void backspaceSpaceBackspaceErasesLastCharacter() {
        TerminalFrame f = terminal("abc\b \b").snapshot();
        assertEquals("ab", f.rowText(0));
        assertCursor(f, 2, 0);
    }

    @Test
    void tabGoesToNextMultipleOfEight() {
        Terminal t = terminal("a\tb\tc");
        TerminalFrame f = t.snapshot();
        assertEquals("a       b       c", f.rowText(0));
        t.accept("\r\t\t\t\t\t\t\t\t\t\t\t\tZ");
        assertEquals('Z', t.snapshot().codepointAt(79, 0), "tab stops at the last column");
    }

    @Test
    void bellIncrementsCountAndVersion() {
        Terminal t = terminal("x");
        TerminalFrame before = t.snapshot();
        t.accept("\u0007\u0007");
        TerminalFrame after = t.snapshot();
        assertEquals(0, before.bellCount());
        assertEquals(2, after.bellCount());
        assertEquals(2, t.bellCount());
        assertTrue(after.version() > before.version());
        assertEquals("x", after.rowText(0), "bell prints nothing");
    }

    @Test
    void formFeedClearsScreenAndHomesCursor() {
        TerminalFrame f = terminal("line1\r\nline2\u000cX").snapshot();
        assertEquals("X", f.rowText(0));
        assertEquals("", f.rowText(1));
        assertCursor(f, 1, 0);
    }

    @Test
    void otherControlCharactersAreIgnored() {
        TerminalFrame f = terminal("a\u0000\u0001\u000e\u000f\u0011\u0013\u007fb").snapshot();
        assertEquals("ab", f.rowText(0));
    }

    @Test
    void latin1BytesArePrintedAndC1Ignored() {
        Terminal t = new Terminal(80, 24);
        t.accept(new byte[] {'a', (byte) 0xE9, (byte) 0x85, (byte) 0x9B, 'b', (byte) 0xA0, (byte) 0xFF});
        TerminalFrame f = t.snapshot();
        assertEquals(0xE9, f.codepointAt(1, 0));
        assertEquals('b', f.codepointAt(2, 0));
        assertEquals(0xA0, f.codepointAt(3, 0));
        assertEquals(0xFF, f.codepointAt(4, 0));
    }

    @Test
    void textOutsideLatin1BecomesQuestionMark() {
        assertEquals("a?b", terminal("a\u20acb").snapshot().rowText(0));
    }

    @Test
    void deferredWrapAtRightMargin() {
        Terminal t = new Terminal(10, 3);
        t.accept("0123456789");
        TerminalFrame f = t.snapshot();
        assertCursor(f, 9, 0);
        assertEquals("", f.rowText(1), "no wrap until the next character");
        t.accept("A");
        f = t.snapshot();
        assertEquals("0123456789", f.rowText(0));
        assertEquals("A", f.rowText(1));
        assertCursor(f, 1, 1);
    }

    @Test
    void crLfAfterFullLineDoesNotLeaveBlankLine() {
        Terminal t = new Terminal(10, 3);
        t.accept("0123456789\r\nnext");
        TerminalFrame f = t.snapshot();
        assertEquals("0123456789", f.rowText(0));
        assertEquals("next", f.rowText(1));
    }

    @Test
    void cursorMotionCancelsPendingWrap() {
        Terminal t = new Terminal(10, 3);
        t.accept("0123456789\bX");
        TerminalFrame f = t.snapshot();
        assertEquals("012345678X", f.rowText(0));
        assertEquals("", f.rowText(1));
    }

    @Test
    void autoWrapCanBeTurnedOff() {
        Terminal t = new Terminal(10, 3);
        t.accept(ESC + "[?7l0123456789AB");
        TerminalFrame f = t.snapshot();
        assertEquals("012345678B", f.rowText(0));
        assertEquals("", f.rowText(1));
        t.accept(ESC + "[?7h\r0123456789AB");
        assertEquals("AB", t.snapshot().rowText(1));
    }

    @Test
    void versionIncrementsOnChangeAndSnapshotIsReusedOtherwise() {
        Terminal t = terminal("a");
        TerminalFrame f1 = t.snapshot();
        TerminalFrame f2 = t.snapshot();
        assertTrue(f1 == f2, "unchanged screen returns the same frame");
        t.accept("b");
        TerminalFrame f3 = t.snapshot();
        assertFalse(f3 == f2);
        assertTrue(f3.version() > f2.version());
        assertEquals("ab", f3.rowText(0));
        assertEquals("a", f1.rowText(0), "old frame is immutable");
    }

    @Test
    void cursorMoveAloneChangesVersion() {
        Terminal t = terminal("abc");
        long v = t.snapshot().version();
        t.accept("\r");
        assertTrue(t.snapshot().version() > v);
    }
}
