package retroshield.roms.fortran;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;

/**
 * The expected behaviour of the BCD library, computed with BigDecimal: the raw number form of
 * the driver, rounding to a precision with the library's range, and Fortran's F, E and
 * list-directed output forms.
 */
final class BcdReference {

    static final BigDecimal MAX_EXCLUSIVE = new BigDecimal("1E100");
    static final BigDecimal MIN = new BigDecimal("1E-99");

    private BcdReference() {
    }

    /** Raw driver form of a value with at most 16 significant digits. */
    static String raw(BigDecimal v) {
        if (v.signum() == 0) {
            return "+0000000000000000e0";
        }
        BigDecimal s = v.stripTrailingZeros();
        String digits = s.unscaledValue().abs().toString();
        if (digits.length() > 16) {
            throw new IllegalArgumentException("more than 16 digits: " + v);
        }
        int exp = digits.length() - s.scale();
        return (v.signum() < 0 ? "-" : "+") + (digits + "0".repeat(16 - digits.length())) + "e" + exp;
    }

    /** Value of a raw driver number, checking that it is in the library's normal form. */
    static BigDecimal value(String raw) {
        if (!raw.matches("[+-][0-9]{16}e-?[0-9]+")) {
            throw new AssertionError("not a raw BCD number: " + raw);
        }
        BigInteger digits = new BigInteger(raw.substring(1, 17));
        int exp = Integer.parseInt(raw.substring(18));
        if (digits.signum() == 0) {
            if (!raw.equals("+0000000000000000e0")) {
                throw new AssertionError("zero not in normal form: " + raw);
            }
            return BigDecimal.ZERO;
        }
        if (raw.charAt(1) == '0') {
            throw new AssertionError("not normalised: " + raw);
        }
        BigDecimal v = new BigDecimal(digits, 16 - exp);
        return raw.charAt(0) == '-' ? v.negate() : v;
    }

    /** Expected result: exact value rounded half away from zero; null means overflow. */
    static BigDecimal round(BigDecimal exact, int prec) {
        BigDecimal r = exact.round(new MathContext(prec, RoundingMode.HALF_UP));
        if (r.abs().compareTo(MAX_EXCLUSIVE) >= 0) {
            return null;
        }
        if (r.abs().compareTo(MIN) < 0) {
            return BigDecimal.ZERO;
        }
        return r;
    }

    /** The largest number of prec digits, the library's result on overflow. */
    static BigDecimal largest(int prec, boolean negative) {
        BigDecimal v = new BigDecimal(BigInteger.TEN.pow(prec).subtract(BigInteger.ONE), prec - 100);
        return negative ? v.negate() : v;
    }

    /** A random number of at most maxDigits digits, exponent (0.d form) in lo..hi. */
    static BigDecimal random(Random rnd, int maxDigits, int lo, int hi) {
        int n = 1 + rnd.nextInt(maxDigits);
        StringBuilder sb = new StringBuilder();
        int pattern = rnd.nextInt(8);
        for (int i = 0; i < n; i++) {
            char c;
            if (pattern == 0) {
                c = '9';
            } else if (pattern == 1) {
                c = i == n - 1 ? '5' : (i == 0 ? '1' : '0');
            } else if (pattern == 2 && i == n - 1) {
                c = '5';
            } else {
                c = (char) ('0' + rnd.nextInt(10));
            }
            if (i == 0 && c == '0') {
                c = (char) ('1' + rnd.nextInt(9));
            }
            sb.append(c);
        }
        int exp = lo + rnd.nextInt(hi - lo + 1);
        BigDecimal v = new BigDecimal(new BigInteger(sb.toString()), n - exp);
        return rnd.nextBoolean() ? v.negate() : v;
    }

    static String fmtF(BigDecimal v, int w, int d) {
        String s = v.abs().setScale(d, RoundingMode.HALF_UP).toPlainString();
        if (d == 0) {
            s += ".";
        }
        return field((v.signum() < 0 ? "-" : ""), s, w);
    }

    static String fmtE(BigDecimal v, int w, int d, char letter) {
        String digits;
        int e;
        if (v.signum() == 0) {
            digits = "0".repeat(d);
            e = 0;
        } else {
            BigDecimal r = v.abs().round(new MathContext(d, RoundingMode.HALF_UP));
            String u = r.unscaledValue().toString();
            e = u.length() - r.scale();
            digits = (u + "0".repeat(d)).substring(0, d);
        }
        String exp = Math.abs(e) <= 99 ? letter + (e < 0 ? "-" : "+") + String.format("%02d", Math.abs(e))
                : (e < 0 ? "-" : "+") + String.format("%03d", Math.abs(e));
        return field(v.signum() < 0 ? "-" : "", "0." + digits + exp, w);
    }

    /** Sign and body right-justified in w columns, the leading "0." losing its zero if needed. */
    private static String field(String sign, String body, int w) {
        String s = sign + body;
        if (w == 0) {
            return s;
        }
        if (s.length() > w && body.startsWith("0.")) {
            s = sign + body.substring(1);
        }
        if (s.length() > w) {
            return "*".repeat(w);
        }
        return " ".repeat(w - s.length()) + s;
    }

    /** Gw.d after Fortran 77: F form with 4 trailing blanks when 0.1 <= |x| < 10^d after rounding to d digits. */
    static String fmtG(BigDecimal v, int w, int d) {
        int e;
        if (v.signum() == 0) {
            e = 1;
        } else {
            BigDecimal r = v.abs().round(new MathContext(d, RoundingMode.HALF_UP));
            e = r.precision() - r.scale();
        }
        if (e < 0 || e > d) {
            return fmtE(v, w, d, 'E');
        }
        if (w == 0) {
            return fmtF(v, 0, d - e);
        }
        if (w < 5) {
            return "*".repeat(w);
        }
        return fmtF(v, w - 4, d - e) + "    ";
    }

    static String fmtList(BigDecimal v, int prec) {
        BigDecimal r = v.round(new MathContext(prec, RoundingMode.HALF_UP));
        if (r.signum() == 0) {
            return "0." + "0".repeat(prec - 1);
        }
        String sign = r.signum() < 0 ? "-" : "";
        r = r.abs();
        String u = r.unscaledValue().toString();
        int e = u.length() - r.scale();
        if (e >= 0 && e <= prec) {
            String s = r.setScale(prec - e, RoundingMode.UNNECESSARY).toPlainString();
            return sign + (e == prec ? s + "." : s);
        }
        String digits = (u + "0".repeat(prec)).substring(0, prec);
        int x = e - 1;
        return sign + digits.charAt(0) + "." + digits.substring(1) + "E" + (x < 0 ? "-" : "+")
                + String.format("%02d", Math.abs(x));
    }
}
