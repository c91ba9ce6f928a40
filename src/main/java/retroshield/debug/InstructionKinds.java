package retroshield.debug;

import java.util.function.IntUnaryOperator;

/** What kind of instruction is at an address, as far as stepping cares. */
final class InstructionKinds {

    private InstructionKinds() {
    }

    /** CALL, CALL cc, RST, or a repeating block instruction (LDIR, CPIR, INIR, OTIR, LDDR, CPDR, INDR, OTDR). */
    static boolean isStepOverTarget(IntUnaryOperator mem, int pc) {
        int op = mem.applyAsInt(pc & 0xFFFF);
        if (op == 0xCD || (op & 0xC7) == 0xC4 || (op & 0xC7) == 0xC7) {
            return true;                                        // CALL nn, CALL cc,nn, RST p
        }
        if (op == 0xED) {
            int op2 = mem.applyAsInt((pc + 1) & 0xFFFF);
            return op2 >= 0xB0 && op2 <= 0xBB && (op2 & 0x04) == 0;   // ED B0-B3, B8-BB
        }
        return false;
    }

    /** RET, RET cc, RETI, RETN (and the ED mirrors of RETN). */
    static boolean isReturn(IntUnaryOperator mem, int pc) {
        int op = mem.applyAsInt(pc & 0xFFFF);
        if (op == 0xC9 || (op & 0xC7) == 0xC0) {
            return true;
        }
        if (op == 0xED) {
            int op2 = mem.applyAsInt((pc + 1) & 0xFFFF);
            return (op2 & 0xC7) == 0x45;
        }
        return false;
    }
}
