package retroshield.cpu;

import static retroshield.cpu.FlagTables.CF;
import static retroshield.cpu.FlagTables.HF;
import static retroshield.cpu.FlagTables.NF;
import static retroshield.cpu.FlagTables.PARITY;
import static retroshield.cpu.FlagTables.PF;
import static retroshield.cpu.FlagTables.SF;
import static retroshield.cpu.FlagTables.SZ53;
import static retroshield.cpu.FlagTables.SZ53P;
import static retroshield.cpu.FlagTables.XF;
import static retroshield.cpu.FlagTables.XYF;
import static retroshield.cpu.FlagTables.YF;
import static retroshield.cpu.FlagTables.ZF;

/**
 * The ED (extended) opcode table, including the block instructions with the undocumented
 * flags of their repeating step.
 */
abstract class Z80PrefixOps extends Z80CbOps {

    Z80PrefixOps(Bus bus) {
        super(bus);
    }

    /** Register 0..7 (B C D E H L - A) by its opcode field; 6 is not a register. */
    final int reg8(int index) {
        switch (index) {
            case 0: return b;
            case 1: return c;
            case 2: return d;
            case 3: return e;
            case 4: return h;
            case 5: return l;
            default: return a;
        }
    }

    final void setReg8(int index, int v) {
        switch (index) {
            case 0: b = v; break;
            case 1: c = v; break;
            case 2: d = v; break;
            case 3: e = v; break;
            case 4: h = v; break;
            case 5: l = v; break;
            case 7: a = v; break;
            default: break;
        }
    }

    @Override
    final void execEd(int op) {
        switch (op) {
            case 0x40: case 0x48: case 0x50: case 0x58:                // IN r,(C)
            case 0x60: case 0x68: case 0x70: case 0x78: {              // (0x70: IN F,(C))
                int port = pairBC();
                int v = in(port);
                wz = (port + 1) & 0xFFFF;
                f = (f & CF) | SZ53P[v];
                q = f;
                setReg8((op >> 3) & 7, v);
                break;
            }
            case 0x41: case 0x49: case 0x51: case 0x59:                // OUT (C),r
            case 0x61: case 0x69: case 0x71: case 0x79: {              // (0x71: OUT (C),0)
                int port = pairBC();
                int z = (op >> 3) & 7;
                out(port, z == 6 ? 0 : reg8(z));
                wz = (port + 1) & 0xFFFF;
                break;
            }
            case 0x42: sbc16(pairBC()); break;                         // SBC HL,BC
            case 0x52: sbc16(pairDE()); break;                         // SBC HL,DE
            case 0x62: sbc16(pairHL()); break;                         // SBC HL,HL
            case 0x72: sbc16(sp); break;                               // SBC HL,SP
            case 0x4A: adc16(pairBC()); break;                         // ADC HL,BC
            case 0x5A: adc16(pairDE()); break;                         // ADC HL,DE
            case 0x6A: adc16(pairHL()); break;                         // ADC HL,HL
            case 0x7A: adc16(sp); break;                               // ADC HL,SP
            case 0x43: storeWord(pairBC()); break;                     // LD (nn),BC
            case 0x53: storeWord(pairDE()); break;                     // LD (nn),DE
            case 0x63: storeWord(pairHL()); break;                     // LD (nn),HL
            case 0x73: storeWord(sp); break;                           // LD (nn),SP
            case 0x4B: setBc(loadWord()); break;                       // LD BC,(nn)
            case 0x5B: setDe(loadWord()); break;                       // LD DE,(nn)
            case 0x6B: setHl(loadWord()); break;                       // LD HL,(nn)
            case 0x7B: sp = loadWord(); break;                         // LD SP,(nn)
            case 0x44: case 0x4C: case 0x54: case 0x5C:
            case 0x64: case 0x6C: case 0x74: case 0x7C: neg(); break;  // NEG
            case 0x45: case 0x4D: case 0x55: case 0x5D:                // RETN (0x4D: RETI)
            case 0x65: case 0x6D: case 0x75: case 0x7D:
                iff1 = iff2;
                updateAttention();
                ret();
                break;
            case 0x46: case 0x4E: case 0x66: case 0x6E: im = 0; break; // IM 0
            case 0x56: case 0x76: im = 1; break;                       // IM 1
            case 0x5E: case 0x7E: im = 2; break;                       // IM 2
            case 0x47: cycles += 1; i = a; break;                      // LD I,A
            case 0x4F: cycles += 1; rCount = a; r7 = a & 0x80; break;  // LD R,A
            case 0x57: ldAFrom(i); break;                              // LD A,I
            case 0x5F: ldAFrom(rValue()); break;                       // LD A,R
            case 0x67: {                                               // RRD
                int ad = pairHL();
                int v = read(ad);
                cycles += 4;
                write(ad, ((a << 4) | (v >> 4)) & 0xFF);
                a = (a & 0xF0) | (v & 0x0F);
                f = (f & CF) | SZ53P[a];
                q = f;
                wz = (ad + 1) & 0xFFFF;
                break;
            }
            case 0x6F: {                                               // RLD
                int ad = pairHL();
                int v = read(ad);
                cycles += 4;
                write(ad, ((v << 4) | (a & 0x0F)) & 0xFF);
                a = (a & 0xF0) | (v >> 4);
                f = (f & CF) | SZ53P[a];
                q = f;
                wz = (ad + 1) & 0xFFFF;
                break;
            }
            case 0xA0: ldBlock(1, false); break;                       // LDI
            case 0xA8: ldBlock(-1, false); break;                      // LDD
            case 0xB0: ldBlock(1, true); break;                        // LDIR
            case 0xB8: ldBlock(-1, true); break;                       // LDDR
            case 0xA1: cpBlock(1, false); break;                       // CPI
            case 0xA9: cpBlock(-1, false); break;                      // CPD
            case 0xB1: cpBlock(1, true); break;                        // CPIR
            case 0xB9: cpBlock(-1, true); break;                       // CPDR
            case 0xA2: inBlock(1, false); break;                       // INI
            case 0xAA: inBlock(-1, false); break;                      // IND
            case 0xB2: inBlock(1, true); break;                        // INIR
            case 0xBA: inBlock(-1, true); break;                       // INDR
            case 0xA3: outBlock(1, false); break;                      // OUTI
            case 0xAB: outBlock(-1, false); break;                     // OUTD
            case 0xB3: outBlock(1, true); break;                       // OTIR
            case 0xBB: outBlock(-1, true); break;                      // OTDR
            default: break;                                            // ED no-op (8 T-states)
        }
    }

