package retroshield.cpu;

import static retroshield.cpu.FlagTables.CF;
import static retroshield.cpu.FlagTables.PF;
import static retroshield.cpu.FlagTables.SF;
import static retroshield.cpu.FlagTables.ZF;

/**
 * The unprefixed opcodes (and the jumps, calls and returns shared with the prefixed tables).
 * T-states of the opcode fetch are already counted when {@link #execMain(int)} is entered.
 *
 * <p>Each opcode is its own method ({@code opNN}, 40-BF in {@link Z80LoadAluOps}), run through
 * {@link MainOpcodes#TABLE}, one handler object per opcode: a single virtual call per
 * instruction, and the JIT compiles each handler with only that opcode's work. A {@code switch}
 * over many opcodes was slower: C2 commons the field loads and the arithmetic that several cases
 * share (PC+1, SP-1, the register fields...) and computes all of them above the switch, about
 * 90 machine instructions before every dispatch (see docs/z80-core.md).
 *
 * <p>The conditional JP, CALL and RET are written out in each method on purpose: as shared
 * helpers they were compiled on their own, and HotSpot then refused to inline them ("already
 * compiled into a medium method"), leaving a real call in the most frequent instructions of
 * programs like ZEXDOC.
 */
abstract class Z80MainOps extends Z80LoadAluOps {

    Z80MainOps(Bus bus) {
        super(bus);
    }

    /** Executes a CB-prefixed opcode (the CB fetch and the opcode fetch are counted). */
    abstract void execCb(int op);

    /** Executes an ED-prefixed opcode (both fetches counted). */
    abstract void execEd(int op);

    /** Executes the instruction after a DD (IX) or FD (IY) prefix byte. */
    abstract void execIndexPrefix(int prefix);

    // ---- control flow helpers ----

    final void jr() {
        int dsp = fetchDisplacement();
        cycles += 5;
        pc = (pc + dsp) & 0xFFFF;
        wz = pc;
    }

    final void jrIf(boolean cond) {
        if (cond) {
            jr();
        } else {                  // the displacement is not needed: 3 T-states, no bus read
            cycles += 3;
            pc = (pc + 1) & 0xFFFF;
        }
    }

    final void call() {
        int addr = fetchWord();
        wz = addr;
        cycles += 1;
        push(pc);
        pc = addr;
    }

    final void ret() {
        pc = pop();
        wz = pc;
    }

    final void rst(int address) {
        cycles += 1;
        push(pc);
        pc = address;
        wz = address;
    }

    final void exSpHl() {
        int lo = read(sp);
        int sp1 = (sp + 1) & 0xFFFF;
        int hi = read(sp1);
        cycles += 1;
        write(sp1, h);
        write(sp, l);
        cycles += 2;
        h = hi;
        l = lo;
        wz = (hi << 8) | lo;
    }

    /** Executes an unprefixed opcode (its fetch already counted). */
    final void execMain(int op) {
        MainOpcodes.TABLE[op].run(this);
    }

    // ---- opcodes 00-3F: loads of pairs, INC/DEC, rotates of A, relative jumps ----

