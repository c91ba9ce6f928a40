package retroshield.debug;

import static retroshield.debug.Operands.CONDITIONS;
import static retroshield.debug.Operands.pair;
import static retroshield.debug.Operands.register;
import static retroshield.debug.Operands.relativeTarget;
import static retroshield.debug.Operands.stackPair;

/**
 * The unprefixed opcode table, also used after a DD/FD prefix (with HL read as IX/IY).
 * The opcode is split into the fields x (bits 7-6), y (5-3), z (2-0), p (5-4), q (3).
 */
final class MainDecoder {

    private static final String[] ALU = {"ADD A,", "ADC A,", "SUB ", "SBC A,", "AND ", "XOR ", "OR ", "CP "};
    private static final String[] ACCUMULATOR_OPS = {"RLCA", "RRCA", "RLA", "RRA", "DAA", "CPL", "SCF", "CCF"};

    String decode(int opcode, ByteCursor c, IndexMode m) {
        int y = (opcode >> 3) & 7;
        int z = opcode & 7;
        switch (opcode >> 6) {
            case 0:
                return quarter0(y, z, c, m);
            case 1:
                if (opcode == 0x76) {
                    return "HALT";                                         // 76 HALT
                }
                boolean memory = y == 6 || z == 6;                        // LD H,(IX+d) keeps H
                return "LD " + register(y, m, memory, c) + "," + register(z, m, memory, c); // LD r,r'
            case 2:
                return ALU[y] + register(z, m, false, c);                 // ALU A,r
            default:
                return quarter3(y, z, c, m);
        }
    }

    private String quarter0(int y, int z, ByteCursor c, IndexMode m) {
        int p = y >> 1;
        boolean q = (y & 1) != 0;
        switch (z) {
            case 0:
                return relativeAndMisc(y, c);
            case 1:
                return q ? "ADD " + m.pair() + "," + pair(p, m)           // 09 ADD HL,rr
                         : "LD " + pair(p, m) + "," + Hex.word16(c.nextWord()); // 01 LD rr,nn
            case 2:
                return indirectLoad(p, q, c, m);
            case 3:
                return (q ? "DEC " : "INC ") + pair(p, m);               // 03 INC rr / 0B DEC rr
            case 4:
                return "INC " + register(y, m, false, c);                 // 04 INC r
            case 5:
                return "DEC " + register(y, m, false, c);                 // 05 DEC r
            case 6:
                return "LD " + register(y, m, false, c) + "," + Hex.byte8(c.next()); // 06 LD r,n
            default:
                return ACCUMULATOR_OPS[y];                                // 07 RLCA .. 3F CCF
        }
    }

    private String relativeAndMisc(int y, ByteCursor c) {
        switch (y) {
            case 0:
                return "NOP";                                             // 00 NOP
            case 1:
                return "EX AF,AF'";                                       // 08 EX AF,AF'
            case 2:
                return "DJNZ " + relativeTarget(c);                       // 10 DJNZ e
            case 3:
                return "JR " + relativeTarget(c);                         // 18 JR e
            default:
                return "JR " + CONDITIONS[y - 4] + "," + relativeTarget(c); // 20 JR cc,e
        }
    }

    private String indirectLoad(int p, boolean q, ByteCursor c, IndexMode m) {
        switch (p) {
            case 0:
                return q ? "LD A,(BC)" : "LD (BC),A";                     // 0A / 02
            case 1:
                return q ? "LD A,(DE)" : "LD (DE),A";                     // 1A / 12
            case 2:
                String address = "(" + Hex.word16(c.nextWord()) + ")";
                return q ? "LD " + m.pair() + "," + address               // 2A LD HL,(nn)
                         : "LD " + address + "," + m.pair();              // 22 LD (nn),HL
            default:
                String target = "(" + Hex.word16(c.nextWord()) + ")";
                return q ? "LD A," + target : "LD " + target + ",A";      // 3A / 32
        }
    }

    private String quarter3(int y, int z, ByteCursor c, IndexMode m) {
        int p = y >> 1;
        boolean q = (y & 1) != 0;
        switch (z) {
            case 0:
                return "RET " + CONDITIONS[y];                            // C0 RET cc
            case 1:
                if (!q) {
                    return "POP " + stackPair(p, m);                      // C1 POP rr
                }
                return returnsAndJumps(p, m);
            case 2:
                return "JP " + CONDITIONS[y] + "," + Hex.word16(c.nextWord()); // C2 JP cc,nn
            case 3:
                return jumpsAndPorts(y, c, m);
            case 4:
                return "CALL " + CONDITIONS[y] + "," + Hex.word16(c.nextWord()); // C4 CALL cc,nn
            case 5:
                // CD CALL nn; DD/ED/FD prefixes never reach this decoder.
                return q ? "CALL " + Hex.word16(c.nextWord()) : "PUSH " + stackPair(p, m); // C5 PUSH rr
            case 6:
                return ALU[y] + Hex.byte8(c.next());                      // C6 ALU A,n
            default:
                return "RST " + Hex.byte8(y * 8);                         // C7 RST p
        }
    }

    private String returnsAndJumps(int p, IndexMode m) {
        switch (p) {
            case 0:
                return "RET";                                             // C9 RET
            case 1:
                return "EXX";                                             // D9 EXX
            case 2:
                return "JP (" + m.pair() + ")";                           // E9 JP (HL)
            default:
                return "LD SP," + m.pair();                               // F9 LD SP,HL
        }
    }

    private String jumpsAndPorts(int y, ByteCursor c, IndexMode m) {
        switch (y) {
            case 0:
                return "JP " + Hex.word16(c.nextWord());                  // C3 JP nn
            case 2:
                return "OUT (" + Hex.byte8(c.next()) + "),A";             // D3 OUT (n),A
            case 3:
                return "IN A,(" + Hex.byte8(c.next()) + ")";              // DB IN A,(n)
            case 4:
                return "EX (SP)," + m.pair();                             // E3 EX (SP),HL
            case 5:
                return "EX DE,HL";                                        // EB EX DE,HL
            case 6:
                return "DI";                                              // F3 DI
            case 7:
                return "EI";                                              // FB EI
            default:
                throw new IllegalStateException("CB prefix reached the main decoder");
        }
    }
}
