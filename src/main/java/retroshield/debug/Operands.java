package retroshield.debug;

/** Register and condition names shared by the decoders (opcode field → text). */
final class Operands {

    static final String[] REGISTERS = {"B", "C", "D", "E", "H", "L", "(HL)", "A"};
    static final String[] CONDITIONS = {"NZ", "Z", "NC", "C", "PO", "PE", "P", "M"};
    static final String[] PLAIN_PAIRS = {"BC", "DE", "HL", "SP"};

    private Operands() {
    }

    /** Register r (0..7) of an instruction; {@code plainHl} keeps H and L when (IX+d) is present. */
    static String register(int r, IndexMode mode, boolean plainHl, ByteCursor cursor) {
        switch (r) {
            case 4:
                return plainHl ? "H" : mode.high();
            case 5:
                return plainHl ? "L" : mode.low();
            case 6:
                return mode.memory(cursor);
            default:
                return REGISTERS[r];
        }
    }

    /** Register pair table rp: BC, DE, HL/IX/IY, SP. */
    static String pair(int p, IndexMode mode) {
        return p == 2 ? mode.pair() : PLAIN_PAIRS[p];
    }

    /** Register pair table rp2 (PUSH/POP): BC, DE, HL/IX/IY, AF. */
    static String stackPair(int p, IndexMode mode) {
        return p == 3 ? "AF" : pair(p, mode);
    }

    /** The absolute target of a relative jump whose displacement is the next byte. */
    static String relativeTarget(ByteCursor cursor) {
        int d = (byte) cursor.next();
        return Hex.word16(cursor.end() + d);
    }
}
