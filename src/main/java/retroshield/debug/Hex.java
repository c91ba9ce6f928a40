package retroshield.debug;

/** Number formatting used in disassembly text: {@code $12}, {@code $1234}, {@code +$05}. */
final class Hex {

    private static final char[] DIGITS = "0123456789ABCDEF".toCharArray();

    private Hex() {
    }

    /** A byte as {@code $XX}. */
    static String byte8(int value) {
        return "$" + DIGITS[(value >> 4) & 0xF] + DIGITS[value & 0xF];
    }

    /** A word as {@code $XXXX}. */
    static String word16(int value) {
        return "$" + DIGITS[(value >> 12) & 0xF] + DIGITS[(value >> 8) & 0xF]
                + DIGITS[(value >> 4) & 0xF] + DIGITS[value & 0xF];
    }

    /** A signed displacement byte as {@code +$05} or {@code -$02}. */
    static String displacement(int unsignedByte) {
        int d = (byte) unsignedByte;
        return d < 0 ? "-" + byte8(-d) : "+" + byte8(d);
    }
}
