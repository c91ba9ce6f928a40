package retroshield.cpu;

/**
 * The CB table: rotates and shifts, BIT, RES and SET on registers and (HL). The register forms
 * are decoded directly (one case per opcode) in two methods, each small enough for the JIT to
 * inline all of its helpers; the (HL) forms share one path.
 */
abstract class Z80CbOps extends Z80MainOps {

    Z80CbOps(Bus bus) {
        super(bus);
    }

    @Override
    final void execCb(int op) {
        if ((op & 7) == 6) {
            cbMemory(op);
        } else if (op < 0x80) {
            cbRotateOrBit(op);
        } else {
            cbResOrSet(op);
        }
    }

    /** The result of CB opcode {@code op} (rotate/shift, RES or SET; not BIT) on v. */
    final int cbResult(int op, int v) {
        int n = (op >> 3) & 7;
        switch (op >> 6) {
            case 0: return rotate(n, v);
            case 2: return v & ~(1 << n);
            default: return v | (1 << n);
        }
    }

    /** op (HL): read, 1 internal T-state, write back (BIT only reads; X/Y from MEMPTR). */
    private void cbMemory(int op) {
        int ad = pairHL();
        int v = read(ad);
        cycles += 1;
        if ((op & 0xC0) == 0x40) {
            bit((op >> 3) & 7, v, wz >> 8);                                  // BIT n,(HL)
        } else {
            write(ad, cbResult(op, v));                                      // RLC..SRL, RES, SET (HL)
        }
    }

