package retroshield.roms.fortran;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static retroshield.roms.fortran.BcdReference.raw;
import static retroshield.roms.fortran.BcdReference.value;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Fortran ROM's BCD arithmetic (roms/src/fortran/bcd_*.c), compiled for the host with gcc,
 * against BigDecimal: thousands of random and edge cases per operation (carries, rounding ties,
 * cancellation, exponent limits, overflow, division by zero), parsing and output formats.
 */
class BcdLibraryTest {

    private static final int[] PRECISIONS = {8, 16, 8, 16, 1, 2, 7, 9, 15};

    @TempDir
    static Path work;

    private static BcdDriver driver;

    @BeforeAll
    static void build() throws IOException, InterruptedException {
        Assumptions.assumeTrue(BcdDriver.gccInstalled(), "gcc is not installed: BCD library host tests skipped");
        driver = BcdDriver.build(work);
    }

    /** One command with what its answer must be. */
    private record Case(String command, String expected) {
    }

    private static void check(List<Case> cases) throws IOException, InterruptedException {
        List<String> commands = cases.stream().map(Case::command).toList();
        List<String> answers = driver.run(commands);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            if (!answers.get(i).equals(cases.get(i).expected())) {
                failures.add(cases.get(i).command() + "  ->  " + answers.get(i) + "  expected  " + cases.get(i).expected());
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + cases.size() + " cases wrong, first ones:\n"
                    + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        }
    }

    /** The expected answer to an arithmetic command whose exact result is exact. */
    private static String arithmetic(BigDecimal exact, int prec) {
        BigDecimal r = BcdReference.round(exact, prec);
        if (r == null) {
            return raw(BcdReference.largest(prec, exact.signum() < 0)) + " 1";
        }
        return raw(r) + " 0";
    }

    private static BigDecimal operand(Random rnd, int prec, int lo, int hi) {
        return BcdReference.random(rnd, rnd.nextInt(3) == 0 ? 16 : prec, lo, hi);
    }

