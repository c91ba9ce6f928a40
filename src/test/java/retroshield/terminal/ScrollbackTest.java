package retroshield.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The history ring and the line it stores. */
class ScrollbackTest {

    private static Line line(String text) {
        Line l = new Line(8);
        for (int i = 0; i < text.length(); i++) {
            l.codepoints[i] = text.charAt(i);
        }
        return l;
    }

    @Test
    void keepsLinesOldestFirstAndEvictsWhenFull() {
        Scrollback history = new Scrollback(3);
        Line a = line("a");
        assertNull(history.push(a));
        assertNull(history.push(line("b")));
        assertNull(history.push(line("c")));
        assertSame(a, history.push(line("d")), "the evicted oldest line is handed back for reuse");
        assertEquals(3, history.size());
        assertEquals(4, history.pushedCount());
        assertEquals("b", history.get(0).text(0, 7).trim());
        assertEquals("d", history.get(2).text(0, 7).trim());
        assertThrows(IndexOutOfBoundsException.class, () -> history.get(3));
        history.clear();
        assertEquals(0, history.size());
    }

    @Test
    void zeroCapacityHandsEveryLineBack() {
        Scrollback history = new Scrollback(0);
        Line a = line("a");
        assertSame(a, history.push(a));
        assertEquals(0, history.size());
        assertThrows(IllegalArgumentException.class, () -> new Scrollback(-1));
    }

    @Test
    void lineEditing() {
        Line l = line("abcdef");
        l.insertBlanks(1, 2);
        assertEquals("a  bcdef", l.text(0, 7));
        l.deleteCells(0, 3);
        assertEquals("bcdef   ", l.text(0, 7));
        l.insertBlanks(6, 99);
        assertEquals("bcdef   ", l.text(0, 7));
        l.clear(1, 3);
        assertEquals("b  ef   ", l.text(0, 7));
        l.resize(3);
        assertEquals("b  ", l.text(0, 99));
        l.resize(5);
        assertEquals("b    ", l.text(-3, 4));
    }
}
