package retroshield.cpu;

/**
 * Opcodes 40-BF: the register-to-register loads and the 8-bit ALU group, one method per opcode
 * ({@code opNN}), run through {@link MainOpcodes#TABLE} (see {@link Z80MainOps} for why).
 */
abstract class Z80LoadAluOps extends Z80Alu {

    Z80LoadAluOps(Bus bus) {
        super(bus);
    }

    final void op40() { }                                                              // LD B,B
    final void op41() { b = c; }                                                       // LD B,C
    final void op42() { b = d; }                                                       // LD B,D
    final void op43() { b = e; }                                                       // LD B,E
    final void op44() { b = h; }                                                       // LD B,H
    final void op45() { b = l; }                                                       // LD B,L
    final void op46() { b = read(pairHL()); }                                          // LD B,(HL)
    final void op47() { b = a; }                                                       // LD B,A
    final void op48() { c = b; }                                                       // LD C,B
    final void op49() { }                                                              // LD C,C
    final void op4A() { c = d; }                                                       // LD C,D
    final void op4B() { c = e; }                                                       // LD C,E
    final void op4C() { c = h; }                                                       // LD C,H
    final void op4D() { c = l; }                                                       // LD C,L
    final void op4E() { c = read(pairHL()); }                                          // LD C,(HL)
    final void op4F() { c = a; }                                                       // LD C,A
    final void op50() { d = b; }                                                       // LD D,B
    final void op51() { d = c; }                                                       // LD D,C
    final void op52() { }                                                              // LD D,D
    final void op53() { d = e; }                                                       // LD D,E
    final void op54() { d = h; }                                                       // LD D,H
    final void op55() { d = l; }                                                       // LD D,L
    final void op56() { d = read(pairHL()); }                                          // LD D,(HL)
    final void op57() { d = a; }                                                       // LD D,A
    final void op58() { e = b; }                                                       // LD E,B
    final void op59() { e = c; }                                                       // LD E,C
    final void op5A() { e = d; }                                                       // LD E,D
    final void op5B() { }                                                              // LD E,E
    final void op5C() { e = h; }                                                       // LD E,H
    final void op5D() { e = l; }                                                       // LD E,L
    final void op5E() { e = read(pairHL()); }                                          // LD E,(HL)
    final void op5F() { e = a; }                                                       // LD E,A
    final void op60() { h = b; }                                                       // LD H,B
    final void op61() { h = c; }                                                       // LD H,C
    final void op62() { h = d; }                                                       // LD H,D
    final void op63() { h = e; }                                                       // LD H,E
    final void op64() { }                                                              // LD H,H
    final void op65() { h = l; }                                                       // LD H,L
    final void op66() { h = read(pairHL()); }                                          // LD H,(HL)
    final void op67() { h = a; }                                                       // LD H,A
    final void op68() { l = b; }                                                       // LD L,B
    final void op69() { l = c; }                                                       // LD L,C
    final void op6A() { l = d; }                                                       // LD L,D
    final void op6B() { l = e; }                                                       // LD L,E
    final void op6C() { l = h; }                                                       // LD L,H
    final void op6D() { }                                                              // LD L,L
    final void op6E() { l = read(pairHL()); }                                          // LD L,(HL)
    final void op6F() { l = a; }                                                       // LD L,A
    final void op70() { write(pairHL(), b); }                                          // LD (HL),B
    final void op71() { write(pairHL(), c); }                                          // LD (HL),C
    final void op72() { write(pairHL(), d); }                                          // LD (HL),D
    final void op73() { write(pairHL(), e); }                                          // LD (HL),E
    final void op74() { write(pairHL(), h); }                                          // LD (HL),H
    final void op75() { write(pairHL(), l); }                                          // LD (HL),L
    final void op76() { halted = true; attention = true; }                             // HALT
    final void op77() { write(pairHL(), a); }                                          // LD (HL),A
    final void op78() { a = b; }                                                       // LD A,B
    final void op79() { a = c; }                                                       // LD A,C
    final void op7A() { a = d; }                                                       // LD A,D
    final void op7B() { a = e; }                                                       // LD A,E
    final void op7C() { a = h; }                                                       // LD A,H
    final void op7D() { a = l; }                                                       // LD A,L
    final void op7E() { a = read(pairHL()); }                                          // LD A,(HL)
    final void op7F() { }                                                              // LD A,A

