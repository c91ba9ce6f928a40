package retroshield.debug;

/**
 * How the HL-family operands read under the current prefix: none (HL, H, L, (HL)),
 * DD (IX, IXH, IXL, (IX+d)) or FD (IY, IYH, IYL, (IY+d)).
 */
enum IndexMode {
    HL("HL", "H", "L"),
    IX("IX", "IXH", "IXL"),
    IY("IY", "IYH", "IYL");

    private final String pair;
    private final String high;
    private final String low;

    IndexMode(String pair, String high, String low) {
        this.pair = pair;
        this.high = high;
        this.low = low;
    }

    String pair() {
        return pair;
    }

    String high() {
        return high;
    }

    String low() {
        return low;
    }

    boolean indexed() {
        return this != HL;
    }

    /** The memory operand: {@code (HL)}, or {@code (IX+d)} taking d from the cursor. */
    String memory(ByteCursor cursor) {
        return indexed() ? memory(cursor.next()) : "(HL)";
    }

    /** The memory operand with an already-read displacement byte. */
    String memory(int displacement) {
        return indexed() ? "(" + pair + Hex.displacement(displacement) + ")" : "(HL)";
    }

    /**
     * True when a DD/FD prefix changes the meaning of this unprefixed opcode, i.e. the opcode
     * names H, L, (HL) or HL (EX DE,HL and EXX excepted; HALT is not LD (HL),(HL)).
     */
    static boolean prefixAffects(int opcode) {
        int x = opcode >> 6;
        int y = (opcode >> 3) & 7;
        int z = opcode & 7;
        switch (x) {
            case 0:
                if (z == 1) {
                    return (opcode & 0x08) != 0 || y >> 1 == 2;   // ADD HL,rr / LD HL,nn
                }
                if (z == 2 || z == 3) {
                    return y >> 1 == 2;                          // LD (nn),HL  LD HL,(nn)  INC/DEC HL
                }
                return z >= 4 && z <= 6 && isHlRegister(y);      // INC/DEC/LD on H, L, (HL)
            case 1:
                return opcode != 0x76 && (isHlRegister(y) || isHlRegister(z)); // LD r,r'
            case 2:
                return isHlRegister(z);                          // ALU with H, L, (HL)
            default:
                return opcode == 0xE1 || opcode == 0xE3 || opcode == 0xE5   // POP, EX (SP), PUSH
                        || opcode == 0xE9 || opcode == 0xF9;                // JP (HL), LD SP,HL
        }
    }

    private static boolean isHlRegister(int r) {
        return r >= 4 && r <= 6;
    }
}
