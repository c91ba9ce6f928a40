package retroshield.cpu;

import static retroshield.cpu.FlagTables.CF;
import static retroshield.cpu.FlagTables.PF;
import static retroshield.cpu.FlagTables.SF;
import static retroshield.cpu.FlagTables.ZF;

/**
 * The unprefixed opcodes (and the jumps, calls and returns shared with the prefixed tables).
 * T-states of the opcode fetch are already counted when {@link #execMain(int)} is entered.
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
        if (op < 0x80) {
            if (op < 0x40) {
                execMain00(op);
            } else {
                execLoad(op);
            }
        } else if (op < 0xC0) {
            execAlu(op);
        } else {
            execMainC0(op);
        }
    }

    /** Opcodes 00-3F: loads of pairs, INC/DEC, rotates of A, relative jumps. */
    final void execMain00(int op) {
        switch (op) {
            case 0x00: break;                                                     // NOP
            case 0x01: c = fetchByte(); b = fetchByte(); break;                   // LD BC,nn
            case 0x02: { int ad = pairBC(); write(ad, a); wz = (a << 8) | ((ad + 1) & 0xFF); break; } // LD (BC),A
            case 0x03: { int v = pairBC() + 1; b = (v >> 8) & 0xFF; c = v & 0xFF; cycles += 2; break; } // INC BC
            case 0x04: b = inc8(b); break;                                        // INC B
            case 0x05: b = dec8(b); break;                                        // DEC B
            case 0x06: b = fetchByte(); break;                                    // LD B,n
            case 0x07: rlca(); break;                                             // RLCA
            case 0x08: { int t = pairAF(); setAf(af2); af2 = t; break; }          // EX AF,AF'
            case 0x09: setHl(add16(pairHL(), pairBC())); break;                   // ADD HL,BC
            case 0x0A: { int ad = pairBC(); a = read(ad); wz = (ad + 1) & 0xFFFF; break; } // LD A,(BC)
            case 0x0B: { int v = pairBC() - 1; b = (v >> 8) & 0xFF; c = v & 0xFF; cycles += 2; break; } // DEC BC
            case 0x0C: c = inc8(c); break;                                        // INC C
            case 0x0D: c = dec8(c); break;                                        // DEC C
            case 0x0E: c = fetchByte(); break;                                    // LD C,n
            case 0x0F: rrca(); break;                                             // RRCA
            case 0x10: {                                                          // DJNZ e
                cycles += 1;
                b = (b - 1) & 0xFF;
                jrIf(b != 0);
                break;
            }
            case 0x11: e = fetchByte(); d = fetchByte(); break;                   // LD DE,nn
            case 0x12: { int ad = pairDE(); write(ad, a); wz = (a << 8) | ((ad + 1) & 0xFF); break; } // LD (DE),A
            case 0x13: { int v = pairDE() + 1; d = (v >> 8) & 0xFF; e = v & 0xFF; cycles += 2; break; } // INC DE
            case 0x14: d = inc8(d); break;                                        // INC D
            case 0x15: d = dec8(d); break;                                        // DEC D
            case 0x16: d = fetchByte(); break;                                    // LD D,n
            case 0x17: rla(); break;                                              // RLA
            case 0x18: jr(); break;                                               // JR e
            case 0x19: setHl(add16(pairHL(), pairDE())); break;                   // ADD HL,DE
            case 0x1A: { int ad = pairDE(); a = read(ad); wz = (ad + 1) & 0xFFFF; break; } // LD A,(DE)
            case 0x1B: { int v = pairDE() - 1; d = (v >> 8) & 0xFF; e = v & 0xFF; cycles += 2; break; } // DEC DE
            case 0x1C: e = inc8(e); break;                                        // INC E
            case 0x1D: e = dec8(e); break;                                        // DEC E
            case 0x1E: e = fetchByte(); break;                                    // LD E,n
            case 0x1F: rra(); break;                                              // RRA
            case 0x20: jrIf((f & ZF) == 0); break;                                // JR NZ,e
            case 0x21: l = fetchByte(); h = fetchByte(); break;                   // LD HL,nn
            case 0x22: { int ad = fetchWord(); write(ad, l); ad = (ad + 1) & 0xFFFF; write(ad, h); wz = ad; break; } // LD (nn),HL
            case 0x23: { int v = pairHL() + 1; h = (v >> 8) & 0xFF; l = v & 0xFF; cycles += 2; break; } // INC HL
            case 0x24: h = inc8(h); break;                                        // INC H
            case 0x25: h = dec8(h); break;                                        // DEC H
            case 0x26: h = fetchByte(); break;                                    // LD H,n
            case 0x27: daa(); break;                                              // DAA
            case 0x28: jrIf((f & ZF) != 0); break;                                // JR Z,e
            case 0x29: setHl(add16(pairHL(), pairHL())); break;                   // ADD HL,HL
            case 0x2A: { int ad = fetchWord(); l = read(ad); ad = (ad + 1) & 0xFFFF; h = read(ad); wz = ad; break; } // LD HL,(nn)
            case 0x2B: { int v = pairHL() - 1; h = (v >> 8) & 0xFF; l = v & 0xFF; cycles += 2; break; } // DEC HL
            case 0x2C: l = inc8(l); break;                                        // INC L
            case 0x2D: l = dec8(l); break;                                        // DEC L
            case 0x2E: l = fetchByte(); break;                                    // LD L,n
            case 0x2F: cpl(); break;                                              // CPL
            case 0x30: jrIf((f & CF) == 0); break;                                // JR NC,e
            case 0x31: sp = fetchWord(); break;                                   // LD SP,nn
            case 0x32: { int ad = fetchWord(); write(ad, a); wz = (a << 8) | ((ad + 1) & 0xFF); break; } // LD (nn),A
            case 0x33: sp = (sp + 1) & 0xFFFF; cycles += 2; break;                // INC SP
            case 0x34: { int ad = pairHL(); int v = read(ad); cycles += 1; write(ad, inc8(v)); break; } // INC (HL)
            case 0x35: { int ad = pairHL(); int v = read(ad); cycles += 1; write(ad, dec8(v)); break; } // DEC (HL)
            case 0x36: { int v = fetchByte(); write(pairHL(), v); break; }        // LD (HL),n
            case 0x37: scf(); break;                                              // SCF
            case 0x38: jrIf((f & CF) != 0); break;                                // JR C,e
            case 0x39: setHl(add16(pairHL(), sp)); break;                         // ADD HL,SP
            case 0x3A: { int ad = fetchWord(); a = read(ad); wz = (ad + 1) & 0xFFFF; break; } // LD A,(nn)
            case 0x3B: sp = (sp - 1) & 0xFFFF; cycles += 2; break;                // DEC SP
            case 0x3C: a = inc8(a); break;                                        // INC A
            case 0x3D: a = dec8(a); break;                                        // DEC A
            case 0x3E: a = fetchByte(); break;                                    // LD A,n
            case 0x3F: ccf(); break;                                              // CCF
            default: break;
        }
    }

    /**
     * Opcodes C0-FF: jumps, calls, returns, stack, I/O, prefixes.
     *
     * <p>The conditional JP, CALL and RET are written out in each case on purpose: as shared
     * helpers they were compiled on their own, and HotSpot then refused to inline them here
     * ("already compiled into a medium method"), leaving a real call in the most frequent
     * instructions of programs like ZEXDOC.
     */
    final void execMainC0(int op) {
        switch (op) {
            case 0xC0: cycles += 1; if ((f & ZF) == 0) { pc = pop(); wz = pc; } break; // RET NZ
            case 0xC1: { int v = pop(); b = v >> 8; c = v & 0xFF; break; }       // POP BC
            case 0xC2: { int ad = fetchWord(); wz = ad; if ((f & ZF) == 0) { pc = ad; } break; } // JP NZ,nn
            case 0xC3: pc = fetchWord(); wz = pc; break;                          // JP nn
            case 0xC4: {                                                          // CALL NZ,nn
                int ad = fetchWord();
                wz = ad;
                if ((f & ZF) == 0) { cycles += 1; push(pc); pc = ad; }
                break;
            }
            case 0xC5: cycles += 1; push(pairBC()); break;                        // PUSH BC
            case 0xC6: add8(fetchByte()); break;                                  // ADD A,n
            case 0xC7: rst(0x00); break;                                          // RST 00h
            case 0xC8: cycles += 1; if ((f & ZF) != 0) { pc = pop(); wz = pc; } break; // RET Z
            case 0xC9: ret(); break;                                              // RET
            case 0xCA: { int ad = fetchWord(); wz = ad; if ((f & ZF) != 0) { pc = ad; } break; } // JP Z,nn
            case 0xCB: execCb(fetchOpcode()); break;                              // CB prefix
            case 0xCC: {                                                          // CALL Z,nn
                int ad = fetchWord();
                wz = ad;
                if ((f & ZF) != 0) { cycles += 1; push(pc); pc = ad; }
                break;
            }
            case 0xCD: call(); break;                                             // CALL nn
            case 0xCE: adc8(fetchByte()); break;                                  // ADC A,n
            case 0xCF: rst(0x08); break;                                          // RST 08h
            case 0xD0: cycles += 1; if ((f & CF) == 0) { pc = pop(); wz = pc; } break; // RET NC
            case 0xD1: { int v = pop(); d = v >> 8; e = v & 0xFF; break; }       // POP DE
            case 0xD2: { int ad = fetchWord(); wz = ad; if ((f & CF) == 0) { pc = ad; } break; } // JP NC,nn
            case 0xD3: {                                                          // OUT (n),A
                int n = fetchByte();
                out((a << 8) | n, a);
                wz = (a << 8) | ((n + 1) & 0xFF);
                break;
            }
            case 0xD4: {                                                          // CALL NC,nn
                int ad = fetchWord();
                wz = ad;
                if ((f & CF) == 0) { cycles += 1; push(pc); pc = ad; }
                break;
            }
            case 0xD5: cycles += 1; push(pairDE()); break;                        // PUSH DE
            case 0xD6: sub8(fetchByte()); break;                                  // SUB n
            case 0xD7: rst(0x10); break;                                          // RST 10h
            case 0xD8: cycles += 1; if ((f & CF) != 0) { pc = pop(); wz = pc; } break; // RET C
            case 0xD9: {                                                          // EXX
                int t = pairBC(); setBc(bc2); bc2 = t;
                t = pairDE(); setDe(de2); de2 = t;
                t = pairHL(); setHl(hl2); hl2 = t;
                break;
            }
            case 0xDA: { int ad = fetchWord(); wz = ad; if ((f & CF) != 0) { pc = ad; } break; } // JP C,nn
            case 0xDB: {                                                          // IN A,(n)
                int port = (a << 8) | fetchByte();
                wz = (port + 1) & 0xFFFF;
                a = in(port);
                break;
            }
            case 0xDC: {                                                          // CALL C,nn
                int ad = fetchWord();
                wz = ad;
                if ((f & CF) != 0) { cycles += 1; push(pc); pc = ad; }
                break;
            }
            case 0xDD: execIndexPrefix(0xDD); break;                              // DD prefix (IX)
            case 0xDE: sbc8(fetchByte()); break;                                  // SBC A,n
            case 0xDF: rst(0x18); break;                                          // RST 18h
            case 0xE0: cycles += 1; if ((f & PF) == 0) { pc = pop(); wz = pc; } break; // RET PO
            case 0xE1: { int v = pop(); h = v >> 8; l = v & 0xFF; break; }       // POP HL
            case 0xE2: { int ad = fetchWord(); wz = ad; if ((f & PF) == 0) { pc = ad; } break; } // JP PO,nn
            case 0xE3: exSpHl(); break;                                           // EX (SP),HL
            case 0xE4: {                                                          // CALL PO,nn
                int ad = fetchWord();
                wz = ad;
                if ((f & PF) == 0) { cycles += 1; push(pc); pc = ad; }
                break;
            }
            case 0xE5: cycles += 1; push(pairHL()); break;                        // PUSH HL
            case 0xE6: and8(fetchByte()); break;                                  // AND n
            case 0xE7: rst(0x20); break;                                          // RST 20h
            case 0xE8: cycles += 1; if ((f & PF) != 0) { pc = pop(); wz = pc; } break; // RET PE
            case 0xE9: pc = pairHL(); break;                                      // JP (HL)
            case 0xEA: { int ad = fetchWord(); wz = ad; if ((f & PF) != 0) { pc = ad; } break; } // JP PE,nn
            case 0xEB: { int t = d; d = h; h = t; t = e; e = l; l = t; break; }   // EX DE,HL
            case 0xEC: {                                                          // CALL PE,nn
                int ad = fetchWord();
                wz = ad;
                if ((f & PF) != 0) { cycles += 1; push(pc); pc = ad; }
                break;
            }
            case 0xED: execEd(fetchOpcode()); break;                              // ED prefix
            case 0xEE: xor8(fetchByte()); break;                                  // XOR n
            case 0xEF: rst(0x28); break;                                          // RST 28h
            case 0xF0: cycles += 1; if ((f & SF) == 0) { pc = pop(); wz = pc; } break; // RET P
            case 0xF1: { int v = pop(); a = v >> 8; f = v & 0xFF; break; }       // POP AF
            case 0xF2: { int ad = fetchWord(); wz = ad; if ((f & SF) == 0) { pc = ad; } break; } // JP P,nn
            case 0xF3: iff1 = false; iff2 = false; updateAttention(); break;      // DI
            case 0xF4: {                                                          // CALL P,nn
                int ad = fetchWord();
                wz = ad;
                if ((f & SF) == 0) { cycles += 1; push(pc); pc = ad; }
                break;
            }
            case 0xF5: cycles += 1; push(pairAF()); break;                        // PUSH AF
            case 0xF6: or8(fetchByte()); break;                                   // OR n
            case 0xF7: rst(0x30); break;                                          // RST 30h
            case 0xF8: cycles += 1; if ((f & SF) != 0) { pc = pop(); wz = pc; } break; // RET M
            case 0xF9: sp = pairHL(); cycles += 2; break;                         // LD SP,HL
            case 0xFA: { int ad = fetchWord(); wz = ad; if ((f & SF) != 0) { pc = ad; } break; } // JP M,nn
            case 0xFB:                                                            // EI
                iff1 = true;
                iff2 = true;
                special = AFTER_EI;
                updateAttention();
                break;
            case 0xFC: {                                                          // CALL M,nn
                int ad = fetchWord();
                wz = ad;
                if ((f & SF) != 0) { cycles += 1; push(pc); pc = ad; }
                break;
            }
            case 0xFD: execIndexPrefix(0xFD); break;                              // FD prefix (IY)
            case 0xFE: cp8(fetchByte()); break;                                   // CP n
            default: rst(0x38); break;                                            // RST 38h (0xFF)
        }
    }
}
