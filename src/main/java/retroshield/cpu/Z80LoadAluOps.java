package retroshield.cpu;

/**
 * Opcodes 40-BF: the register-to-register loads and the 8-bit ALU group. They are kept in
 * their own methods so that the JIT inlines every helper of each group.
 */
abstract class Z80LoadAluOps extends Z80Alu {

    Z80LoadAluOps(Bus bus) {
        super(bus);
    }

    /** Opcodes 40-7F: LD r,r', LD r,(HL), LD (HL),r and HALT. */
    final void execLoad(int op) {
        switch (op) {
            case 0x40: break;                                                     // LD B,B
            case 0x41: b = c; break;                                              // LD B,C
            case 0x42: b = d; break;                                              // LD B,D
            case 0x43: b = e; break;                                              // LD B,E
            case 0x44: b = h; break;                                              // LD B,H
            case 0x45: b = l; break;                                              // LD B,L
            case 0x46: b = read(pairHL()); break;                                 // LD B,(HL)
            case 0x47: b = a; break;                                              // LD B,A
            case 0x48: c = b; break;                                              // LD C,B
            case 0x49: break;                                                     // LD C,C
            case 0x4A: c = d; break;                                              // LD C,D
            case 0x4B: c = e; break;                                              // LD C,E
            case 0x4C: c = h; break;                                              // LD C,H
            case 0x4D: c = l; break;                                              // LD C,L
            case 0x4E: c = read(pairHL()); break;                                 // LD C,(HL)
            case 0x4F: c = a; break;                                              // LD C,A
            case 0x50: d = b; break;                                              // LD D,B
            case 0x51: d = c; break;                                              // LD D,C
            case 0x52: break;                                                     // LD D,D
            case 0x53: d = e; break;                                              // LD D,E
            case 0x54: d = h; break;                                              // LD D,H
            case 0x55: d = l; break;                                              // LD D,L
            case 0x56: d = read(pairHL()); break;                                 // LD D,(HL)
            case 0x57: d = a; break;                                              // LD D,A
            case 0x58: e = b; break;                                              // LD E,B
            case 0x59: e = c; break;                                              // LD E,C
            case 0x5A: e = d; break;                                              // LD E,D
            case 0x5B: break;                                                     // LD E,E
            case 0x5C: e = h; break;                                              // LD E,H
            case 0x5D: e = l; break;                                              // LD E,L
            case 0x5E: e = read(pairHL()); break;                                 // LD E,(HL)
            case 0x5F: e = a; break;                                              // LD E,A
            case 0x60: h = b; break;                                              // LD H,B
            case 0x61: h = c; break;                                              // LD H,C
            case 0x62: h = d; break;                                              // LD H,D
            case 0x63: h = e; break;                                              // LD H,E
            case 0x64: break;                                                     // LD H,H
            case 0x65: h = l; break;                                              // LD H,L
            case 0x66: h = read(pairHL()); break;                                 // LD H,(HL)
            case 0x67: h = a; break;                                              // LD H,A
            case 0x68: l = b; break;                                              // LD L,B
            case 0x69: l = c; break;                                              // LD L,C
            case 0x6A: l = d; break;                                              // LD L,D
            case 0x6B: l = e; break;                                              // LD L,E
            case 0x6C: l = h; break;                                              // LD L,H
            case 0x6D: break;                                                     // LD L,L
            case 0x6E: l = read(pairHL()); break;                                 // LD L,(HL)
            case 0x6F: l = a; break;                                              // LD L,A
            case 0x70: write(pairHL(), b); break;                                 // LD (HL),B
            case 0x71: write(pairHL(), c); break;                                 // LD (HL),C
            case 0x72: write(pairHL(), d); break;                                 // LD (HL),D
            case 0x73: write(pairHL(), e); break;                                 // LD (HL),E
            case 0x74: write(pairHL(), h); break;                                 // LD (HL),H
            case 0x75: write(pairHL(), l); break;                                 // LD (HL),L
            case 0x76: halted = true; attention = true; break;                    // HALT
            case 0x77: write(pairHL(), a); break;                                 // LD (HL),A
            case 0x78: a = b; break;                                              // LD A,B
            case 0x79: a = c; break;                                              // LD A,C
            case 0x7A: a = d; break;                                              // LD A,D
            case 0x7B: a = e; break;                                              // LD A,E
            case 0x7C: a = h; break;                                              // LD A,H
            case 0x7D: a = l; break;                                              // LD A,L
            case 0x7E: a = read(pairHL()); break;                                 // LD A,(HL)
            case 0x7F: break;                                                     // LD A,A
            default: break;
        }
    }

