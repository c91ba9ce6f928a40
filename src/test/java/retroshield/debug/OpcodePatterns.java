package retroshield.debug;

import java.util.ArrayList;
import java.util.List;

/** Every opcode byte pattern of the Z80, each with fixed operand bytes. */
final class OpcodePatterns {

    /** Operand bytes after the opcode: LD BC,$1234, LD A,$34, JR +$34. */
    private static final int OPERAND_LOW = 0x34;
    private static final int OPERAND_HIGH = 0x12;
    /** Displacements tried for the indexed groups: +5 and -2. */
    private static final int[] DISPLACEMENTS = {0x05, 0xFE};

    private OpcodePatterns() {
    }

    static List<byte[]> all() {
        List<byte[]> patterns = new ArrayList<>();
        for (int op = 0; op < 256; op++) {
            patterns.add(bytes(op, OPERAND_LOW, OPERAND_HIGH));              // xx
            patterns.add(bytes(0xCB, op));                                   // CB xx
            patterns.add(bytes(0xED, op, OPERAND_LOW, OPERAND_HIGH));        // ED xx
        }
        for (int prefix : new int[] {0xDD, 0xFD}) {
            for (int d : DISPLACEMENTS) {
                for (int op = 0; op < 256; op++) {
                    patterns.add(bytes(prefix, op, d, OPERAND_HIGH));        // DD xx d n
                    patterns.add(bytes(prefix, 0xCB, d, op));                // DD CB d xx
                }
            }
        }
        return patterns;
    }

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
