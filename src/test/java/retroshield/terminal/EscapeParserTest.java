package retroshield.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser on its own: what it reports for each kind of input. */
class EscapeParserTest {

    private final List<String> events = new ArrayList<>();
    private final EscapeParser parser = new EscapeParser(new EscapeParser.Listener() {
        @Override
        public void print(int codepoint) {
            events.add("print " + (char) codepoint);
        }

        @Override
        public void execute(int control) {
            events.add("exec " + control);
        }

        @Override
        public void escDispatch(int intermediate, int finalByte) {
            events.add("esc " + (intermediate == 0 ? "" : (char) intermediate) + (char) finalByte);
        }

        @Override
        public void csiDispatch(int marker, int[] params, int count, int intermediate, int finalByte) {
            events.add("csi " + (marker == 0 ? "" : (char) marker)
                    + Arrays.toString(Arrays.copyOf(params, count))
                    + (intermediate == 0 ? "" : (char) intermediate) + (char) finalByte);
        }
    });

    private List<String> feed(String s) {
        for (int i = 0; i < s.length(); i++) {
            parser.accept(s.charAt(i));
        }
        return events;
    }

    @Test
    void csiWithParameters() {
        assertEquals(List.of("csi [12, 34]H"), feed("\u001b[12;34H"));
    }

    @Test
    void csiWithoutParameters() {
        assertEquals(List.of("csi []J"), feed("\u001b[J"));
    }

    @Test
    void emptyParametersAreZero() {
        assertEquals(List.of("csi [0, 5]H"), feed("\u001b[;5H"));
    }

    @Test
    void privateMarker() {
        assertEquals(List.of("csi ?[25]l"), feed("\u001b[?25l"));
    }

    @Test
    void intermediateBytes() {
        assertEquals(List.of("csi [4] q", "esc (B"), feed("\u001b[4 q\u001b(B"));
    }

    @Test
    void tooManyParametersAreKeptToTheLimit() {
        StringBuilder sb = new StringBuilder("\u001b[");
        for (int i = 0; i < 40; i++) {
            sb.append(i).append(';');
        }
        feed(sb.append('m').toString());
        assertEquals(1, events.size());
        assertTrue(events.get(0).startsWith("csi [0, 1, 2"), events.get(0));
    }

    @Test
    void controlsInsideSequenceAreExecuted() {
        assertEquals(List.of("exec 13", "csi [2]C"), feed("\u001b[\r2C"));
    }

    @Test
    void oscTerminatedByBelOrSt() {
        assertEquals(List.of("print a", "print b", "esc \\", "print c"),
                feed("a\u001b]0;t\u0007b\u001b]0;t\u001b\\c"));
    }

    @Test
    void dcsIsSwallowedIncludingControls() {
        assertEquals(List.of("esc \\", "print z"), feed("\u001bPq#0;2;0\r\n\u001b\\z"));
    }

    @Test
    void latin1PrintedAndC1Ignored() {
        parser.accept(0xC4);
        parser.accept(0x9B);
        parser.accept(0x7F);
        assertEquals(List.of("print \u00c4"), events);
    }

    @Test
    void eightBitByteInsideSequenceAbortsIt() {
        assertEquals(List.of("print x"), feed("\u001b[1\u00c4x"));
        assertTrue(parser.isGround());
    }
}
