package retroshield.cpm;

import java.util.HexFormat;

/** Hand-assembled .COM programs for the harness tests (hex with comments, loaded at $0100). */
final class ComPrograms {

    private ComPrograms() {
    }

    /** Hex bytes, one instruction per line; anything after ';' on a line is a comment. */
    static byte[] assemble(String listing) {
        StringBuilder hex = new StringBuilder();
        for (String line : listing.split("\n")) {
            int comment = line.indexOf(';');
            hex.append(comment >= 0 ? line.substring(0, comment) : line).append(' ');
        }
        return HexFormat.of().parseHex(hex.toString().replaceAll("\\s+", ""));
    }

    /** Prints "Hi" with function 9 and "!" with function 2, then JP 0. 99 T-states. */
    static final String HELLO = """
            0E 09      ; 0100 LD C,9            7
            11 12 01   ; 0102 LD DE,$0112      10
            CD 05 00   ; 0105 CALL $0005       17 + RET at $0005 10
            0E 02      ; 0108 LD C,2            7
            1E 21      ; 010A LD E,'!'          7
            CD 05 00   ; 010C CALL $0005       17 + 10
            C3 00 00   ; 010F JP $0000         10 + HALT at $0000 4
            48 69 24   ; 0112 "Hi$"
            """;
    static final long HELLO_T_STATES = 7 + 10 + 27 + 7 + 7 + 27 + 10 + 4;

    /** Prints "ok" with function 9, then RET to the $0000 CP/M left on the stack. */
    static final String RETURN_TO_CCP = """
            0E 09      ; 0100 LD C,9            7
            11 09 01   ; 0102 LD DE,$0109      10
            CD 05 00   ; 0105 CALL $0005       17 + 10
            C9         ; 0108 RET              10 + HALT at $0000 4
            6F 6B 24   ; 0109 "ok$"
            """;
    static final long RETURN_T_STATES = 7 + 10 + 27 + 10 + 4;

    /**
     * Reads a line into the buffer at $0200 (max 16) with function 10, then prints what was
     * read with function 9 between brackets.
     */
    static final String READ_LINE = """
            3E 10      ; 0100 LD A,16
            32 00 02   ; 0102 LD ($0200),A      buffer max length
            0E 0A      ; 0105 LD C,10
            11 00 02   ; 0107 LD DE,$0200
            CD 05 00   ; 010A CALL $0005
            21 01 02   ; 010D LD HL,$0201
            5E         ; 0110 LD E,(HL)          count
            16 00      ; 0111 LD D,0
            19         ; 0113 ADD HL,DE
            23         ; 0114 INC HL
            36 5D      ; 0115 LD (HL),']'
            23         ; 0117 INC HL
            36 24      ; 0118 LD (HL),'$'
            3E 5B      ; 011A LD A,'['
            32 01 02   ; 011C LD ($0201),A       the count byte becomes '['
            0E 09      ; 011F LD C,9
            11 01 02   ; 0121 LD DE,$0201
            CD 05 00   ; 0124 CALL $0005
            C9         ; 0127 RET
            """;

    /**
     * Status and direct console I/O; results stored at $0300..$0307:
     * status, direct input, direct input again, status, console input, version HL, version A.
     * Also writes 'A' with function 6.
     */
    static final String DIRECT_IO = """
            0E 0B      ; LD C,11 (console status)
            CD 05 00   ; CALL 5
            32 00 03   ; LD ($0300),A
            0E 06      ; LD C,6
            1E FF      ; LD E,$FF (input)
            CD 05 00   ; CALL 5
            32 01 03   ; LD ($0301),A
            0E 06      ; LD C,6
            1E FF      ; LD E,$FF
            CD 05 00   ; CALL 5
            32 02 03   ; LD ($0302),A
            0E 0B      ; LD C,11
            CD 05 00   ; CALL 5
            32 03 03   ; LD ($0303),A
            0E 06      ; LD C,6
            1E 41      ; LD E,'A' (output)
            CD 05 00   ; CALL 5
            0E 01      ; LD C,1 (console input at end of input)
            CD 05 00   ; CALL 5
            32 04 03   ; LD ($0304),A
            0E 0C      ; LD C,12 (version)
            CD 05 00   ; CALL 5
            22 05 03   ; LD ($0305),HL
            32 07 03   ; LD ($0307),A
            C9         ; RET
            """;

    /** Calls BIOS CONOUT through the jump table found at ($0001), with C = 'Z'. */
    static final String BIOS_CONOUT = """
            2A 01 00   ; 0100 LD HL,($0001)    BIOS+3 (WBOOT)
            11 09 00   ; 0103 LD DE,9
            19         ; 0106 ADD HL,DE         BIOS+12 (CONOUT)
            0E 5A      ; 0107 LD C,'Z'
            11 10 01   ; 0109 LD DE,$0110
            D5         ; 010C PUSH DE
            E9         ; 010D JP (HL)
            00 00      ; 010E
            C9         ; 0110 RET
            """;

    /** Reads one byte with function 1 and prints it twice with function 2, then BDOS 0. */
    static final String ECHO_TWICE = """
            0E 01      ; LD C,1
            CD 05 00   ; CALL 5
            5F         ; LD E,A
            D5         ; PUSH DE
            0E 02      ; LD C,2
            CD 05 00   ; CALL 5
            D1         ; POP DE
            0E 02      ; LD C,2
            CD 05 00   ; CALL 5
            0E 00      ; LD C,0
            CD 05 00   ; CALL 5
            """;

    /** Prints "via 6" through the BDOS address found at ($0006), then RET. */
    static final String BDOS_THROUGH_WORD_6 = """
            0E 09      ; 0100 LD C,9
            11 0F 01   ; 0102 LD DE,$010F
            21 0E 01   ; 0105 LD HL,$010E
            E5         ; 0108 PUSH HL           return address
            2A 06 00   ; 0109 LD HL,($0006)
            E9         ; 010C JP (HL)
            00         ; 010D
            C9         ; 010E RET
            76 69 61 20 36 24 ; 010F "via 6$"
            """;

    /** Reads the byte at $0005 as data with C=2, E='X' set up: that is no BDOS call. */
    static final String READ_BDOS_VECTOR_AS_DATA = """
            0E 02      ; LD C,2
            1E 58      ; LD E,'X'
            3A 05 00   ; LD A,($0005)
            2A 04 00   ; LD HL,($0004)
            21 00 00   ; LD HL,$0000
            7E         ; LD A,(HL)     reads $0000
            C9         ; RET
            """;

    /** JR to itself forever. */
    static final String LOOP = "18 FE ; JR $0100";

    /** DI; HALT. */
    static final String HALT = "F3 76 ; DI / HALT";
}
