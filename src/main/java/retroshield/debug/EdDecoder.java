package retroshield.debug;

import static retroshield.debug.Operands.PLAIN_PAIRS;
import static retroshield.debug.Operands.REGISTERS;

/**
 * The ED group. Duplicate encodings decode as the instruction they execute (ED 4C NEG, ED 55
 * RETN, ED 63 LD (nn),HL, ...); ED 4E and ED 6E (the "IM 0/1" mode) are shown as IM 0. Every
 * opcode that does nothing but take 8 T-states is shown as the two bytes it occupies,
 * {@code DB $ED,$xx}.
 */
final class EdDecoder {

    private static final String[] INTERRUPT_MODES = {"0", "0", "1", "2", "0", "0", "1", "2"};
    private static final String[][] BLOCK = {
            {"LDI", "CPI", "INI", "OUTI"},
            {"LDD", "CPD", "IND", "OUTD"},
            {"LDIR", "CPIR", "INIR", "OTIR"},
            {"LDDR", "CPDR", "INDR", "OTDR"},
    };
    private static final String[] SPECIAL = {"LD I,A", "LD R,A", "LD A,I", "LD A,R", "RRD", "RLD"};

    String decode(int opcode, ByteCursor c) {
        int x = opcode >> 6;
        int y = (opcode >> 3) & 7;
        int z = opcode & 7;
        if (x == 1 && !(z == 7 && y >= SPECIAL.length)) {
            return quarter1(y, z, c);
        }
        if (x == 2 && z <= 3 && y >= 4) {
            return BLOCK[y - 4][z];                                       // ED A0 LDI .. ED BB OTDR
        }
        return undefined(opcode);                                         // incl. ED 77, ED 7F
    }

    private String quarter1(int y, int z, ByteCursor c) {
        int p = y >> 1;
        boolean q = (y & 1) != 0;
        switch (z) {
            case 0:
                return y == 6 ? "IN F,(C)" : "IN " + REGISTERS[y] + ",(C)";   // ED 40 IN r,(C); ED 70 IN F,(C)
            case 1:
                return y == 6 ? "OUT (C),0" : "OUT (C)," + REGISTERS[y];  // ED 41 OUT (C),r; ED 71 OUT (C),0
            case 2:
                return (q ? "ADC HL," : "SBC HL,") + PLAIN_PAIRS[p];      // ED 42 SBC HL,rr / ED 4A ADC HL,rr
            case 3:
                String address = "(" + Hex.word16(c.nextWord()) + ")";
                return q ? "LD " + PLAIN_PAIRS[p] + "," + address         // ED 4B LD rr,(nn)
                         : "LD " + address + "," + PLAIN_PAIRS[p];        // ED 43 LD (nn),rr
            case 4:
                return "NEG";                                             // ED 44 NEG (and duplicates)
            case 5:
                return y == 1 ? "RETI" : "RETN";                          // ED 4D RETI; ED 45 RETN (and duplicates)
            case 6:
                return "IM " + INTERRUPT_MODES[y];                        // ED 46 IM 0, 56 IM 1, 5E IM 2
            default:
                return SPECIAL[y];                                        // ED 47 LD I,A .. ED 6F RLD
        }
    }

    private static String undefined(int opcode) {
        return "DB $ED," + Hex.byte8(opcode);                             // ED xx: an 8 T-state no-op
    }
}
