package retroshield.cpu;

/**
 * The DD (IX) and FD (IY) prefixed opcodes, the undocumented IXH/IXL/IYH/IYL forms, and the
 * DDCB/FDCB group. One decoder serves both index registers: it works on the register's value
 * and returns the new value, which the caller stores back into IX or IY. Opcodes the prefix
 * does not change run as their unprefixed form (the prefix then acts as a 4 T-state no-op).
 */
abstract class Z80IndexOps extends Z80PrefixOps {

    Z80IndexOps(Bus bus) {
        super(bus);
    }

    @Override
    final void execIndexPrefix(int prefix) {
        int op = fetchOpcode();
        while (op == 0xDD || op == 0xFD) {     // a later prefix replaces the earlier one
            prefix = op;
            op = fetchOpcode();
        }
        if (op == 0xED) {                      // DD ED: the DD is dropped
            execEd(fetchOpcode());
        } else if (prefix == 0xDD) {
            ix = execIndex(op, ix);
        } else {
            iy = execIndex(op, iy);
        }
    }

    /** Fetches d and returns IX/IY+d (5 extra T-states), also latched in MEMPTR. */
    private int indexAddress(int xy) {
        int dsp = fetchDisplacement();
        cycles += 5;
        int ad = (xy + dsp) & 0xFFFF;
        wz = ad;
        return ad;
    }

    private static int withHigh(int xy, int v) {
        return (v << 8) | (xy & 0xFF);
    }

    private static int withLow(int xy, int v) {
        return (xy & 0xFF00) | v;
    }

