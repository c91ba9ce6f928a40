package retroshield.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Properties that hold over every encoding, checked without an external tool. */
class DisassemblerCoverageTest {

    private final Disassembler disassembler = new Disassembler();

    private Disassembly at(int... bytes) {
        return disassembler.disassemble(a -> a < bytes.length ? bytes[a] : 0x55, 0);
    }

    @Test
    void everyTwoBytePrefixDecodesToOneToFourBytesOfText() {
        for (int first = 0; first < 256; first++) {
            for (int second = 0; second < 256; second++) {
                Disassembly d = at(first, second, 0x80, 0x7F);
                assertTrue(d.length() >= 1 && d.length() <= 4, () -> d.toString());
                assertFalse(d.text().isBlank(), () -> d.toString());
                assertEquals(d.text().toUpperCase(), d.text(), () -> d.toString());
            }
        }
    }

    @Test
    void anIndexPrefixAddsOneByteAndADisplacementOnlyForAMemoryOperand() {
        int affected = 0;
        for (int op = 0; op < 256; op++) {
            if (op == 0xCB || op == 0xDD || op == 0xED || op == 0xFD) {
                continue;
            }
            Disassembly plain = at(op, 0x05, 0x12);
            Disassembly ix = at(0xDD, op, 0x05, 0x12);
            if (IndexMode.prefixAffects(op)) {
                affected++;
                boolean memory = plain.text().contains("(HL)") && op != 0xE9;   // JP (HL) is no memory access
                assertEquals(plain.length() + 1 + (memory ? 1 : 0), ix.length(), ix.text());
                assertTrue(ix.text().contains("IX"), ix.text());
            } else {
                assertEquals(new Disassembly(0, 1, "DB $DD"), ix, plain.text());
            }
        }
        assertEquals(18 + 38 + 24 + 5, affected, "opcodes a DD prefix changes (by quarter x=0..3)");
    }

    @Test
    void theUnprefixedOpcodesAreAllDifferent() {
        Set<String> texts = new HashSet<>();
        for (int op = 0; op < 256; op++) {
            texts.add(at(op, 0x34, 0x12).text());
        }
        assertEquals(256, texts.size());
    }
}