    private void storeWord(int v) {
        int ad = fetchWord();
        writeWord(ad, v);
        wz = (ad + 1) & 0xFFFF;
    }

    private int loadWord() {
        int ad = fetchWord();
        int v = readWord(ad);
        wz = (ad + 1) & 0xFFFF;
        return v;
    }

    /** LD A,I / LD A,R: P/V = IFF2; an interrupt accepted next resets it. */
    private void ldAFrom(int v) {
        cycles += 1;
        a = v;
        f = (f & CF) | SZ53[a] | (iff2 ? PF : 0);
        q = f;
        special = AFTER_LD_A_IR;
    }

    /** The repeating step of a block instruction: back to its start, 5 more T-states. */
    private void repeat() {
        cycles += 5;
        pc = (pc - 2) & 0xFFFF;
        wz = (pc + 1) & 0xFFFF;
    }

    private void ldBlock(int dir, boolean repeating) {
        int hlv = pairHL();
        int dev = pairDE();
        int v = read(hlv);
        write(dev, v);
        cycles += 2;
        setHl(hlv + dir);
        setDe(dev + dir);
        int bcv = (pairBC() - 1) & 0xFFFF;
        setBc(bcv);
        int n = v + a;
        f = (f & (SF | ZF | CF)) | (bcv != 0 ? PF : 0) | (n & XF) | ((n << 4) & YF);
        if (repeating && bcv != 0) {
            repeat();
            f = (f & ~XYF) | ((pc >> 8) & XYF);
        }
        q = f;
    }

    private void cpBlock(int dir, boolean repeating) {
        int hlv = pairHL();
        int v = read(hlv);
        cycles += 5;
        int r = (a - v) & 0xFF;
        setHl(hlv + dir);
        int bcv = (pairBC() - 1) & 0xFFFF;
        setBc(bcv);
        int hf = (a ^ v ^ r) & HF;
        int n = r - (hf >> 4);
        f = (f & CF) | NF | hf | (SZ53[r] & (SF | ZF)) | (bcv != 0 ? PF : 0)
                | (n & XF) | ((n << 4) & YF);
        wz = (wz + dir) & 0xFFFF;
        if (repeating && bcv != 0 && r != 0) {
            repeat();
            f = (f & ~XYF) | ((pc >> 8) & XYF);
        }
        q = f;
    }

    private void inBlock(int dir, boolean repeating) {
        cycles += 1;
        int port = pairBC();
        int v = in(port);
        wz = (port + dir) & 0xFFFF;
        b = (b - 1) & 0xFF;
        int hlv = pairHL();
        write(hlv, v);
        setHl(hlv + dir);
        blockIoFlags(v, v + ((c + dir) & 0xFF), repeating);
    }

    private void outBlock(int dir, boolean repeating) {
        cycles += 1;
        int hlv = pairHL();
        int v = read(hlv);
        b = (b - 1) & 0xFF;
        int port = pairBC();
        wz = (port + dir) & 0xFFFF;
        out(port, v);
        setHl(hlv + dir);
        blockIoFlags(v, v + l, repeating);
    }

    /** Flags of INI/IND/OUTI/OUTD (k = value plus C±1 or L), and of the repeating step. */
    private void blockIoFlags(int v, int k, boolean repeating) {
        int carry = k > 0xFF ? (HF | CF) : 0;
        f = SZ53[b] | ((v >> 6) & NF) | carry | PARITY[(k & 7) ^ b];
        if (repeating && b != 0) {
            repeat();
            f = (f & ~XYF) | ((pc >> 8) & XYF);
            if (carry != 0) {
                f &= ~HF;
                if ((v & 0x80) != 0) {
                    f ^= PARITY[(b - 1) & 7] ^ PF;
                    if ((b & 0x0F) == 0x00) {
                        f |= HF;
                    }
                } else {
                    f ^= PARITY[(b + 1) & 7] ^ PF;
                    if ((b & 0x0F) == 0x0F) {
                        f |= HF;
                    }
                }
            } else {
                f ^= PARITY[b & 7] ^ PF;
            }
        }
        q = f;
    }
}
