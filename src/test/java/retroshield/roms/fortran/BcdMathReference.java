package retroshield.roms.fortran;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Elementary functions in BigDecimal to 60 digits, the reference the BCD library's 8- and
 * 16-digit results are compared with. Plain textbook methods (argument halving or square roots
 * and Taylor series), written for clarity, not speed.
 */
final class BcdMathReference {

    static final MathContext MC = new MathContext(60, RoundingMode.HALF_EVEN);
    static final BigDecimal PI =
            new BigDecimal("3.141592653589793238462643383279502884197169399375105820974944592307816");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal EPS = new BigDecimal("1E-66");

    private BcdMathReference() {
    }

    static BigDecimal exp(BigDecimal x) {
        int k = 0;
        BigDecimal y = x;
        while (y.abs().compareTo(new BigDecimal("0.001")) > 0) {
            y = y.divide(TWO, MC);
            k++;
        }
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int n = 1; term.abs().compareTo(EPS) > 0; n++) {
            term = term.multiply(y, MC).divide(BigDecimal.valueOf(n), MC);
            sum = sum.add(term, MC);
        }
        for (int i = 0; i < k; i++) {
            sum = sum.multiply(sum, MC);
        }
        return sum;
    }

    /** Natural logarithm of x > 0: ln x = 2^k * 2 atanh(z), z = (r - 1) / (r + 1), r = x^(1/2^k). */
    static BigDecimal ln(BigDecimal x) {
        int e = x.precision() - x.scale();             // x = m * 10^e, m in [0.1, 1)
        BigDecimal m = x.scaleByPowerOfTen(-e);
        BigDecimal r = m;
        int k = 0;
        while (r.subtract(BigDecimal.ONE).abs().compareTo(new BigDecimal("0.001")) > 0) {
            r = r.sqrt(MC);
            k++;
        }
        BigDecimal z = r.subtract(BigDecimal.ONE).divide(r.add(BigDecimal.ONE), MC);
        BigDecimal z2 = z.multiply(z, MC);
        BigDecimal sum = z;
        BigDecimal p = z;
        for (int n = 3; p.abs().compareTo(EPS) > 0; n += 2) {
            p = p.multiply(z2, MC);
            sum = sum.add(p.divide(BigDecimal.valueOf(n), MC), MC);
        }
        BigDecimal lnm = sum.multiply(BigDecimal.valueOf(2L << k), MC);
        return e == 0 ? lnm : lnm.add(BigDecimal.valueOf(e).multiply(ln10(), MC), MC);
    }

    private static final BigDecimal LN10 = ln(new BigDecimal("0.1")).negate();

    static BigDecimal ln10() {
        return LN10;
    }

    static BigDecimal log10(BigDecimal x) {
        return ln(x).divide(ln10(), MC);
    }

    static BigDecimal sin(BigDecimal x) {
        return sinCos(x, true);
    }

    static BigDecimal cos(BigDecimal x) {
        return sinCos(x, false);
    }

    private static BigDecimal sinCos(BigDecimal x, boolean sine) {
        BigDecimal twoPi = PI.multiply(TWO);
        BigDecimal k = x.divide(twoPi, MC).setScale(0, RoundingMode.HALF_EVEN);
        BigDecimal y = x.subtract(k.multiply(twoPi, MC), MC);
        BigDecimal y2 = y.multiply(y, MC);
        BigDecimal term = sine ? y : BigDecimal.ONE;
        BigDecimal sum = term;
        for (int n = sine ? 1 : 0; term.abs().compareTo(EPS) > 0; n += 2) {
            term = term.multiply(y2, MC).divide(BigDecimal.valueOf((long) (n + 1) * (n + 2)), MC).negate();
            sum = sum.add(term, MC);
        }
        return sum;
    }

    static BigDecimal tan(BigDecimal x) {
        return sin(x).divide(cos(x), MC);
    }

    static BigDecimal atan(BigDecimal x) {
        BigDecimal y = x;
        int k = 0;
        while (y.abs().compareTo(new BigDecimal("0.01")) > 0) {
            y = y.divide(BigDecimal.ONE.add(BigDecimal.ONE.add(y.multiply(y, MC)).sqrt(MC)), MC);
            k++;
        }
        BigDecimal y2 = y.multiply(y, MC);
        BigDecimal sum = y;
        BigDecimal p = y;
        for (int n = 3; p.abs().compareTo(EPS) > 0; n += 2) {
            p = p.multiply(y2, MC).negate();
            sum = sum.add(p.divide(BigDecimal.valueOf(n), MC), MC);
        }
        return sum.multiply(BigDecimal.valueOf(1L << k), MC);
    }

    static BigDecimal atan2(BigDecimal y, BigDecimal x) {
        if (x.signum() == 0) {
            return PI.divide(TWO, MC).multiply(BigDecimal.valueOf(y.signum()));
        }
        BigDecimal a = atan(y.divide(x, MC));
        if (x.signum() > 0) {
            return a;
        }
        return y.signum() < 0 ? a.subtract(PI, MC) : a.add(PI, MC);
    }

    static BigDecimal asin(BigDecimal x) {
        BigDecimal c = BigDecimal.ONE.subtract(x.multiply(x, MC), MC).sqrt(MC);
        return atan2(x, c);
    }

    static BigDecimal acos(BigDecimal x) {
        BigDecimal c = BigDecimal.ONE.subtract(x.multiply(x, MC), MC).sqrt(MC);
        return atan2(c, x);
    }

    static BigDecimal pow(BigDecimal a, BigDecimal b) {
        return exp(b.multiply(ln(a), MC));
    }
}