    final void op00() { }                                                              // NOP
    final void op01() { c = fetchByte(); b = fetchByte(); }                            // LD BC,nn
    final void op02() { int ad = pairBC(); write(ad, a); wz = (a << 8) | ((ad + 1) & 0xFF); } // LD (BC),A
    final void op03() { int v = pairBC() + 1; b = (v >> 8) & 0xFF; c = v & 0xFF; cycles += 2; } // INC BC
    final void op04() { b = inc8(b); }                                                 // INC B
    final void op05() { b = dec8(b); }                                                 // DEC B
    final void op06() { b = fetchByte(); }                                             // LD B,n
    final void op07() { rlca(); }                                                      // RLCA
    final void op08() { int t = pairAF(); setAf(af2); af2 = t; }                       // EX AF,AF'
    final void op09() { setHl(add16(pairHL(), pairBC())); }                            // ADD HL,BC
    final void op0A() { int ad = pairBC(); a = read(ad); wz = (ad + 1) & 0xFFFF; }     // LD A,(BC)
    final void op0B() { int v = pairBC() - 1; b = (v >> 8) & 0xFF; c = v & 0xFF; cycles += 2; } // DEC BC
    final void op0C() { c = inc8(c); }                                                 // INC C
    final void op0D() { c = dec8(c); }                                                 // DEC C
    final void op0E() { c = fetchByte(); }                                             // LD C,n
    final void op0F() { rrca(); }                                                      // RRCA
    /** DJNZ e */
    final void op10() {
        cycles += 1;
        b = (b - 1) & 0xFF;
        jrIf(b != 0);
    }
    final void op11() { e = fetchByte(); d = fetchByte(); }                            // LD DE,nn
    final void op12() { int ad = pairDE(); write(ad, a); wz = (a << 8) | ((ad + 1) & 0xFF); } // LD (DE),A
    final void op13() { int v = pairDE() + 1; d = (v >> 8) & 0xFF; e = v & 0xFF; cycles += 2; } // INC DE
    final void op14() { d = inc8(d); }                                                 // INC D
    final void op15() { d = dec8(d); }                                                 // DEC D
    final void op16() { d = fetchByte(); }                                             // LD D,n
    final void op17() { rla(); }                                                       // RLA
    final void op18() { jr(); }                                                        // JR e
    final void op19() { setHl(add16(pairHL(), pairDE())); }                            // ADD HL,DE
    final void op1A() { int ad = pairDE(); a = read(ad); wz = (ad + 1) & 0xFFFF; }     // LD A,(DE)
    final void op1B() { int v = pairDE() - 1; d = (v >> 8) & 0xFF; e = v & 0xFF; cycles += 2; } // DEC DE
    final void op1C() { e = inc8(e); }                                                 // INC E
    final void op1D() { e = dec8(e); }                                                 // DEC E
    final void op1E() { e = fetchByte(); }                                             // LD E,n
    final void op1F() { rra(); }                                                       // RRA
    final void op20() { jrIf((f & ZF) == 0); }                                         // JR NZ,e
    final void op21() { l = fetchByte(); h = fetchByte(); }                            // LD HL,nn
    final void op22() { int ad = fetchWord(); write(ad, l); ad = (ad + 1) & 0xFFFF; write(ad, h); wz = ad; } // LD (nn),HL
    final void op23() { int v = pairHL() + 1; h = (v >> 8) & 0xFF; l = v & 0xFF; cycles += 2; } // INC HL
    final void op24() { h = inc8(h); }                                                 // INC H
    final void op25() { h = dec8(h); }                                                 // DEC H
    final void op26() { h = fetchByte(); }                                             // LD H,n
    final void op27() { daa(); }                                                       // DAA
    final void op28() { jrIf((f & ZF) != 0); }                                         // JR Z,e
    final void op29() { setHl(add16(pairHL(), pairHL())); }                            // ADD HL,HL
    final void op2A() { int ad = fetchWord(); l = read(ad); ad = (ad + 1) & 0xFFFF; h = read(ad); wz = ad; } // LD HL,(nn)
    final void op2B() { int v = pairHL() - 1; h = (v >> 8) & 0xFF; l = v & 0xFF; cycles += 2; } // DEC HL
    final void op2C() { l = inc8(l); }                                                 // INC L
    final void op2D() { l = dec8(l); }                                                 // DEC L
    final void op2E() { l = fetchByte(); }                                             // LD L,n
    final void op2F() { cpl(); }                                                       // CPL
    final void op30() { jrIf((f & CF) == 0); }                                         // JR NC,e
    final void op31() { sp = fetchWord(); }                                            // LD SP,nn
    final void op32() { int ad = fetchWord(); write(ad, a); wz = (a << 8) | ((ad + 1) & 0xFF); } // LD (nn),A
    final void op33() { sp = (sp + 1) & 0xFFFF; cycles += 2; }                         // INC SP
    final void op34() { int ad = pairHL(); int v = read(ad); cycles += 1; write(ad, inc8(v)); } // INC (HL)
    final void op35() { int ad = pairHL(); int v = read(ad); cycles += 1; write(ad, dec8(v)); } // DEC (HL)
    final void op36() { int v = fetchByte(); write(pairHL(), v); }                     // LD (HL),n
    final void op37() { scf(); }                                                       // SCF
    final void op38() { jrIf((f & CF) != 0); }                                         // JR C,e
    final void op39() { setHl(add16(pairHL(), sp)); }                                  // ADD HL,SP
    final void op3A() { int ad = fetchWord(); a = read(ad); wz = (ad + 1) & 0xFFFF; }  // LD A,(nn)
    final void op3B() { sp = (sp - 1) & 0xFFFF; cycles += 2; }                         // DEC SP
    final void op3C() { a = inc8(a); }                                                 // INC A
    final void op3D() { a = dec8(a); }                                                 // DEC A
    final void op3E() { a = fetchByte(); }                                             // LD A,n
    final void op3F() { ccf(); }                                                       // CCF