    final void op80() { add8(b); }                                                     // ADD A,B
    final void op81() { add8(c); }                                                     // ADD A,C
    final void op82() { add8(d); }                                                     // ADD A,D
    final void op83() { add8(e); }                                                     // ADD A,E
    final void op84() { add8(h); }                                                     // ADD A,H
    final void op85() { add8(l); }                                                     // ADD A,L
    final void op86() { add8(read(pairHL())); }                                        // ADD A,(HL)
    final void op87() { add8(a); }                                                     // ADD A,A
    final void op88() { adc8(b); }                                                     // ADC A,B
    final void op89() { adc8(c); }                                                     // ADC A,C
    final void op8A() { adc8(d); }                                                     // ADC A,D
    final void op8B() { adc8(e); }                                                     // ADC A,E
    final void op8C() { adc8(h); }                                                     // ADC A,H
    final void op8D() { adc8(l); }                                                     // ADC A,L
    final void op8E() { adc8(read(pairHL())); }                                        // ADC A,(HL)
    final void op8F() { adc8(a); }                                                     // ADC A,A
    final void op90() { sub8(b); }                                                     // SUB B
    final void op91() { sub8(c); }                                                     // SUB C
    final void op92() { sub8(d); }                                                     // SUB D
    final void op93() { sub8(e); }                                                     // SUB E
    final void op94() { sub8(h); }                                                     // SUB H
    final void op95() { sub8(l); }                                                     // SUB L
    final void op96() { sub8(read(pairHL())); }                                        // SUB (HL)
    final void op97() { sub8(a); }                                                     // SUB A
    final void op98() { sbc8(b); }                                                     // SBC A,B
    final void op99() { sbc8(c); }                                                     // SBC A,C
    final void op9A() { sbc8(d); }                                                     // SBC A,D
    final void op9B() { sbc8(e); }                                                     // SBC A,E
    final void op9C() { sbc8(h); }                                                     // SBC A,H
    final void op9D() { sbc8(l); }                                                     // SBC A,L
    final void op9E() { sbc8(read(pairHL())); }                                        // SBC A,(HL)
    final void op9F() { sbc8(a); }                                                     // SBC A,A
    final void opA0() { and8(b); }                                                     // AND B
    final void opA1() { and8(c); }                                                     // AND C
    final void opA2() { and8(d); }                                                     // AND D
    final void opA3() { and8(e); }                                                     // AND E
    final void opA4() { and8(h); }                                                     // AND H
    final void opA5() { and8(l); }                                                     // AND L
    final void opA6() { and8(read(pairHL())); }                                        // AND (HL)
    final void opA7() { and8(a); }                                                     // AND A
    final void opA8() { xor8(b); }                                                     // XOR B
    final void opA9() { xor8(c); }                                                     // XOR C
    final void opAA() { xor8(d); }                                                     // XOR D
    final void opAB() { xor8(e); }                                                     // XOR E
    final void opAC() { xor8(h); }                                                     // XOR H
    final void opAD() { xor8(l); }                                                     // XOR L
    final void opAE() { xor8(read(pairHL())); }                                        // XOR (HL)
    final void opAF() { xor8(a); }                                                     // XOR A
    final void opB0() { or8(b); }                                                      // OR B
    final void opB1() { or8(c); }                                                      // OR C
    final void opB2() { or8(d); }                                                      // OR D
    final void opB3() { or8(e); }                                                      // OR E
    final void opB4() { or8(h); }                                                      // OR H
    final void opB5() { or8(l); }                                                      // OR L
    final void opB6() { or8(read(pairHL())); }                                         // OR (HL)
    final void opB7() { or8(a); }                                                      // OR A
    final void opB8() { cp8(b); }                                                      // CP B
    final void opB9() { cp8(c); }                                                      // CP C
    final void opBA() { cp8(d); }                                                      // CP D
    final void opBB() { cp8(e); }                                                      // CP E
    final void opBC() { cp8(h); }                                                      // CP H
    final void opBD() { cp8(l); }                                                      // CP L
    final void opBE() { cp8(read(pairHL())); }                                         // CP (HL)
    final void opBF() { cp8(a); }                                                      // CP A
}
