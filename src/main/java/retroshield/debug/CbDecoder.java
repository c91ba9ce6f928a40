package retroshield.debug;

import static retroshield.debug.Operands.REGISTERS;

/** The CB group (rotates, shifts, BIT/RES/SET) and its indexed DD CB d / FD CB d form. */
final class CbDecoder {

    private static final String[] SHIFTS = {"RLC", "RRC", "RL", "RR", "SLA", "SRA", "SLL", "SRL"};

    /** CB xx: the operand is a plain register or (HL). */
    String decode(int opcode) {
        int y = (opcode >> 3) & 7;
        String operand = REGISTERS[opcode & 7];
        switch (opcode >> 6) {
            case 0:
                return SHIFTS[y] + " " + operand;                         // CB 00 RLC r .. CB 38 SRL r
            case 1:
                return "BIT " + y + "," + operand;                        // CB 40 BIT b,r
            case 2:
                return "RES " + y + "," + operand;                        // CB 80 RES b,r
            default:
                return "SET " + y + "," + operand;                        // CB C0 SET b,r
        }
    }

    /**
     * DD CB d xx: the operation works on (IX+d). Every BIT form is BIT b,(IX+d); for the other
     * operations a register field other than 6 also copies the result into that register,
     * written {@code LD B,RLC (IX+d)}.
     */
    String decodeIndexed(int opcode, int displacement, IndexMode mode) {
        int y = (opcode >> 3) & 7;
        int z = opcode & 7;
        String memory = mode.memory(displacement);
        String operation;
        switch (opcode >> 6) {
            case 0:
                operation = SHIFTS[y] + " " + memory;                     // DD CB d 06 RLC (IX+d)
                break;
            case 1:
                return "BIT " + y + "," + memory;                         // DD CB d 40-7F BIT b,(IX+d)
            case 2:
                operation = "RES " + y + "," + memory;                    // DD CB d 86 RES b,(IX+d)
                break;
            default:
                operation = "SET " + y + "," + memory;                    // DD CB d C6 SET b,(IX+d)
                break;
        }
        return z == 6 ? operation : "LD " + REGISTERS[z] + "," + operation; // LD r,op (IX+d)
    }
}