    /** Executes {@code op} with HL replaced by the index register {@code xy}; returns its new value. */
    final int execIndex(int op, int xy) {
        switch (op) {
            case 0x09: return add16(xy, pairBC());                                    // ADD IX,BC
            case 0x19: return add16(xy, pairDE());                                    // ADD IX,DE
            case 0x21: return fetchWord();                                            // LD IX,nn
            case 0x22: {                                                              // LD (nn),IX
                int ad = fetchWord();
                writeWord(ad, xy);
                wz = (ad + 1) & 0xFFFF;
                return xy;
            }
            case 0x23: cycles += 2; return (xy + 1) & 0xFFFF;                         // INC IX
            case 0x24: return withHigh(xy, inc8(xy >> 8));                           // INC IXH
            case 0x25: return withHigh(xy, dec8(xy >> 8));                           // DEC IXH
            case 0x26: return withHigh(xy, fetchByte());                             // LD IXH,n
            case 0x29: return add16(xy, xy);                                          // ADD IX,IX
            case 0x2A: {                                                              // LD IX,(nn)
                int ad = fetchWord();
                int v = readWord(ad);
                wz = (ad + 1) & 0xFFFF;
                return v;
            }
            case 0x2B: cycles += 2; return (xy - 1) & 0xFFFF;                         // DEC IX
            case 0x2C: return withLow(xy, inc8(xy & 0xFF));                          // INC IXL
            case 0x2D: return withLow(xy, dec8(xy & 0xFF));                          // DEC IXL
            case 0x2E: return withLow(xy, fetchByte());                              // LD IXL,n
            case 0x34: {                                                              // INC (IX+d)
                int ad = indexAddress(xy);
                int v = read(ad);
                cycles += 1;
                write(ad, inc8(v));
                return xy;
            }
            case 0x35: {                                                              // DEC (IX+d)
                int ad = indexAddress(xy);
                int v = read(ad);
                cycles += 1;
                write(ad, dec8(v));
                return xy;
            }
            case 0x36: {                                                              // LD (IX+d),n
                int dsp = fetchDisplacement();
                int v = fetchByte();
                cycles += 2;
                int ad = (xy + dsp) & 0xFFFF;
                wz = ad;
                write(ad, v);
                return xy;
            }
            case 0x39: return add16(xy, sp);                                          // ADD IX,SP
            case 0x44: b = xy >> 8; return xy;                                        // LD B,IXH
            case 0x45: b = xy & 0xFF; return xy;                                      // LD B,IXL
            case 0x4C: c = xy >> 8; return xy;                                        // LD C,IXH
            case 0x4D: c = xy & 0xFF; return xy;                                      // LD C,IXL
            case 0x54: d = xy >> 8; return xy;                                        // LD D,IXH
            case 0x55: d = xy & 0xFF; return xy;                                      // LD D,IXL
            case 0x5C: e = xy >> 8; return xy;                                        // LD E,IXH
            case 0x5D: e = xy & 0xFF; return xy;                                      // LD E,IXL
            case 0x7C: a = xy >> 8; return xy;                                        // LD A,IXH
            case 0x7D: a = xy & 0xFF; return xy;                                      // LD A,IXL
            case 0x46: case 0x4E: case 0x56: case 0x5E:                               // LD r,(IX+d)
            case 0x66: case 0x6E: case 0x7E:
                setReg8((op >> 3) & 7, read(indexAddress(xy)));
                return xy;
            case 0x60: return withHigh(xy, b);                                       // LD IXH,B
            case 0x61: return withHigh(xy, c);                                       // LD IXH,C
            case 0x62: return withHigh(xy, d);                                       // LD IXH,D
            case 0x63: return withHigh(xy, e);                                       // LD IXH,E
            case 0x64: return xy;                                                     // LD IXH,IXH
            case 0x65: return withHigh(xy, xy & 0xFF);                               // LD IXH,IXL
            case 0x67: return withHigh(xy, a);                                       // LD IXH,A
            case 0x68: return withLow(xy, b);                                        // LD IXL,B
            case 0x69: return withLow(xy, c);                                        // LD IXL,C
            case 0x6A: return withLow(xy, d);                                        // LD IXL,D
            case 0x6B: return withLow(xy, e);                                        // LD IXL,E
            case 0x6C: return withLow(xy, xy >> 8);                                  // LD IXL,IXH
            case 0x6D: return xy;                                                     // LD IXL,IXL
            case 0x6F: return withLow(xy, a);                                        // LD IXL,A
            case 0x70: case 0x71: case 0x72: case 0x73:                               // LD (IX+d),r
            case 0x74: case 0x75: case 0x77:
                write(indexAddress(xy), reg8(op & 7));
                return xy;
            case 0x84: case 0x8C: case 0x94: case 0x9C:                               // ALU A,IXH
            case 0xA4: case 0xAC: case 0xB4: case 0xBC:
                alu((op >> 3) & 7, xy >> 8);
                return xy;
            case 0x85: case 0x8D: case 0x95: case 0x9D:                               // ALU A,IXL
            case 0xA5: case 0xAD: case 0xB5: case 0xBD:
                alu((op >> 3) & 7, xy & 0xFF);
                return xy;
            case 0x86: case 0x8E: case 0x96: case 0x9E:                               // ALU A,(IX+d)
            case 0xA6: case 0xAE: case 0xB6: case 0xBE:
                alu((op >> 3) & 7, read(indexAddress(xy)));
                return xy;
            case 0xCB: indexCb(xy); return xy;                                        // DDCB d op
            case 0xE1: return pop();                                                  // POP IX
            case 0xE3: {                                                              // EX (SP),IX
                int lo = read(sp);
                int sp1 = (sp + 1) & 0xFFFF;
                int hi = read(sp1);
                cycles += 1;
                write(sp1, xy >> 8);
                write(sp, xy & 0xFF);
                cycles += 2;
                wz = (hi << 8) | lo;
                return wz;
            }
            case 0xE5: cycles += 1; push(xy); return xy;                              // PUSH IX
            case 0xE9: pc = xy; return xy;                                            // JP (IX)
            case 0xF9: sp = xy; cycles += 2; return xy;                               // LD SP,IX
            default: execMain(op); return xy;                                         // as unprefixed
        }
    }

    /**
     * DDCB d op / FDCB d op: the displacement comes before the opcode, neither is an M1 fetch.
     * Besides (IX+d), the undocumented forms also copy the result into a register
     * ({@code LD B,RLC (IX+d)}).
     */
    private void indexCb(int xy) {
        int dsp = fetchDisplacement();
        int op = fetchByte();
        cycles += 2;
        int ad = (xy + dsp) & 0xFFFF;
        wz = ad;
        int v = read(ad);
        cycles += 1;
        if ((op & 0xC0) == 0x40) {
            bit((op >> 3) & 7, v, ad >> 8);                                           // BIT n,(IX+d)
            return;
        }
        int r = cbResult(op, v);
        write(ad, r);
        setReg8(op & 7, r);                                                           // no-op for 6
    }
}