    /** Opcodes 80-BF: 8-bit arithmetic and logic on A. */
    final void execAlu(int op) {
        switch (op) {
            case 0x80: add8(b); break;                                            // ADD A,B
            case 0x81: add8(c); break;                                            // ADD A,C
            case 0x82: add8(d); break;                                            // ADD A,D
            case 0x83: add8(e); break;                                            // ADD A,E
            case 0x84: add8(h); break;                                            // ADD A,H
            case 0x85: add8(l); break;                                            // ADD A,L
            case 0x86: add8(read(pairHL())); break;                               // ADD A,(HL)
            case 0x87: add8(a); break;                                            // ADD A,A
            case 0x88: adc8(b); break;                                            // ADC A,B
            case 0x89: adc8(c); break;                                            // ADC A,C
            case 0x8A: adc8(d); break;                                            // ADC A,D
            case 0x8B: adc8(e); break;                                            // ADC A,E
            case 0x8C: adc8(h); break;                                            // ADC A,H
            case 0x8D: adc8(l); break;                                            // ADC A,L
            case 0x8E: adc8(read(pairHL())); break;                               // ADC A,(HL)
            case 0x8F: adc8(a); break;                                            // ADC A,A
            case 0x90: sub8(b); break;                                            // SUB B
            case 0x91: sub8(c); break;                                            // SUB C
            case 0x92: sub8(d); break;                                            // SUB D
            case 0x93: sub8(e); break;                                            // SUB E
            case 0x94: sub8(h); break;                                            // SUB H
            case 0x95: sub8(l); break;                                            // SUB L
            case 0x96: sub8(read(pairHL())); break;                               // SUB (HL)
            case 0x97: sub8(a); break;                                            // SUB A
            case 0x98: sbc8(b); break;                                            // SBC A,B
            case 0x99: sbc8(c); break;                                            // SBC A,C
            case 0x9A: sbc8(d); break;                                            // SBC A,D
            case 0x9B: sbc8(e); break;                                            // SBC A,E
            case 0x9C: sbc8(h); break;                                            // SBC A,H
            case 0x9D: sbc8(l); break;                                            // SBC A,L
            case 0x9E: sbc8(read(pairHL())); break;                               // SBC A,(HL)
            case 0x9F: sbc8(a); break;                                            // SBC A,A
            case 0xA0: and8(b); break;                                            // AND B
            case 0xA1: and8(c); break;                                            // AND C
            case 0xA2: and8(d); break;                                            // AND D
            case 0xA3: and8(e); break;                                            // AND E
            case 0xA4: and8(h); break;                                            // AND H
            case 0xA5: and8(l); break;                                            // AND L
            case 0xA6: and8(read(pairHL())); break;                               // AND (HL)
            case 0xA7: and8(a); break;                                            // AND A
            case 0xA8: xor8(b); break;                                            // XOR B
            case 0xA9: xor8(c); break;                                            // XOR C
            case 0xAA: xor8(d); break;                                            // XOR D
            case 0xAB: xor8(e); break;                                            // XOR E
            case 0xAC: xor8(h); break;                                            // XOR H
            case 0xAD: xor8(l); break;                                            // XOR L
            case 0xAE: xor8(read(pairHL())); break;                               // XOR (HL)
            case 0xAF: xor8(a); break;                                            // XOR A
            case 0xB0: or8(b); break;                                             // OR B
            case 0xB1: or8(c); break;                                             // OR C
            case 0xB2: or8(d); break;                                             // OR D
            case 0xB3: or8(e); break;                                             // OR E
            case 0xB4: or8(h); break;                                             // OR H
            case 0xB5: or8(l); break;                                             // OR L
            case 0xB6: or8(read(pairHL())); break;                                // OR (HL)
            case 0xB7: or8(a); break;                                             // OR A
            case 0xB8: cp8(b); break;                                             // CP B
            case 0xB9: cp8(c); break;                                             // CP C
            case 0xBA: cp8(d); break;                                             // CP D
            case 0xBB: cp8(e); break;                                             // CP E
            case 0xBC: cp8(h); break;                                             // CP H
            case 0xBD: cp8(l); break;                                             // CP L
            case 0xBE: cp8(read(pairHL())); break;                                // CP (HL)
            case 0xBF: cp8(a); break;                                             // CP A
            default: break;
        }
    }
}
