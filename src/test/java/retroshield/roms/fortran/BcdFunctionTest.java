package retroshield.roms.fortran;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static retroshield.roms.fortran.BcdReference.raw;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The elementary functions of the Fortran ROM's BCD library (host build with gcc) against 60-digit
 * BigDecimal references: every result must be within one unit of the last (8th or 16th) digit,
 * SQRT, AINT, ANINT and exact powers exactly rounded; domain errors and overflow reported.
 */
class BcdFunctionTest {

    @TempDir
    static Path work;

    private static BcdDriver driver;

    @BeforeAll
    static void build() throws IOException, InterruptedException {
        Assumptions.assumeTrue(BcdDriver.gccInstalled(), "gcc is not installed: BCD library host tests skipped");
        driver = BcdDriver.build(work);
    }

    /** A command, the exact result (null: the status alone is checked), the allowed error in ulps. */
    private record Case(String command, BigDecimal exact, int prec, int ulps, int status) {
    }

    private static void check(List<Case> cases) throws IOException, InterruptedException {
        List<String> answers = driver.run(cases.stream().map(Case::command).toList());
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            String[] parts = answers.get(i).split(" ");
            String problem = null;
            if (parts.length != 2 || Integer.parseInt(parts[1]) != c.status()) {
                problem = "status";
            } else if (c.exact() != null) {
                BigDecimal got = BcdReference.value(parts[0]);
                BigDecimal want = BcdReference.round(c.exact(), c.prec());
                if (want == null) {
                    problem = "test expects overflow";
                } else if (c.ulps() == 0 ? got.compareTo(want) != 0 : got.subtract(c.exact()).abs()
                        .compareTo(ulp(c.exact(), c.prec()).multiply(BigDecimal.valueOf(c.ulps()))) > 0) {
                    problem = "want " + want.round(new MathContext(c.prec() + 2));
                }
            }
            if (problem != null) {
                failures.add(c.command() + "  ->  " + answers.get(i) + "  " + problem);
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + cases.size() + " cases wrong, first ones:\n"
                    + String.join("\n", failures.subList(0, Math.min(25, failures.size()))));
        }
    }

    /** One unit in the prec-th digit of x (x rounded to prec digits). */
    private static BigDecimal ulp(BigDecimal x, int prec) {
        BigDecimal r = x.round(new MathContext(prec, RoundingMode.HALF_UP));
        if (r.signum() == 0) {
            return BigDecimal.ONE.scaleByPowerOfTen(-200);
        }
        int e = r.precision() - r.scale();
        return BigDecimal.ONE.scaleByPowerOfTen(e - prec);
    }

    private static BigDecimal num(Random rnd, int prec, int lo, int hi) {
        BigDecimal v = BcdReference.random(rnd, prec, lo, hi);
        return v;
    }

    private static void unary(String op, long seed, int n, Function<Random, BigDecimal> arg,
            Function<BigDecimal, BigDecimal> f, int ulps) throws IOException, InterruptedException {
        Random rnd = new Random(seed);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int prec = i % 2 == 0 ? 8 : 16;
            BigDecimal a = arg.apply(rnd).round(new MathContext(prec, RoundingMode.HALF_UP));
            cases.add(new Case(op + " " + prec + " " + raw(a), f.apply(a), prec, ulps, 0));
        }
        check(cases);
    }

    private static BigDecimal abs(BigDecimal v) {
        return v.abs();
    }

    @Test
    void sqrtIsExactlyRounded() throws Exception {
        unary("sqrt", 11, 3000, r -> abs(num(r, 16, -98, 100)), x -> x.sqrt(BcdMathReference.MC), 0);
    }

    @Test
    void expWithinOneUlp() throws Exception {
        unary("exp", 12, 1500, r -> r.nextInt(4) == 0 ? num(r, 16, -99, 2) : num(r, 16, -2, 3)
                .max(new BigDecimal("-227")).min(new BigDecimal("229")), BcdMathReference::exp, 1);
    }

    @Test
    void logsWithinOneUlp() throws Exception {
        Function<Random, BigDecimal> arg = r -> r.nextInt(3) == 0
                ? BigDecimal.ONE.add(num(r, 10, -12, 0)) : abs(num(r, 16, -98, 100));
        unary("log", 13, 1200, arg, BcdMathReference::ln, 1);
        unary("log10", 14, 1200, arg, BcdMathReference::log10, 1);
    }

    @Test
    void trigonometryWithinOneUlp() throws Exception {
        Function<Random, BigDecimal> arg = r -> r.nextInt(5) == 0 ? num(r, 16, -30, 0) : num(r, 16, -1, 4);
        unary("sin", 15, 1000, arg, BcdMathReference::sin, 1);
        unary("cos", 16, 1000, arg, BcdMathReference::cos, 1);
        unary("tan", 17, 1000, arg, BcdMathReference::tan, 1);
    }

    @Test
    void inverseTrigonometryWithinOneUlp() throws Exception {
        Function<Random, BigDecimal> unit = r -> r.nextInt(10) == 0 ? BigDecimal.ONE.subtract(abs(num(r, 6, -10, -1)))
                : num(r, 16, -20, 0);
        unary("asin", 18, 1000, unit, BcdMathReference::asin, 1);
        unary("acos", 19, 1000, unit, BcdMathReference::acos, 1);
        unary("atan", 20, 1000, r -> num(r, 16, -50, 50), BcdMathReference::atan, 1);
        Random rnd = new Random(21);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            int prec = i % 2 == 0 ? 8 : 16;
            BigDecimal y = num(rnd, prec, -20, 20);
            BigDecimal x = i % 10 == 0 ? BigDecimal.ZERO : num(rnd, prec, -20, 20);
            cases.add(new Case("atan2 " + prec + " " + raw(y) + " " + raw(x), BcdMathReference.atan2(y, x), prec, 1, 0));
        }
        check(cases);
    }

    @Test
    void powersWithinOneUlp() throws Exception {
        Random rnd = new Random(22);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            int prec = i % 2 == 0 ? 8 : 16;
            BigDecimal a = abs(num(rnd, prec, -2, 3));
            BigDecimal b = num(rnd, prec, -3, 1);
            BigDecimal exact = BcdMathReference.pow(a, b);
            if (exact.abs().compareTo(new BigDecimal("1E95")) > 0 || exact.abs().compareTo(new BigDecimal("1E-95")) < 0) {
                continue;
            }
            cases.add(new Case("pow " + prec + " " + raw(a) + " " + raw(b), exact, prec, 1, 0));
            BigDecimal c = num(rnd, prec, -1, 2);
            int n = rnd.nextInt(41) - 20;
            BigDecimal p = n >= 0 ? c.pow(n) : BigDecimal.ONE.divide(c.pow(-n), BcdMathReference.MC);
            if (p.abs().compareTo(new BigDecimal("1E95")) < 0 && p.abs().compareTo(new BigDecimal("1E-95")) > 0) {
                cases.add(new Case("powi " + prec + " " + raw(c) + " " + n, p, prec, 1, 0));
                cases.add(new Case("pow " + prec + " " + raw(c) + " " + raw(BigDecimal.valueOf(n)), p, prec, 1, 0));
            }
        }
        // exact integer powers come out exact
        cases.add(new Case("powi 16 +2000000000000000e1 50", new BigDecimal("1125899906842624"), 16, 0, 0));
        cases.add(new Case("pow 8 +3000000000000000e1 +4000000000000000e1", new BigDecimal("81"), 8, 0, 0));
        cases.add(new Case("powi 8 -2000000000000000e1 3", new BigDecimal("-8"), 8, 0, 0));
        cases.add(new Case("powi 8 +0000000000000000e0 0", BigDecimal.ONE, 8, 0, 0));
        cases.add(new Case("pow 8 +2000000000000000e1 +5000000000000000e0", new BigDecimal(2).sqrt(BcdMathReference.MC), 8, 1, 0));
        cases.add(new Case("pow 16 +0000000000000000e0 +5000000000000000e0", BigDecimal.ZERO, 16, 0, 0));
        check(cases);
    }

    @Test
    void integerPartsAreExact() throws Exception {
        Random rnd = new Random(23);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            BigDecimal a = num(rnd, 16, -2, 18);
            cases.add(new Case("aint " + raw(a), a.setScale(0, RoundingMode.DOWN), 16, 0, 0));
            cases.add(new Case("anint " + raw(a), a.setScale(0, RoundingMode.HALF_UP), 16, 0, 0));
        }
        check(cases);
    }

    /** Any operands at all (the whole exponent range): no crash or hang, a status, a bounded or exact value. */
    @Test
    void anyOperandsGiveAResult() throws Exception {
        Random rnd = new Random(24);
        String[] ops = {"sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "pow", "powi"};
        List<String> commands = new ArrayList<>();
        List<BigDecimal> args = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            String op = ops[i % ops.length];
            int prec = 1 + rnd.nextInt(16);
            BigDecimal a = BcdReference.random(rnd, 16, -98, 100);
            BigDecimal b = BcdReference.random(rnd, 16, -98, 100);
            args.add(a);
            commands.add(op + " " + prec + " " + raw(a) + (op.equals("powi") ? " " + (rnd.nextInt(200) - 100)
                    : op.equals("atan2") || op.equals("pow") ? " " + raw(b) : ""));
        }
        List<String> answers = driver.run(commands);
        for (int i = 0; i < answers.size(); i++) {
            String[] parts = answers.get(i).split(" ");
            String what = commands.get(i) + " -> " + answers.get(i);
            assertTrue(parts.length == 2 && parts[1].matches("[0-3]"), what);
            BigDecimal v = BcdReference.value(parts[0]);
            String op = commands.get(i).split(" ")[0];
            if (op.equals("sin") || op.equals("cos") || op.equals("asin") || op.equals("acos")
                    || op.equals("atan") || op.equals("atan2")) {
                assertTrue(v.abs().compareTo(new BigDecimal("3.2")) <= 0, what);
            }
            if (op.equals("sqrt") && args.get(i).signum() >= 0) {
                assertTrue(v.compareTo(args.get(i).sqrt(new MathContext(40))
                        .round(new MathContext(Integer.parseInt(commands.get(i).split(" ")[1]), RoundingMode.HALF_UP))) == 0, what);
            }
            if (op.equals("exp") && parts[1].equals("0")) {
                assertTrue(v.signum() >= 0, what);
            }
        }
    }

    @Test
    void domainErrorsAndOverflow() throws Exception {
        List<Case> cases = new ArrayList<>();
        String zero = "+0000000000000000e0";
        String one = "+1000000000000000e1";
        cases.add(new Case("sqrt 8 -1000000000000000e1", null, 8, 0, 3));
        cases.add(new Case("log 8 " + zero, null, 8, 0, 3));
        cases.add(new Case("log 16 -1000000000000000e1", null, 16, 0, 3));
        cases.add(new Case("log10 16 " + zero, null, 16, 0, 3));
        cases.add(new Case("asin 8 +1000000000000001e1", null, 8, 0, 3));
        cases.add(new Case("acos 8 -1100000000000000e1", null, 8, 0, 3));
        cases.add(new Case("atan2 8 " + zero + " " + zero, null, 8, 0, 3));
        cases.add(new Case("pow 8 -2000000000000000e1 +5000000000000000e0", null, 8, 0, 3));
        cases.add(new Case("pow 8 " + zero + " -1000000000000000e1", null, 8, 0, 2));
        cases.add(new Case("powi 8 " + zero + " -1", null, 8, 0, 2));
        cases.add(new Case("sin 8 +1000000000000000e10", null, 8, 0, 3));
        cases.add(new Case("exp 8 +2310000000000000e3", null, 8, 0, 1));
        cases.add(new Case("exp 16 +1000000000000000e4", null, 16, 0, 1));
        cases.add(new Case("exp 16 -1000000000000000e4", BigDecimal.ZERO, 16, 0, 0));
        cases.add(new Case("exp 16 -2310000000000000e3", BigDecimal.ZERO, 16, 0, 0));
        cases.add(new Case("powi 8 +1000000000000000e51 2", null, 8, 0, 1));
        cases.add(new Case("powi 8 +1000000000000000e-50 -2", null, 8, 0, 1));
        cases.add(new Case("pow 8 +1000000000000000e51 +2500000000000000e1", null, 8, 0, 1));
        cases.add(new Case("sqrt 16 " + zero, BigDecimal.ZERO, 16, 0, 0));
        cases.add(new Case("log 16 " + one, BigDecimal.ZERO, 16, 0, 0));
        cases.add(new Case("log10 16 +1000000000000000e-97", new BigDecimal(-98), 16, 0, 0));
        cases.add(new Case("log10 8 +1000000000000000e8", new BigDecimal(7), 8, 0, 0));
        cases.add(new Case("exp 16 " + zero, BigDecimal.ONE, 16, 0, 0));
        cases.add(new Case("sin 16 " + zero, BigDecimal.ZERO, 16, 0, 0));
        cases.add(new Case("cos 16 " + zero, BigDecimal.ONE, 16, 0, 0));
        cases.add(new Case("atan2 16 " + zero + " -1000000000000000e1", BcdMathReference.PI, 16, 1, 0));
        cases.add(new Case("atan2 16 -1000000000000000e1 " + zero, BcdMathReference.PI.divide(BigDecimal.valueOf(-2)), 16, 1, 0));
        cases.add(new Case("acos 16 -1000000000000000e1", BcdMathReference.PI, 16, 1, 0));
        cases.add(new Case("asin 16 +1000000000000000e1", BcdMathReference.PI.divide(BigDecimal.valueOf(2)), 16, 1, 0));
        check(cases);
        assertTrue(cases.size() > 20);
    }
}
