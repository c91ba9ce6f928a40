package retroshield.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-written encodings with their expected text and length, covering every group and the
 * undocumented forms. Each instruction is placed at $0100 (so relative targets are checked)
 * and followed by filler bytes $77 the decoder must not take.
 */
class DisassemblerTableTest {

    private static final int ORIGIN = 0x0100;

    private final Disassembler disassembler = new Disassembler();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            00          | NOP                | 1
            01 34 12    | LD BC,$1234        | 3
            02          | LD (BC),A          | 1
            08          | EX AF,AF'          | 1
            09          | ADD HL,BC          | 1
            10 FE       | DJNZ $0100         | 2
            18 03       | JR $0105           | 2
            20 80       | JR NZ,$0082        | 2
            38 7F       | JR C,$0181         | 2
            22 CD AB    | LD ($ABCD),HL      | 3
            2A 00 80    | LD HL,($8000)      | 3
            32 FF FF    | LD ($FFFF),A       | 3
            3A 34 12    | LD A,($1234)       | 3
            1A          | LD A,(DE)          | 1
            33          | INC SP             | 1
            3B          | DEC SP             | 1
            34          | INC (HL)           | 1
            3D          | DEC A              | 1
            36 AA       | LD (HL),$AA        | 2
            07          | RLCA               | 1
            1F          | RRA                | 1
            27          | DAA                | 1
            2F          | CPL                | 1
            37          | SCF                | 1
            3F          | CCF                | 1
            40          | LD B,B             | 1
            66          | LD H,(HL)          | 1
            75          | LD (HL),L          | 1
            76          | HALT               | 1
            7F          | LD A,A             | 1
            80          | ADD A,B            | 1
            8E          | ADC A,(HL)         | 1
            94          | SUB H              | 1
            9F          | SBC A,A            | 1
            A1          | AND C              | 1
            AA          | XOR D              | 1
            B3          | OR E               | 1
            BE          | CP (HL)            | 1
            C0          | RET NZ             | 1
            C1          | POP BC             | 1
            F1          | POP AF             | 1
            C3 00 01    | JP $0100           | 3
            E2 34 12    | JP PO,$1234        | 3
            FA 34 12    | JP M,$1234         | 3
            CD 05 00    | CALL $0005         | 3
            EC 34 12    | CALL PE,$1234      | 3
            F5          | PUSH AF            | 1
            C6 01       | ADD A,$01          | 2
            DE 10       | SBC A,$10          | 2
            FE 0D       | CP $0D             | 2
            C7          | RST $00            | 1
            FF          | RST $38            | 1
            C9          | RET                | 1
            D9          | EXX                | 1
            E9          | JP (HL)            | 1
            F9          | LD SP,HL           | 1
            D3 80       | OUT ($80),A        | 2
            DB 81       | IN A,($81)         | 2
            E3          | EX (SP),HL         | 1
            EB          | EX DE,HL           | 1
            F3          | DI                 | 1
            FB          | EI                 | 1
            CB 00       | RLC B              | 2
            CB 0E       | RRC (HL)           | 2
            CB 17       | RL A               | 2
            CB 2A       | SRA D              | 2
            CB 30       | SLL B              | 2
            CB 3F       | SRL A              | 2
            CB 46       | BIT 0,(HL)         | 2
            CB 7F       | BIT 7,A            | 2
            CB 99       | RES 3,C            | 2
            CB FE       | SET 7,(HL)         | 2
            ED 40       | IN B,(C)           | 2
            ED 70       | IN F,(C)           | 2
            ED 79       | OUT (C),A          | 2
            ED 71       | OUT (C),0          | 2
            ED 42       | SBC HL,BC          | 2
            ED 7A       | ADC HL,SP          | 2
            ED 43 34 12 | LD ($1234),BC      | 4
            ED 7B 00 F0 | LD SP,($F000)      | 4
            ED 63 34 12 | LD ($1234),HL      | 4
            ED 6B 34 12 | LD HL,($1234)      | 4
            ED 44       | NEG                | 2
            ED 7C       | NEG                | 2
            ED 45       | RETN               | 2
            ED 4D       | RETI               | 2
            ED 5D       | RETN               | 2
            ED 46       | IM 0               | 2
            ED 4E       | IM 0               | 2
            ED 56       | IM 1               | 2
            ED 5E       | IM 2               | 2
            ED 7E       | IM 2               | 2
            ED 47       | LD I,A             | 2
            ED 4F       | LD R,A             | 2
            ED 57       | LD A,I             | 2
            ED 5F       | LD A,R             | 2
            ED 67       | RRD                | 2
            ED 6F       | RLD                | 2
            ED 77       | DB $ED,$77         | 2
            ED 00       | DB $ED,$00         | 2
            ED FF       | DB $ED,$FF         | 2
            ED A0       | LDI                | 2
            ED A9       | CPD                | 2
            ED B2       | INIR               | 2
            ED BB       | OTDR               | 2
            ED A4       | DB $ED,$A4         | 2
            DD 21 34 12 | LD IX,$1234        | 4
            FD 09       | ADD IY,BC          | 2
            DD 29       | ADD IX,IX          | 2
            DD 22 34 12 | LD ($1234),IX      | 4
            FD 2A 34 12 | LD IY,($1234)      | 4
            DD 23       | INC IX             | 2
            DD 24       | INC IXH            | 2
            FD 2D       | DEC IYL            | 2
            DD 26 12    | LD IXH,$12         | 3
            DD 34 05    | INC (IX+$05)       | 3
            FD 35 FE    | DEC (IY-$02)       | 3
            DD 36 80 12 | LD (IX-$80),$12    | 4
            FD 7E FE    | LD A,(IY-$02)      | 3
            DD 66 7F    | LD H,(IX+$7F)      | 3
            DD 75 00    | LD (IX+$00),L      | 3
            DD 44       | LD B,IXH           | 2
            FD 6F       | LD IYL,A           | 2
            DD 65       | LD IXH,IXL         | 2
            DD 84       | ADD A,IXH          | 2
            FD BE 01    | CP (IY+$01)        | 3
            DD E1       | POP IX             | 2
            FD E5       | PUSH IY            | 2
            DD E3       | EX (SP),IX         | 2
            DD E9       | JP (IX)            | 2
            FD F9       | LD SP,IY           | 2
            DD CB 05 06 | RLC (IX+$05)       | 4
            DD CB 05 00 | LD B,RLC (IX+$05)  | 4
            FD CB FE 3F | LD A,SRL (IY-$02)  | 4
            DD CB 01 36 | SLL (IX+$01)       | 4
            DD CB 05 46 | BIT 0,(IX+$05)     | 4
            DD CB 05 40 | BIT 0,(IX+$05)     | 4
            FD CB 02 7B | BIT 7,(IY+$02)     | 4
            DD CB 05 86 | RES 0,(IX+$05)     | 4
            DD CB 05 8F | LD A,RES 1,(IX+$05)| 4
            FD CB 00 FE | SET 7,(IY+$00)     | 4
            FD CB 00 C4 | LD H,SET 0,(IY+$00)| 4
            DD 00       | DB $DD             | 1
            FD 47       | DB $FD             | 1
            DD DD 21    | DB $DD             | 1
            DD FD 21    | DB $DD             | 1
            DD ED 46    | DB $DD             | 1
            DD 76       | DB $DD             | 1
            DD EB       | DB $DD             | 1
            FD D9       | DB $FD             | 1
            """)
    void decodes(String hex, String text, int length) {
        byte[] code = HexFormat.ofDelimiter(" ").parseHex(hex.trim());
        Disassembly d = disassembler.disassemble(a -> {
            int offset = a - ORIGIN;
            return offset >= 0 && offset < code.length ? code[offset] & 0xFF : 0x77;
        }, ORIGIN);
        assertEquals(new Disassembly(ORIGIN, length, text.trim()), d);
    }

    @ParameterizedTest(name = "wraps at {0}")
    @CsvSource({"65535", "65534"})
    void addressesWrapAtTheTopOfMemory(int start) {
        byte[] memory = new byte[0x10000];
        memory[0xFFFE] = (byte) 0x21;   // LD HL,nn spanning $FFFE..$0000 or $FFFF..$0001
        memory[0xFFFF] = (byte) 0x21;
        memory[0x0000] = (byte) 0x34;
        memory[0x0001] = (byte) 0x12;
        Disassembly d = disassembler.disassemble(a -> memory[a] & 0xFF, start);
        assertEquals(3, d.length());
        assertEquals(start == 0xFFFF ? "LD HL,$1234" : "LD HL,$3421", d.text());
    }

    @ParameterizedTest(name = "relative target wraps from {0}")
    @CsvSource({"65534, 24, 127, $007F", "0, 16, 128, $FF82"})
    void relativeJumpTargetsWrap(int start, int opcode, int displacement, String target) {
        byte[] memory = new byte[0x10000];
        memory[start] = (byte) opcode;
        memory[(start + 1) & 0xFFFF] = (byte) displacement;
        Disassembly d = disassembler.disassemble(a -> memory[a] & 0xFF, start);
        assertEquals((opcode == 0x10 ? "DJNZ " : "JR ") + target, d.text());
    }
}