    // ---- opcodes C0-FF: jumps, calls, returns, stack, I/O, prefixes ----

    final void opC0() { cycles += 1; if ((f & ZF) == 0) { pc = pop(); wz = pc; } }     // RET NZ
    final void opC1() { int v = pop(); b = v >> 8; c = v & 0xFF; }                     // POP BC
    final void opC2() { int ad = fetchWord(); wz = ad; if ((f & ZF) == 0) { pc = ad; } } // JP NZ,nn
    final void opC3() { pc = fetchWord(); wz = pc; }                                   // JP nn
    /** CALL NZ,nn */
    final void opC4() {
        int ad = fetchWord();
        wz = ad;
        if ((f & ZF) == 0) { cycles += 1; push(pc); pc = ad; }
    }
    final void opC5() { cycles += 1; push(pairBC()); }                                 // PUSH BC
    final void opC6() { add8(fetchByte()); }                                           // ADD A,n
    final void opC7() { rst(0x00); }                                                   // RST 00h
    final void opC8() { cycles += 1; if ((f & ZF) != 0) { pc = pop(); wz = pc; } }     // RET Z
    final void opC9() { ret(); }                                                       // RET
    final void opCA() { int ad = fetchWord(); wz = ad; if ((f & ZF) != 0) { pc = ad; } } // JP Z,nn
    final void opCB() { execCb(fetchOpcode()); }                                       // CB prefix
    /** CALL Z,nn */
    final void opCC() {
        int ad = fetchWord();
        wz = ad;
        if ((f & ZF) != 0) { cycles += 1; push(pc); pc = ad; }
    }
    final void opCD() { call(); }                                                      // CALL nn
    final void opCE() { adc8(fetchByte()); }                                           // ADC A,n
    final void opCF() { rst(0x08); }                                                   // RST 08h
    final void opD0() { cycles += 1; if ((f & CF) == 0) { pc = pop(); wz = pc; } }     // RET NC
    final void opD1() { int v = pop(); d = v >> 8; e = v & 0xFF; }                     // POP DE
    final void opD2() { int ad = fetchWord(); wz = ad; if ((f & CF) == 0) { pc = ad; } } // JP NC,nn
    /** OUT (n),A */
    final void opD3() {
        int n = fetchByte();
        out((a << 8) | n, a);
        wz = (a << 8) | ((n + 1) & 0xFF);
    }
    /** CALL NC,nn */
    final void opD4() {
        int ad = fetchWord();
        wz = ad;
        if ((f & CF) == 0) { cycles += 1; push(pc); pc = ad; }
    }
    final void opD5() { cycles += 1; push(pairDE()); }                                 // PUSH DE
    final void opD6() { sub8(fetchByte()); }                                           // SUB n
    final void opD7() { rst(0x10); }                                                   // RST 10h
    final void opD8() { cycles += 1; if ((f & CF) != 0) { pc = pop(); wz = pc; } }     // RET C
    /** EXX */
    final void opD9() {
        int t = pairBC(); setBc(bc2); bc2 = t;
        t = pairDE(); setDe(de2); de2 = t;
        t = pairHL(); setHl(hl2); hl2 = t;
    }
    final void opDA() { int ad = fetchWord(); wz = ad; if ((f & CF) != 0) { pc = ad; } } // JP C,nn
    /** IN A,(n) */
    final void opDB() {
        int port = (a << 8) | fetchByte();
        wz = (port + 1) & 0xFFFF;
        a = in(port);
    }
    /** CALL C,nn */
    final void opDC() {
        int ad = fetchWord();
        wz = ad;
        if ((f & CF) != 0) { cycles += 1; push(pc); pc = ad; }
    }
    final void opDD() { execIndexPrefix(0xDD); }                                       // DD prefix (IX)
    final void opDE() { sbc8(fetchByte()); }                                           // SBC A,n
    final void opDF() { rst(0x18); }                                                   // RST 18h
    final void opE0() { cycles += 1; if ((f & PF) == 0) { pc = pop(); wz = pc; } }     // RET PO
    final void opE1() { int v = pop(); h = v >> 8; l = v & 0xFF; }                     // POP HL
    final void opE2() { int ad = fetchWord(); wz = ad; if ((f & PF) == 0) { pc = ad; } } // JP PO,nn
    final void opE3() { exSpHl(); }                                                    // EX (SP),HL
    /** CALL PO,nn */
    final void opE4() {
        int ad = fetchWord();
        wz = ad;
        if ((f & PF) == 0) { cycles += 1; push(pc); pc = ad; }
    }
    final void opE5() { cycles += 1; push(pairHL()); }                                 // PUSH HL
    final void opE6() { and8(fetchByte()); }                                           // AND n
    final void opE7() { rst(0x20); }                                                   // RST 20h
    final void opE8() { cycles += 1; if ((f & PF) != 0) { pc = pop(); wz = pc; } }     // RET PE
    final void opE9() { pc = pairHL(); }                                               // JP (HL)
    final void opEA() { int ad = fetchWord(); wz = ad; if ((f & PF) != 0) { pc = ad; } } // JP PE,nn
    final void opEB() { int t = d; d = h; h = t; t = e; e = l; l = t; }                // EX DE,HL
    /** CALL PE,nn */
    final void opEC() {
        int ad = fetchWord();
        wz = ad;
        if ((f & PF) != 0) { cycles += 1; push(pc); pc = ad; }
    }
    final void opED() { execEd(fetchOpcode()); }                                       // ED prefix
    final void opEE() { xor8(fetchByte()); }                                           // XOR n
    final void opEF() { rst(0x28); }                                                   // RST 28h
    final void opF0() { cycles += 1; if ((f & SF) == 0) { pc = pop(); wz = pc; } }     // RET P
    final void opF1() { int v = pop(); a = v >> 8; f = v & 0xFF; }                     // POP AF
    final void opF2() { int ad = fetchWord(); wz = ad; if ((f & SF) == 0) { pc = ad; } } // JP P,nn
    final void opF3() { iff1 = false; iff2 = false; updateAttention(); }               // DI
    /** CALL P,nn */
    final void opF4() {
        int ad = fetchWord();
        wz = ad;
        if ((f & SF) == 0) { cycles += 1; push(pc); pc = ad; }
    }
    final void opF5() { cycles += 1; push(pairAF()); }                                 // PUSH AF
    final void opF6() { or8(fetchByte()); }                                            // OR n
    final void opF7() { rst(0x30); }                                                   // RST 30h
    final void opF8() { cycles += 1; if ((f & SF) != 0) { pc = pop(); wz = pc; } }     // RET M
    final void opF9() { sp = pairHL(); cycles += 2; }                                  // LD SP,HL
    final void opFA() { int ad = fetchWord(); wz = ad; if ((f & SF) != 0) { pc = ad; } } // JP M,nn
    /** EI */
    final void opFB() {
        iff1 = true;
        iff2 = true;
        special = AFTER_EI;
        updateAttention();
    }
    /** CALL M,nn */
    final void opFC() {
        int ad = fetchWord();
        wz = ad;
        if ((f & SF) != 0) { cycles += 1; push(pc); pc = ad; }
    }
    final void opFD() { execIndexPrefix(0xFD); }                                       // FD prefix (IY)
    final void opFE() { cp8(fetchByte()); }                                            // CP n
    final void opFF() { rst(0x38); }                                                   // RST 38h (0xFF)
}