    private static void binary(String op, long seed, BinaryOperator<BigDecimal> exact, boolean close)
            throws IOException, InterruptedException {
        Random rnd = new Random(seed);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            int prec = PRECISIONS[i % PRECISIONS.length];
            boolean wide = rnd.nextInt(10) == 0;
            BigDecimal a = operand(rnd, prec, wide ? -98 : -12, wide ? 100 : 12);
            BigDecimal b;
            if (close && rnd.nextBoolean()) {
                int ea = a.precision() - a.scale();
                int eb = Math.max(-98, Math.min(100, ea + rnd.nextInt(41) - 20));
                b = operand(rnd, prec, eb, eb);
                if (rnd.nextInt(8) == 0) {
                    b = a.negate();       /* exact cancellation */
                }
            } else {
                b = operand(rnd, prec, wide ? -98 : -12, wide ? 100 : 12);
            }
            if (rnd.nextInt(50) == 0) {
                b = BigDecimal.ZERO;
            }
            if (rnd.nextInt(50) == 0) {
                a = BigDecimal.ZERO;
            }
            String command = op + " " + prec + " " + raw(a) + " " + raw(b);
            if (op.equals("div") && b.signum() == 0) {
                cases.add(new Case(command, raw(BigDecimal.ZERO) + " 2"));
            } else {
                cases.add(new Case(command, arithmetic(exact.apply(a, b), prec)));
            }
        }
        check(cases);
    }

    @Test
    void addMatchesBigDecimal() throws Exception {
        binary("add", 1, BigDecimal::add, true);
    }

    @Test
    void subtractMatchesBigDecimal() throws Exception {
        binary("sub", 2, BigDecimal::subtract, true);
    }

    @Test
    void multiplyMatchesBigDecimal() throws Exception {
        binary("mul", 3, BigDecimal::multiply, false);
    }

    @Test
    void divideMatchesBigDecimal() throws Exception {
        Random rnd = new Random(4);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            int prec = PRECISIONS[i % PRECISIONS.length];
            boolean wide = rnd.nextInt(10) == 0;
            BigDecimal a = operand(rnd, prec, wide ? -98 : -12, wide ? 100 : 12);
            BigDecimal b = i % 7 == 0 ? a.multiply(operand(rnd, 4, 0, 2)).round(MathContext.DECIMAL64)
                    : operand(rnd, prec, wide ? -98 : -12, wide ? 100 : 12);
            if (b.precision() > 16) {
                b = b.round(new MathContext(16, RoundingMode.HALF_UP));
            }
            if (rnd.nextInt(40) == 0) {
                b = BigDecimal.ZERO;
            }
            String command = "div " + prec + " " + raw(a) + " " + raw(b);
            if (b.signum() == 0) {
                cases.add(new Case(command, raw(BigDecimal.ZERO) + " 2"));
            } else {
                // 40 digits decide the rounding of at most 16 (no quotient of two 16-digit numbers
                // lies within 1E-40 relative of a rounding tie without being one)
                BigDecimal q = a.divide(b, new MathContext(60, RoundingMode.DOWN));
                cases.add(new Case(command, arithmetic(q, prec)));
            }
        }
        check(cases);
    }

    @Test
    void edgeCases() throws Exception {
        List<Case> cases = new ArrayList<>();
        String max = "+9999999999999999e100";
        String min = "+1000000000000000e-98";
        cases.add(new Case("add 16 " + max + " +1000000000000000e85", raw(BcdReference.largest(16, false)) + " 1"));
        cases.add(new Case("add 8 " + max + " +0000000000000000e0", raw(BcdReference.largest(8, false)) + " 1"));
        cases.add(new Case("mul 16 " + min + " +1000000000000000e0", "+0000000000000000e0 0"));
        cases.add(new Case("div 16 " + min + " +2000000000000000e1", "+0000000000000000e0 0"));
        cases.add(new Case("div 8 -" + max.substring(1) + " +1000000000000000e0", raw(BcdReference.largest(8, true)) + " 1"));
        cases.add(new Case("sub 16 " + min + " +9000000000000000e-99", "+0000000000000000e0 0"));
        cases.add(new Case("add 8 +9999999950000000e1 +0000000000000000e0", "+1000000000000000e2 0"));
        cases.add(new Case("add 8 +9999999949999999e1 +0000000000000000e0", "+9999999900000000e1 0"));
        cases.add(new Case("sub 8 +1000000050000000e1 +1000000000000000e-40", "+1000000000000000e1 0"));
        cases.add(new Case("add 8 -1000000050000000e1 -1000000000000000e-40", "-1000000100000000e1 0"));
        cases.add(new Case("div 16 +1000000000000000e1 +0000000000000000e0", "+0000000000000000e0 2"));
        cases.add(new Case("div 16 +0000000000000000e0 +0000000000000000e0", "+0000000000000000e0 2"));
        cases.add(new Case("div 16 +1000000000000000e1 +3000000000000000e1", "+3333333333333333e0 0"));
        cases.add(new Case("div 16 +2000000000000000e1 +3000000000000000e1", "+6666666666666667e0 0"));
        cases.add(new Case("mul 16 +9999999999999999e0 +9999999999999999e0", "+9999999999999998e0 0"));
        cases.add(new Case("round 8 +1234567850000000e3", "+1234567900000000e3"));
        cases.add(new Case("round 8 -1234567849999999e3", "-1234567800000000e3"));
        cases.add(new Case("round 8 +9999999999999999e100", raw(BcdReference.largest(8, false))));
        cases.add(new Case("round 16 +1234567849999999e3", "+1234567849999999e3"));
        cases.add(new Case("cmp +0000000000000000e0 -0000000000000000e0", "0"));
        cases.add(new Case("neg +0000000000000000e0", "+0000000000000000e0"));
        cases.add(new Case("neg +1500000000000000e1", "-1500000000000000e1"));
        cases.add(new Case("abs -1500000000000000e1", "+1500000000000000e1"));
        cases.add(new Case("tolong -2147483648000000e10", "-2147483648 0"));
        cases.add(new Case("tolong +2147483648000000e10", "0 1"));
        cases.add(new Case("tolong +2147483647999999e10", "2147483647 0"));
        cases.add(new Case("tolong -9999999999999999e0", "0 0"));
        cases.add(new Case("tolong +1000000000000000e11", "0 1"));
        cases.add(new Case("tolong -1000000000000000e100", "0 1"));
        cases.add(new Case("fromlong -2147483648", "-2147483648000000e10"));
        cases.add(new Case("fromlong 2147483647", "+2147483647000000e10"));
        cases.add(new Case("fromlong 0", "+0000000000000000e0"));
        check(cases);
    }

    @Test
    void compareRoundAndIntegerConversions() throws Exception {
        Random rnd = new Random(5);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            BigDecimal a = BcdReference.random(rnd, 16, -98, 100);
            BigDecimal b = rnd.nextInt(4) == 0 ? a : rnd.nextInt(3) == 0
                    ? a.add(a.ulp().multiply(BigDecimal.valueOf(rnd.nextInt(3) - 1))).round(MathContext.DECIMAL64)
                    : BcdReference.random(rnd, 16, -3, 3);
            if (b.precision() > 16 || b.abs().compareTo(BcdReference.MIN) < 0) {
                b = BigDecimal.ONE;
            }
            cases.add(new Case("cmp " + raw(a) + " " + raw(b), Integer.toString(a.compareTo(b))));
            int prec = 1 + rnd.nextInt(16);
            BigDecimal r = BcdReference.round(a, prec);
            cases.add(new Case("round " + prec + " " + raw(a), raw(r == null ? BcdReference.largest(prec, a.signum() < 0) : r)));
            BigDecimal c = BcdReference.random(rnd, 16, -2, 11);
            BigInteger t = c.toBigInteger();
            boolean fits = t.bitLength() < 32;
            cases.add(new Case("tolong " + raw(c), (fits ? t.toString() : "0") + (fits ? " 0" : " 1")));
            long l = rnd.nextInt(3) == 0 ? rnd.nextInt(2000) - 1000 : rnd.nextInt();
            cases.add(new Case("fromlong " + l, raw(BigDecimal.valueOf(l))));
        }
        check(cases);
    }

    @Test
    void parseMatchesBigDecimal() throws Exception {
        Random rnd = new Random(6);
        List<Case> cases = new ArrayList<>();
        String[] letters = {"E", "e", "D", "d", "Q"};
        for (int i = 0; i < 4000; i++) {
            int prec = PRECISIONS[i % PRECISIONS.length];
            StringBuilder text = new StringBuilder();
            int sign = rnd.nextInt(3);
            text.append(sign == 0 ? "" : sign == 1 ? "-" : "+");
            String intPart = digits(rnd, rnd.nextInt(4) == 0 ? 0 : 1 + rnd.nextInt(25));
            String fracPart = digits(rnd, rnd.nextInt(3) == 0 ? 0 : 1 + rnd.nextInt(25));
            if (intPart.isEmpty() && fracPart.isEmpty()) {
                fracPart = "5";
            }
            boolean dot = !fracPart.isEmpty() || rnd.nextBoolean();
            text.append(intPart).append(dot ? "." : "").append(fracPart);
            int exp = 0;
            if (rnd.nextBoolean()) {
                exp = rnd.nextInt(10) == 0 ? rnd.nextInt(400) - 200 : rnd.nextInt(40) - 20;
                text.append(letters[rnd.nextInt(letters.length)]).append(exp < 0 ? "-" : rnd.nextBoolean() ? "+" : "")
                        .append(rnd.nextInt(5) == 0 ? "00" : "").append(Math.abs(exp));
            }
            int length = text.length();
            String junk = switch (rnd.nextInt(6)) {
                case 0 -> "EQ.1";
                case 1 -> ",2";
                case 2 -> "D+";
                case 3 -> ".";
                default -> "";
            };
            BigDecimal exact = new BigDecimal((intPart.isEmpty() ? "0" : intPart) + "." + (fracPart.isEmpty() ? "0" : fracPart))
                    .scaleByPowerOfTen(exp);
            if (sign == 1) {
                exact = exact.negate();
            }
            if (junk.equals(".") && !dot && exp == 0 && text.indexOf("E") < 0 && text.indexOf("e") < 0
                    && text.indexOf("D") < 0 && text.indexOf("d") < 0 && text.indexOf("Q") < 0) {
                length++;                   // "12" followed by "." : the point of "12."
            }
            BigDecimal r = BcdReference.round(exact, prec);
            String expected = r == null ? raw(BcdReference.largest(prec, sign == 1)) + " 1 -1" : raw(r) + " 0 " + length;
            cases.add(new Case("parse " + prec + " " + text + junk, expected));
        }
        cases.add(new Case("parse 8 .", "+0000000000000000e0 3 -1"));
        cases.add(new Case("parse 8 -E5", "+0000000000000000e0 3 -1"));
        cases.add(new Case("parse 8 1.5D-3", "+1500000000000000e-2 0 6"));
        cases.add(new Case("parse 16 0.1E-99", "+0000000000000000e0 0 7"));
        cases.add(new Case("parse 16 9.99999999999999999E99", raw(BcdReference.largest(16, false)) + " 1 -1"));
        cases.add(new Case("parse 8 1.EQ.2", "+1000000000000000e1 0 2"));
        check(cases);
    }

    private static String digits(Random rnd, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(rnd.nextInt(5) == 0 ? '0' : (char) ('0' + rnd.nextInt(10)));
        }
        return sb.toString();
    }

    @Test
    void formatsMatchFortranRules() throws Exception {
        Random rnd = new Random(7);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            BigDecimal a = BcdReference.random(rnd, i % 2 == 0 ? 8 : 16, -6, 10);
            if (rnd.nextInt(40) == 0) {
                a = BigDecimal.ZERO;
            }
            int w = rnd.nextInt(8) == 0 ? 0 : 1 + rnd.nextInt(28);
            int d = rnd.nextInt(12);
            cases.add(new Case("fmtf " + w + " " + d + " " + raw(a), "[" + BcdReference.fmtF(a, w, d) + "]"));
            BigDecimal b = BcdReference.random(rnd, 16, -98, 99);
            int de = 1 + rnd.nextInt(18);
            cases.add(new Case((i % 3 == 0 ? "fmtd " : "fmte ") + w + " " + de + " " + raw(b),
                    "[" + BcdReference.fmtE(b, w, de, i % 3 == 0 ? 'D' : 'E') + "]"));
            BigDecimal g = rnd.nextInt(30) == 0 ? BigDecimal.ZERO : BcdReference.random(rnd, 16, rnd.nextInt(4) == 0 ? -98 : -3, 12);
            int dg = 1 + rnd.nextInt(12);
            cases.add(new Case("fmtg " + w + " " + dg + " " + raw(g), "[" + BcdReference.fmtG(g, w, dg) + "]"));
            int prec = PRECISIONS[i % PRECISIONS.length];
            BigDecimal c = rnd.nextInt(20) == 0 ? BigDecimal.ZERO : BcdReference.random(rnd, 16, rnd.nextBoolean() ? -3 : -98,
                    rnd.nextBoolean() ? 18 : 99);
            cases.add(new Case("fmtl " + prec + " " + raw(c), "[" + BcdReference.fmtList(c, prec) + "]"));
        }
        // the forms gfortran prints
        cases.add(new Case("fmtg 12 4 +1234500000000000e4", "[   1235.    ]"));
        cases.add(new Case("fmtg 12 4 +9999600000000000e4", "[  0.1000E+05]"));
        cases.add(new Case("fmtg 12 4 +0000000000000000e0", "[   0.000    ]"));
        cases.add(new Case("fmtg 12 4 +9999000000000000e-1", "[  0.9999E-01]"));
        cases.add(new Case("fmtg 12 4 +9999600000000000e-1", "[  0.1000    ]"));
        cases.add(new Case("fmtg 12 4 +9999600000000000e0", "[   1.000    ]"));
        cases.add(new Case("fmtf 5 2 -1000000000000000e-2", "[-0.00]"));
        cases.add(new Case("fmtf 4 2 +5000000000000000e0", "[0.50]"));
        cases.add(new Case("fmtf 3 2 +5000000000000000e0", "[.50]"));
        cases.add(new Case("fmtf 2 2 +5000000000000000e0", "[**]"));
        cases.add(new Case("fmtf 5 0 +3000000000000000e1", "[   3.]"));
        cases.add(new Case("fmtf 8 3 +9999500000000000e1", "[  10.000]"));
        cases.add(new Case("fmte 12 4 +1234500000000000e4", "[  0.1235E+04]"));
        cases.add(new Case("fmte 10 3 -9999900000000000e100", "[-0.100+101]"));
        cases.add(new Case("fmtd 10 3 +1000000000000000e-98", "[ 0.100D-98]"));
        cases.add(new Case("fmte 10 4 -1000000000000000e1", "[-.1000E+01]"));
        cases.add(new Case("fmtl 8 +1500000000000000e1", "[1.5000000]"));
        cases.add(new Case("fmtl 8 +1000000000000000e0", "[0.10000000]"));
        cases.add(new Case("fmtl 8 +1234567800000000e8", "[12345678.]"));
        cases.add(new Case("fmtl 8 +1000000000000000e9", "[1.0000000E+08]"));
        cases.add(new Case("fmtl 8 -1000000000000000e-1", "[-1.0000000E-02]"));
        cases.add(new Case("fmtl 16 +0000000000000000e0", "[0.000000000000000]"));
        cases.add(new Case("fmtl 8 +9999999990000000e0", "[1.0000000]"));
        check(cases);
        assertTrue(cases.size() > 16000);
        assertEquals("[1.0000000E+10]", "[" + BcdReference.fmtList(new BigDecimal("1E10"), 8) + "]");
    }
}