    /** CB 00-7F on registers: rotates, shifts and BIT. */
    private void cbRotateOrBit(int op) {
        switch (op) {
            case 0x00: b = rlc(b); break;                                     // RLC B
            case 0x01: c = rlc(c); break;                                     // RLC C
            case 0x02: d = rlc(d); break;                                     // RLC D
            case 0x03: e = rlc(e); break;                                     // RLC E
            case 0x04: h = rlc(h); break;                                     // RLC H
            case 0x05: l = rlc(l); break;                                     // RLC L
            case 0x07: a = rlc(a); break;                                     // RLC A
            case 0x08: b = rrc(b); break;                                     // RRC B
            case 0x09: c = rrc(c); break;                                     // RRC C
            case 0x0A: d = rrc(d); break;                                     // RRC D
            case 0x0B: e = rrc(e); break;                                     // RRC E
            case 0x0C: h = rrc(h); break;                                     // RRC H
            case 0x0D: l = rrc(l); break;                                     // RRC L
            case 0x0F: a = rrc(a); break;                                     // RRC A
            case 0x10: b = rl(b); break;                                      // RL B
            case 0x11: c = rl(c); break;                                      // RL C
            case 0x12: d = rl(d); break;                                      // RL D
            case 0x13: e = rl(e); break;                                      // RL E
            case 0x14: h = rl(h); break;                                      // RL H
            case 0x15: l = rl(l); break;                                      // RL L
            case 0x17: a = rl(a); break;                                      // RL A
            case 0x18: b = rr(b); break;                                      // RR B
            case 0x19: c = rr(c); break;                                      // RR C
            case 0x1A: d = rr(d); break;                                      // RR D
            case 0x1B: e = rr(e); break;                                      // RR E
            case 0x1C: h = rr(h); break;                                      // RR H
            case 0x1D: l = rr(l); break;                                      // RR L
            case 0x1F: a = rr(a); break;                                      // RR A
            case 0x20: b = sla(b); break;                                     // SLA B
            case 0x21: c = sla(c); break;                                     // SLA C
            case 0x22: d = sla(d); break;                                     // SLA D
            case 0x23: e = sla(e); break;                                     // SLA E
            case 0x24: h = sla(h); break;                                     // SLA H
            case 0x25: l = sla(l); break;                                     // SLA L
            case 0x27: a = sla(a); break;                                     // SLA A
            case 0x28: b = sra(b); break;                                     // SRA B
            case 0x29: c = sra(c); break;                                     // SRA C
            case 0x2A: d = sra(d); break;                                     // SRA D
            case 0x2B: e = sra(e); break;                                     // SRA E
            case 0x2C: h = sra(h); break;                                     // SRA H
            case 0x2D: l = sra(l); break;                                     // SRA L
            case 0x2F: a = sra(a); break;                                     // SRA A
            case 0x30: b = sll(b); break;                                     // SLL B
            case 0x31: c = sll(c); break;                                     // SLL C
            case 0x32: d = sll(d); break;                                     // SLL D
            case 0x33: e = sll(e); break;                                     // SLL E
            case 0x34: h = sll(h); break;                                     // SLL H
            case 0x35: l = sll(l); break;                                     // SLL L
            case 0x37: a = sll(a); break;                                     // SLL A
            case 0x38: b = srl(b); break;                                     // SRL B
            case 0x39: c = srl(c); break;                                     // SRL C
            case 0x3A: d = srl(d); break;                                     // SRL D
            case 0x3B: e = srl(e); break;                                     // SRL E
            case 0x3C: h = srl(h); break;                                     // SRL H
            case 0x3D: l = srl(l); break;                                     // SRL L
            case 0x3F: a = srl(a); break;                                     // SRL A
            case 0x40: bit(0, b, b); break;                                   // BIT 0,B
            case 0x41: bit(0, c, c); break;                                   // BIT 0,C
            case 0x42: bit(0, d, d); break;                                   // BIT 0,D
            case 0x43: bit(0, e, e); break;                                   // BIT 0,E
            case 0x44: bit(0, h, h); break;                                   // BIT 0,H
            case 0x45: bit(0, l, l); break;                                   // BIT 0,L
            case 0x47: bit(0, a, a); break;                                   // BIT 0,A
            case 0x48: bit(1, b, b); break;                                   // BIT 1,B
            case 0x49: bit(1, c, c); break;                                   // BIT 1,C
            case 0x4A: bit(1, d, d); break;                                   // BIT 1,D
            case 0x4B: bit(1, e, e); break;                                   // BIT 1,E
            case 0x4C: bit(1, h, h); break;                                   // BIT 1,H
            case 0x4D: bit(1, l, l); break;                                   // BIT 1,L
            case 0x4F: bit(1, a, a); break;                                   // BIT 1,A
            case 0x50: bit(2, b, b); break;                                   // BIT 2,B
            case 0x51: bit(2, c, c); break;                                   // BIT 2,C
            case 0x52: bit(2, d, d); break;                                   // BIT 2,D
            case 0x53: bit(2, e, e); break;                                   // BIT 2,E
            case 0x54: bit(2, h, h); break;                                   // BIT 2,H
            case 0x55: bit(2, l, l); break;                                   // BIT 2,L
            case 0x57: bit(2, a, a); break;                                   // BIT 2,A
            case 0x58: bit(3, b, b); break;                                   // BIT 3,B
            case 0x59: bit(3, c, c); break;                                   // BIT 3,C
            case 0x5A: bit(3, d, d); break;                                   // BIT 3,D
            case 0x5B: bit(3, e, e); break;                                   // BIT 3,E
            case 0x5C: bit(3, h, h); break;                                   // BIT 3,H
            case 0x5D: bit(3, l, l); break;                                   // BIT 3,L
            case 0x5F: bit(3, a, a); break;                                   // BIT 3,A
            case 0x60: bit(4, b, b); break;                                   // BIT 4,B
            case 0x61: bit(4, c, c); break;                                   // BIT 4,C
            case 0x62: bit(4, d, d); break;                                   // BIT 4,D
            case 0x63: bit(4, e, e); break;                                   // BIT 4,E
            case 0x64: bit(4, h, h); break;                                   // BIT 4,H
            case 0x65: bit(4, l, l); break;                                   // BIT 4,L
            case 0x67: bit(4, a, a); break;                                   // BIT 4,A
            case 0x68: bit(5, b, b); break;                                   // BIT 5,B
            case 0x69: bit(5, c, c); break;                                   // BIT 5,C
            case 0x6A: bit(5, d, d); break;                                   // BIT 5,D
            case 0x6B: bit(5, e, e); break;                                   // BIT 5,E
            case 0x6C: bit(5, h, h); break;                                   // BIT 5,H
            case 0x6D: bit(5, l, l); break;                                   // BIT 5,L
            case 0x6F: bit(5, a, a); break;                                   // BIT 5,A
            case 0x70: bit(6, b, b); break;                                   // BIT 6,B
            case 0x71: bit(6, c, c); break;                                   // BIT 6,C
            case 0x72: bit(6, d, d); break;                                   // BIT 6,D
            case 0x73: bit(6, e, e); break;                                   // BIT 6,E
            case 0x74: bit(6, h, h); break;                                   // BIT 6,H
            case 0x75: bit(6, l, l); break;                                   // BIT 6,L
            case 0x77: bit(6, a, a); break;                                   // BIT 6,A
            case 0x78: bit(7, b, b); break;                                   // BIT 7,B
            case 0x79: bit(7, c, c); break;                                   // BIT 7,C
            case 0x7A: bit(7, d, d); break;                                   // BIT 7,D
            case 0x7B: bit(7, e, e); break;                                   // BIT 7,E
            case 0x7C: bit(7, h, h); break;                                   // BIT 7,H
            case 0x7D: bit(7, l, l); break;                                   // BIT 7,L
            case 0x7F: bit(7, a, a); break;                                   // BIT 7,A
            default: break;
        }
    }

