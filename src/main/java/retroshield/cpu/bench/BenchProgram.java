package retroshield.cpu.bench;

/**
 * The fixed Z80 workload of the {@code bench} command, hand-assembled here. An endless outer
 * loop runs an inner loop of 32 passes mixing 8- and 16-bit arithmetic, logic, rotates, BIT/SET,
 * IX/IY indexed loads, stores and read-modify-writes, a CALL/RET with PUSH/POP, conditional
 * relative and absolute jumps and DJNZ; then it copies 64 bytes with LDIR and bumps a 16-bit
 * counter in memory. It never halts, never does I/O and runs from address 0.
 */
final class BenchProgram {

    /** Address of the 16-bit count of completed outer loops. */
    static final int COUNTER = 0x005E;

    private static final int[] CODE = {
        0x31, 0x00, 0xF0,                       // 0000 start: LD SP,0F000h
        0xDD, 0x21, 0x00, 0x80,                 // 0003 LD IX,8000h
        0xFD, 0x21, 0x00, 0x90,                 // 0007 LD IY,9000h
        0x06, 0x20,                             // 000B outer: LD B,32
        0x21, 0x34, 0x12,                       // 000D LD HL,1234h
        0x11, 0x00, 0x00,                       // 0010 LD DE,0
        0x78,                                   // 0013 inner: LD A,B
        0x85,                                   // 0014 ADD A,L
        0xAC,                                   // 0015 XOR H
        0x4F,                                   // 0016 LD C,A
        0x19,                                   // 0017 ADD HL,DE
        0x13,                                   // 0018 INC DE
        0xED, 0x42,                             // 0019 SBC HL,BC
        0xE6, 0x7F,                             // 001B AND 7Fh
        0xB1,                                   // 001D OR C
        0x07,                                   // 001E RLCA
        0xDD, 0x77, 0x05,                       // 001F LD (IX+5),A
        0xFD, 0x86, 0x03,                       // 0022 ADD A,(IY+3)
        0xFD, 0x77, 0x03,                       // 0025 LD (IY+3),A
        0xDD, 0x34, 0x07,                       // 0028 INC (IX+7)
        0xCB, 0x5F,                             // 002B BIT 3,A
        0x28, 0x02,                             // 002D JR Z,skip
        0xCB, 0xC9,                             // 002F SET 1,C
        0xCB, 0x39,                             // 0031 skip: SRL C
        0xCB, 0x13,                             // 0033 RL E
        0xCD, 0x55, 0x00,                       // 0035 CALL sub
        0xFE, 0x40,                             // 0038 CP 40h
        0xD2, 0x3E, 0x00,                       // 003A JP NC,noadd
        0x24,                                   // 003D INC H
        0x10, 0xD3,                             // 003E noadd: DJNZ inner
        0x21, 0x00, 0x80,                       // 0040 LD HL,8000h
        0x11, 0x00, 0xA0,                       // 0043 LD DE,0A000h
        0x01, 0x40, 0x00,                       // 0046 LD BC,64
        0xED, 0xB0,                             // 0049 LDIR
        0x2A, 0x5E, 0x00,                       // 004B LD HL,(counter)
        0x23,                                   // 004E INC HL
        0x22, 0x5E, 0x00,                       // 004F LD (counter),HL
        0xC3, 0x0B, 0x00,                       // 0052 JP outer
        0xC5,                                   // 0055 sub: PUSH BC
        0x47,                                   // 0056 LD B,A
        0x91,                                   // 0057 SUB C
        0x88,                                   // 0058 ADC A,B
        0x05,                                   // 0059 DEC B
        0xED, 0x44,                             // 005A NEG
        0xC1,                                   // 005C POP BC
        0xC9,                                   // 005D RET
        0x00, 0x00,                             // 005E counter: DW 0
    };

    private BenchProgram() {
    }

    /** Copies the program to address 0 of {@code memory}. */
    static void loadInto(byte[] memory) {
        for (int k = 0; k < CODE.length; k++) {
            memory[k] = (byte) CODE[k];
        }
    }
}
