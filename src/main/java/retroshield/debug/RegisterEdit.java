package retroshield.debug;

import retroshield.cpu.Z80State;

/** A copy of a Z80 state with one register or flag changed (the debugger's register editor). */
final class RegisterEdit {

    private RegisterEdit() {
    }

    static Z80State with(Z80State s, Register r, int value) {
        int v8 = value & 0xFF;
        int v16 = value & 0xFFFF;
        int af = s.af();
        int bc = s.bc();
        int de = s.de();
        int hl = s.hl();
        int ix = s.ix();
        int iy = s.iy();
        int sp = s.sp();
        int pc = s.pc();
        int af2 = s.af2();
        int bc2 = s.bc2();
        int de2 = s.de2();
        int hl2 = s.hl2();
        int i = s.i();
        int rr = s.r();
        switch (r) {
            case A -> af = (v8 << 8) | (af & 0xFF);
            case F -> af = (af & 0xFF00) | v8;
            case B -> bc = (v8 << 8) | (bc & 0xFF);
            case C -> bc = (bc & 0xFF00) | v8;
            case D -> de = (v8 << 8) | (de & 0xFF);
            case E -> de = (de & 0xFF00) | v8;
            case H -> hl = (v8 << 8) | (hl & 0xFF);
            case L -> hl = (hl & 0xFF00) | v8;
            case I -> i = v8;
            case R -> rr = v8;
            case IXH -> ix = (v8 << 8) | (ix & 0xFF);
            case IXL -> ix = (ix & 0xFF00) | v8;
            case IYH -> iy = (v8 << 8) | (iy & 0xFF);
            case IYL -> iy = (iy & 0xFF00) | v8;
            case AF -> af = v16;
            case BC -> bc = v16;
            case DE -> de = v16;
            case HL -> hl = v16;
            case IX -> ix = v16;
            case IY -> iy = v16;
            case SP -> sp = v16;
            case PC -> pc = v16;
            case AF_ -> af2 = v16;
            case BC_ -> bc2 = v16;
            case DE_ -> de2 = v16;
            case HL_ -> hl2 = v16;
            default -> af = (af & ~flagBit(r)) | (value != 0 ? flagBit(r) : 0);
        }
        return new Z80State(af, bc, de, hl, af2, bc2, de2, hl2, ix, iy, sp, pc, s.wz(), i, rr, s.im(),
                s.iff1(), s.iff2(), s.halted(), s.eiPending(), s.q(), s.ldAirFlag(), s.intLine(), s.nmiPending(),
                s.cycles());
    }

    private static int flagBit(Register r) {
        return switch (r) {
            case SF -> 0x80;
            case ZF -> 0x40;
            case HF -> 0x10;
            case PF, VF -> 0x04;
            case NF -> 0x02;
            case CF -> 0x01;
            default -> throw new IllegalArgumentException(r + " is not a flag");
        };
    }
}