    /** CB 80-FF on registers: RES and SET. */
    private void cbResOrSet(int op) {
        switch (op) {
            case 0x80: b &= 0xFE; break;                                      // RES 0,B
            case 0x81: c &= 0xFE; break;                                      // RES 0,C
            case 0x82: d &= 0xFE; break;                                      // RES 0,D
            case 0x83: e &= 0xFE; break;                                      // RES 0,E
            case 0x84: h &= 0xFE; break;                                      // RES 0,H
            case 0x85: l &= 0xFE; break;                                      // RES 0,L
            case 0x87: a &= 0xFE; break;                                      // RES 0,A
            case 0x88: b &= 0xFD; break;                                      // RES 1,B
            case 0x89: c &= 0xFD; break;                                      // RES 1,C
            case 0x8A: d &= 0xFD; break;                                      // RES 1,D
            case 0x8B: e &= 0xFD; break;                                      // RES 1,E
            case 0x8C: h &= 0xFD; break;                                      // RES 1,H
            case 0x8D: l &= 0xFD; break;                                      // RES 1,L
            case 0x8F: a &= 0xFD; break;                                      // RES 1,A
            case 0x90: b &= 0xFB; break;                                      // RES 2,B
            case 0x91: c &= 0xFB; break;                                      // RES 2,C
            case 0x92: d &= 0xFB; break;                                      // RES 2,D
            case 0x93: e &= 0xFB; break;                                      // RES 2,E
            case 0x94: h &= 0xFB; break;                                      // RES 2,H
            case 0x95: l &= 0xFB; break;                                      // RES 2,L
            case 0x97: a &= 0xFB; break;                                      // RES 2,A
            case 0x98: b &= 0xF7; break;                                      // RES 3,B
            case 0x99: c &= 0xF7; break;                                      // RES 3,C
            case 0x9A: d &= 0xF7; break;                                      // RES 3,D
            case 0x9B: e &= 0xF7; break;                                      // RES 3,E
            case 0x9C: h &= 0xF7; break;                                      // RES 3,H
            case 0x9D: l &= 0xF7; break;                                      // RES 3,L
            case 0x9F: a &= 0xF7; break;                                      // RES 3,A
            case 0xA0: b &= 0xEF; break;                                      // RES 4,B
            case 0xA1: c &= 0xEF; break;                                      // RES 4,C
            case 0xA2: d &= 0xEF; break;                                      // RES 4,D
            case 0xA3: e &= 0xEF; break;                                      // RES 4,E
            case 0xA4: h &= 0xEF; break;                                      // RES 4,H
            case 0xA5: l &= 0xEF; break;                                      // RES 4,L
            case 0xA7: a &= 0xEF; break;                                      // RES 4,A
            case 0xA8: b &= 0xDF; break;                                      // RES 5,B
            case 0xA9: c &= 0xDF; break;                                      // RES 5,C
            case 0xAA: d &= 0xDF; break;                                      // RES 5,D
            case 0xAB: e &= 0xDF; break;                                      // RES 5,E
            case 0xAC: h &= 0xDF; break;                                      // RES 5,H
            case 0xAD: l &= 0xDF; break;                                      // RES 5,L
            case 0xAF: a &= 0xDF; break;                                      // RES 5,A
            case 0xB0: b &= 0xBF; break;                                      // RES 6,B
            case 0xB1: c &= 0xBF; break;                                      // RES 6,C
            case 0xB2: d &= 0xBF; break;                                      // RES 6,D
            case 0xB3: e &= 0xBF; break;                                      // RES 6,E
            case 0xB4: h &= 0xBF; break;                                      // RES 6,H
            case 0xB5: l &= 0xBF; break;                                      // RES 6,L
            case 0xB7: a &= 0xBF; break;                                      // RES 6,A
            case 0xB8: b &= 0x7F; break;                                      // RES 7,B
            case 0xB9: c &= 0x7F; break;                                      // RES 7,C
            case 0xBA: d &= 0x7F; break;                                      // RES 7,D
            case 0xBB: e &= 0x7F; break;                                      // RES 7,E
            case 0xBC: h &= 0x7F; break;                                      // RES 7,H
            case 0xBD: l &= 0x7F; break;                                      // RES 7,L
            case 0xBF: a &= 0x7F; break;                                      // RES 7,A
            case 0xC0: b |= 0x01; break;                                      // SET 0,B
            case 0xC1: c |= 0x01; break;                                      // SET 0,C
            case 0xC2: d |= 0x01; break;                                      // SET 0,D
            case 0xC3: e |= 0x01; break;                                      // SET 0,E
            case 0xC4: h |= 0x01; break;                                      // SET 0,H
            case 0xC5: l |= 0x01; break;                                      // SET 0,L
            case 0xC7: a |= 0x01; break;                                      // SET 0,A
            case 0xC8: b |= 0x02; break;                                      // SET 1,B
            case 0xC9: c |= 0x02; break;                                      // SET 1,C
            case 0xCA: d |= 0x02; break;                                      // SET 1,D
            case 0xCB: e |= 0x02; break;                                      // SET 1,E
            case 0xCC: h |= 0x02; break;                                      // SET 1,H
            case 0xCD: l |= 0x02; break;                                      // SET 1,L
            case 0xCF: a |= 0x02; break;                                      // SET 1,A
            case 0xD0: b |= 0x04; break;                                      // SET 2,B
            case 0xD1: c |= 0x04; break;                                      // SET 2,C
            case 0xD2: d |= 0x04; break;                                      // SET 2,D
            case 0xD3: e |= 0x04; break;                                      // SET 2,E
            case 0xD4: h |= 0x04; break;                                      // SET 2,H
            case 0xD5: l |= 0x04; break;                                      // SET 2,L
            case 0xD7: a |= 0x04; break;                                      // SET 2,A
            case 0xD8: b |= 0x08; break;                                      // SET 3,B
            case 0xD9: c |= 0x08; break;                                      // SET 3,C
            case 0xDA: d |= 0x08; break;                                      // SET 3,D
            case 0xDB: e |= 0x08; break;                                      // SET 3,E
            case 0xDC: h |= 0x08; break;                                      // SET 3,H
            case 0xDD: l |= 0x08; break;                                      // SET 3,L
            case 0xDF: a |= 0x08; break;                                      // SET 3,A
            case 0xE0: b |= 0x10; break;                                      // SET 4,B
            case 0xE1: c |= 0x10; break;                                      // SET 4,C
            case 0xE2: d |= 0x10; break;                                      // SET 4,D
            case 0xE3: e |= 0x10; break;                                      // SET 4,E
            case 0xE4: h |= 0x10; break;                                      // SET 4,H
            case 0xE5: l |= 0x10; break;                                      // SET 4,L
            case 0xE7: a |= 0x10; break;                                      // SET 4,A
            case 0xE8: b |= 0x20; break;                                      // SET 5,B
            case 0xE9: c |= 0x20; break;                                      // SET 5,C
            case 0xEA: d |= 0x20; break;                                      // SET 5,D
            case 0xEB: e |= 0x20; break;                                      // SET 5,E
            case 0xEC: h |= 0x20; break;                                      // SET 5,H
            case 0xED: l |= 0x20; break;                                      // SET 5,L
            case 0xEF: a |= 0x20; break;                                      // SET 5,A
            case 0xF0: b |= 0x40; break;                                      // SET 6,B
            case 0xF1: c |= 0x40; break;                                      // SET 6,C
            case 0xF2: d |= 0x40; break;                                      // SET 6,D
            case 0xF3: e |= 0x40; break;                                      // SET 6,E
            case 0xF4: h |= 0x40; break;                                      // SET 6,H
            case 0xF5: l |= 0x40; break;                                      // SET 6,L
            case 0xF7: a |= 0x40; break;                                      // SET 6,A
            case 0xF8: b |= 0x80; break;                                      // SET 7,B
            case 0xF9: c |= 0x80; break;                                      // SET 7,C
            case 0xFA: d |= 0x80; break;                                      // SET 7,D
            case 0xFB: e |= 0x80; break;                                      // SET 7,E
            case 0xFC: h |= 0x80; break;                                      // SET 7,H
            case 0xFD: l |= 0x80; break;                                      // SET 7,L
            case 0xFF: a |= 0x80; break;                                      // SET 7,A
            default: break;
        }
    }
}
