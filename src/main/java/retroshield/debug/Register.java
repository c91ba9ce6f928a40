package retroshield.debug;

import java.util.Locale;

/**
 * The names a condition can use: registers (8- and 16-bit, the alternate set with a quote) and
 * flags ({@code ZF CF SF PF HF NF}, {@code VF} for P/V), each 0 or 1.
 */
public enum Register {
    A(8), F(8), B(8), C(8), D(8), E(8), H(8), L(8), I(8), R(8), IXH(8), IXL(8), IYH(8), IYL(8),
    AF(16), BC(16), DE(16), HL(16), IX(16), IY(16), SP(16), PC(16),
    AF_(16, "AF'"), BC_(16, "BC'"), DE_(16, "DE'"), HL_(16, "HL'"),
    ZF(1), CF(1), SF(1), PF(1), VF(1), HF(1), NF(1);

    private final int bits;
    private final String text;

    Register(int bits) {
        this(bits, null);
    }

    Register(int bits, String text) {
        this.bits = bits;
        this.text = text;
    }

    public int bits() {
        return bits;
    }

    /** The name as written, e.g. {@code HL} or {@code AF'}. */
    public String text() {
        return text != null ? text : name();
    }

    /** The register of that name (any case, {@code AF'} with its quote), or null. */
    public static Register byName(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        for (Register r : values()) {
            if (r.text().equals(n)) {
                return r;
            }
        }
        return null;
    }

    /** Reads this register from a Z80 state. */
    public int of(retroshield.cpu.Z80State s) {
        int f = s.af() & 0xFF;
        return switch (this) {
            case A -> s.af() >> 8;
            case F -> f;
            case B -> s.bc() >> 8;
            case C -> s.bc() & 0xFF;
            case D -> s.de() >> 8;
            case E -> s.de() & 0xFF;
            case H -> s.hl() >> 8;
            case L -> s.hl() & 0xFF;
            case I -> s.i();
            case R -> s.r();
            case IXH -> s.ix() >> 8;
            case IXL -> s.ix() & 0xFF;
            case IYH -> s.iy() >> 8;
            case IYL -> s.iy() & 0xFF;
            case AF -> s.af();
            case BC -> s.bc();
            case DE -> s.de();
            case HL -> s.hl();
            case IX -> s.ix();
            case IY -> s.iy();
            case SP -> s.sp();
            case PC -> s.pc();
            case AF_ -> s.af2();
            case BC_ -> s.bc2();
            case DE_ -> s.de2();
            case HL_ -> s.hl2();
            case SF -> (f >> 7) & 1;
            case ZF -> (f >> 6) & 1;
            case HF -> (f >> 4) & 1;
            case PF, VF -> (f >> 2) & 1;
            case NF -> (f >> 1) & 1;
            case CF -> f & 1;
        };
    }
}
