package retroshield.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import retroshield.cpu.Z80State;

/** Conditions over registers, flags, memory and symbols. */
class ExpressionParserTest {

    private final byte[] memory = new byte[0x10000];
    private Z80State state = new Z80State(0x0D41, 0x0065, 0x1234, 0x2000, 0, 0, 0, 0, 0x4000, 0, 0xFF00, 0x0105,
            0, 0, 0, 1, false, false, false, false, 0, false, false, false, 0);
    private final EvalContext context = new EvalContext() {
        public int register(Register r) {
            return r.of(state);
        }

        public int readByte(int address) {
            return memory[address & 0xFFFF] & 0xFF;
        }
    };
    private final ExpressionParser parser = new ExpressionParser(SymbolTable.parse("t", "buffer = $2000\nloop EQU 0105h"));

    private int eval(String text) {
        return parser.parse(text).eval(context);
    }

    @Test
    void theIssuesExamples() {
        memory[0x2000] = 5;
        memory[0x2001] = 7;
        assertEquals(1, eval("A == $0D && (HL) != 0"));
        assertEquals(1, eval("BC > 100"));
        assertEquals(0, eval("BC > 101"));
        assertEquals(0, eval("byte($2000) == 7"));
        assertEquals(1, eval("byte($2001) == 7"));
        memory[0x2000] = 0;
        assertEquals(0, eval("A == $0D && (HL) != 0"));
    }

    @Test
    void numbersInEveryNotation() {
        assertEquals(31, eval("$1F"));
        assertEquals(31, eval("0x1F"));
        assertEquals(31, eval("1Fh"));
        assertEquals(10, eval("%1010"));
        assertEquals(65, eval("'A'"));
    }

    @Test
    void flagsRegistersAndPrecedence() {
        assertEquals(1, eval("ZF"));          // F = $41: Z and C
        assertEquals(1, eval("CF"));
        assertEquals(0, eval("SF"));
        assertEquals(7, eval("1 + 2 * 3"));
        assertEquals(9, eval("[1 + 2] * 3"));
        assertEquals(1, eval("A & 1 == 1"));  // comparisons bind looser than &
        assertEquals(1, eval("!(SF) || 0"));
        assertEquals(0x34, eval("E"));
        assertEquals(0x40, eval("IXH"));
    }

    @Test
    void memoryTheZ80WayAndByFunction() {
        memory[0x4005] = 9;
        memory[0xFF00] = 0x34;
        memory[0xFF01] = 0x12;
        assertEquals(9, eval("(IX+5)"));
        assertEquals(0x1234, eval("word(SP)"));
        assertEquals(0x34, eval("(SP)"));
        assertEquals(0x0F, eval("(A + 2)"), "parentheses around a non-address group");
        memory[0x2000] = 42;
        assertEquals(42, eval("(buffer)"));
        assertEquals(1, eval("PC == loop"));
    }

    @Test
    void mistakesAreReportedWithTheColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parser.parse("A == "));
        assertTrue(e.getMessage().contains("column 6"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> parser.parse("nosuch > 1"));
        assertTrue(e.getMessage().contains("\"nosuch\" is none of them"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> parser.parse("(HL"));
        assertTrue(e.getMessage().contains("expected ')'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> parser.parse("A == 1 2"));
    }
}
