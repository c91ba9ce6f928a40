package retroshield.rom;

import java.util.Locale;

/** Numbers as users write them in metadata and on the command line. */
public final class NumberText {

    private NumberText() {
    }

    /**
     * "0x1F", "$1F", "#1F" or "1Fh" (hexadecimal) and "31" (decimal) as a number; null when
     * the text is none of these or negative.
     */
    public static Long parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        int radix = 10;
        if (t.startsWith("0x")) {
            t = t.substring(2);
            radix = 16;
        } else if (t.startsWith("$") || t.startsWith("#")) {
            t = t.substring(1);
            radix = 16;
        } else if (t.endsWith("h") && t.length() > 1) {
            t = t.substring(0, t.length() - 1);
            radix = 16;
        }
        return digits(t, radix);
    }

    /** Hexadecimal with or without a "$"/"0x" prefix ("1FFF", "$1FFF", "0x1FFF"), or null. */
    public static Long parseHex(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("0x")) {
            t = t.substring(2);
        } else if (t.startsWith("$")) {
            t = t.substring(1);
        }
        return digits(t, 16);
    }

    private static Long digits(String t, int radix) {
        if (t.isEmpty() || t.length() > 12 || t.startsWith("-") || t.startsWith("+")) {
            return null;
        }
        try {
            return Long.parseLong(t, radix);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
