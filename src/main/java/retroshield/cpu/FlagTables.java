package retroshield.cpu;

/**
 * The Z80 flag bits and precomputed lookup tables for the flags that depend only on an 8-bit
 * result. The tables are built once and never written afterwards.
 *
 * <pre>
 * bit  7   6   5   4   3   2    1   0
 *      S   Z   Y   H   X   P/V  N   C
 * </pre>
 * Y (bit 5) and X (bit 3) are the undocumented flags: usually copies of bits 5 and 3 of a
 * result, sometimes of an operand or of the hidden MEMPTR register.
 */
final class FlagTables {

    static final int CF = 0x01;
    static final int NF = 0x02;
    static final int PF = 0x04;
    static final int XF = 0x08;
    static final int HF = 0x10;
    static final int YF = 0x20;
    static final int ZF = 0x40;
    static final int SF = 0x80;
    static final int XYF = XF | YF;
    static final int SZPF = SF | ZF | PF;

    /** S, Z, Y and X of a byte result. */
    static final int[] SZ53 = new int[256];
    /** S, Z, Y, X and P (even parity) of a byte result. */
    static final int[] SZ53P = new int[256];
    /** P (even parity) alone. */
    static final int[] PARITY = new int[256];

    static {
        for (int v = 0; v < 256; v++) {
            int sz53 = (v & (SF | XYF)) | (v == 0 ? ZF : 0);
            int parity = (Integer.bitCount(v) & 1) == 0 ? PF : 0;
            SZ53[v] = sz53;
            PARITY[v] = parity;
            SZ53P[v] = sz53 | parity;
        }
    }

    private FlagTables() {
    }
}
