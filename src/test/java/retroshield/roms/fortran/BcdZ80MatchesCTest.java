package retroshield.roms.fortran;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static retroshield.roms.fortran.BcdReference.raw;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Z80 build of the BCD library (its core is hand-written assembly, bcd_z80.s) against the C
 * reference of the same library compiled with gcc (bcd_core.c, bcd_arith.c, ... as
 * BcdLibraryTest checks them): thousands of random and edge operands, every result and status
 * must be identical, digit for digit. Needs gcc and sdcc, skipped without them.
 */
class BcdZ80MatchesCTest {

    private static final int[] PRECISIONS = {8, 16, 8, 16, 1, 2, 7, 9, 15, 0, 17};

    @TempDir
    static Path work;

    /** One case: the driver command and how to run it on the Z80 bench. */
    private record Case(String command, String op, int benchOp, int prec, String a, String b, long n) {
    }

    @Test
    void z80ResultsAreTheCResults() throws Exception {
        Assumptions.assumeTrue(BcdDriver.gccInstalled() && BcdZ80Bench.sdccInstalled(),
                "gcc or sdcc is not installed: Z80 against C check skipped");
        Path host = Files.createDirectories(work.resolve("host"));
        Path z80 = Files.createDirectories(work.resolve("z80"));
        BcdDriver driver = BcdDriver.build(host);
        BcdZ80Bench bench = BcdZ80Bench.build(z80);
        List<Case> cases = cases(new Random(808));
        List<String> want = driver.run(cases.stream().map(Case::command).toList());
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String got = runOnZ80(bench, cases.get(i));
            String expected = cases.get(i).op().equals("parse") ? want.get(i).split(" ")[0] : want.get(i);
            if (!got.equals(expected)) {
                failures.add(cases.get(i).command() + "  ->  Z80 " + got + "  C " + expected);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " Z80 results differ from C:\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }

    private static List<Case> cases(Random rnd) {
        List<Case> cases = new ArrayList<>();
        String[] ops = {"add", "sub", "mul", "div"};
        for (int op = 0; op < ops.length; op++) {
            for (int i = 0; i < 1500; i++) {
                int prec = PRECISIONS[i % PRECISIONS.length];
                boolean wide = rnd.nextInt(6) == 0;
                BigDecimal a = operand(rnd, prec, wide ? -98 : -12, wide ? 100 : 12);
                BigDecimal b;
                int kind = rnd.nextInt(10);
                if (kind < 4) {                   // close exponents: carries, cancellation
                    int ea = a.precision() - a.scale();
                    int eb = Math.max(-98, Math.min(100, ea + rnd.nextInt(45) - 22));
                    b = operand(rnd, prec, eb, eb);
                } else if (kind == 4) {
                    b = a.negate();
                } else if (kind == 5) {
                    b = a;
                } else {
                    b = operand(rnd, prec, wide ? -98 : -12, wide ? 100 : 12);
                }
                if (rnd.nextInt(40) == 0) {
                    b = BigDecimal.ZERO;
                }
                if (rnd.nextInt(40) == 0) {
                    a = BigDecimal.ZERO;
                }
                cases.add(binary(ops[op], op + 1, prec, raw(a), raw(b)));
            }
        }
        String max = "+9999999999999999e100";
        String min = "+1000000000000000e-98";
        String[][] edges = {{max, "+1000000000000000e85"}, {max, max}, {min, "+1000000000000000e0"},
                {min, "+2000000000000000e1"}, {"-" + max.substring(1), "+1000000000000000e0"}, {min, "+9000000000000000e-99"},
                {"+9999999950000000e1", "+0000000000000000e0"}, {"+9999999949999999e1", "+0000000000000000e0"},
                {"+1000000050000000e1", "+1000000000000000e-40"}, {"-1000000050000000e1", "-1000000000000000e-40"},
                {"+9999999999999999e0", "+9999999999999999e0"}, {"+1000000000000000e1", "+3000000000000000e1"},
                {"+2000000000000000e1", "+3000000000000000e1"}, {max, "+1000000000000000e-98"}, {min, max}};
        for (String[] e : edges) {
            for (int op = 0; op < ops.length; op++) {
                for (int prec : new int[] {1, 8, 16}) {
                    cases.add(binary(ops[op], op + 1, prec, e[0], e[1]));
                    cases.add(binary(ops[op], op + 1, prec, e[1], e[0]));
                }
            }
        }
        for (int i = 0; i < 1500; i++) {
            BigDecimal a = BcdReference.random(rnd, 16, -98, 100);
            BigDecimal b = rnd.nextInt(4) == 0 ? a : rnd.nextInt(3) == 0
                    ? a.add(a.ulp().multiply(BigDecimal.valueOf(rnd.nextInt(3) - 1))).round(MathContext.DECIMAL64)
                    : BcdReference.random(rnd, 16, -3, 3);
            if (b.precision() > 16 || b.abs().compareTo(BcdReference.MIN) < 0) {
                b = BigDecimal.ONE.negate();
            }
            if (rnd.nextInt(20) == 0) {
                b = BigDecimal.ZERO;
            }
            cases.add(new Case("cmp " + raw(a) + " " + raw(b), "cmp", 5, 0, raw(a), raw(b), 0));
            int prec = rnd.nextInt(18);
            cases.add(new Case("round " + prec + " " + raw(a), "round", 28, prec, raw(a), null, 0));
            BigDecimal c = rnd.nextInt(20) == 0 ? BigDecimal.ZERO : BcdReference.random(rnd, 16, -2, 12);
            if (rnd.nextBoolean()) {
                c = c.setScale(0, RoundingMode.DOWN).add(BigDecimal.valueOf(rnd.nextInt(3) - 1));
                c = c.precision() > 16 ? BigDecimal.ONE : c;
            }
            cases.add(new Case("tolong " + raw(c), "tolong", 21, 0, raw(c), null, 0));
            cases.add(new Case("aint " + raw(c), "aint", 19, 0, raw(c), null, 0));
            cases.add(new Case("anint " + raw(c), "anint", 20, 0, raw(c), null, 0));
            long l = switch (rnd.nextInt(4)) {
                case 0 -> rnd.nextInt(2000) - 1000;
                case 1 -> rnd.nextBoolean() ? Integer.MIN_VALUE + rnd.nextInt(3) : Integer.MAX_VALUE - rnd.nextInt(3);
                default -> rnd.nextInt();
            };
            cases.add(new Case("fromlong " + l, "fromlong", 22, 0, null, null, l));
        }
        String[] functions = {"sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan"};
        for (int f = 0; f < functions.length; f++) {
            for (int i = 0; i < 24; i++) {
                int prec = PRECISIONS[i % 4];
                BigDecimal a = BcdReference.random(rnd, prec, -3, 3);
                if (rnd.nextInt(4) == 0) {
                    a = a.negate();
                }
                cases.add(new Case(functions[f] + " " + prec + " " + raw(a), functions[f], 6 + f, prec, raw(a), null, 0));
            }
        }
        for (int i = 0; i < 30; i++) {
            int prec = PRECISIONS[i % 4];
            BigDecimal a = BcdReference.random(rnd, prec, -2, 3).abs();
            BigDecimal b = BcdReference.random(rnd, prec, -1, 2);
            cases.add(binary("atan2", 16, prec, raw(b), raw(a)));
            cases.add(binary("pow", 17, prec, raw(a), raw(b)));
            long n = rnd.nextInt(41) - 20;
            cases.add(new Case("powi " + prec + " " + raw(a) + " " + n, "powi", 18, prec, raw(a), null, n));
        }
        for (int i = 0; i < 200; i++) {
            int prec = PRECISIONS[i % PRECISIONS.length];
            BigDecimal a = BcdReference.random(rnd, 16, -30, 30);
            String text = a.toString().replace("E+", "E");
            if (text.length() < 40) {
                cases.add(new Case("parse " + prec + " " + text, "parse", 23, prec, null, text, 0));
            }
            cases.add(new Case("fmtl " + prec + " " + raw(a), "fmtl", 24, prec, raw(a), null, 0));
            cases.add(new Case("fmtf 15 4 " + raw(a), "fmtf", 25, 0, raw(a), null, 0));
            cases.add(new Case("fmte 15 7 " + raw(a), "fmte", 26, 0, raw(a), null, 0));
            cases.add(new Case("fmtg 15 7 " + raw(a), "fmtg", 27, 0, raw(a), null, 0));
        }
        return cases;
    }

    private static BigDecimal operand(Random rnd, int prec, int lo, int hi) {
        int digits = Math.max(1, Math.min(16, prec));
        return BcdReference.random(rnd, rnd.nextInt(3) == 0 ? 16 : digits, lo, hi);
    }

    private static Case binary(String op, int benchOp, int prec, String a, String b) {
        return new Case(op + " " + prec + " " + a + " " + b, op, benchOp, prec, a, b, 0);
    }

    /** The Z80's answer in the form the C driver prints. */
    private static String runOnZ80(BcdZ80Bench bench, Case c) {
        if (c.a() != null) {
            bench.setNumber("a", c.a());
        }
        if (c.b() != null && !c.op().equals("parse")) {
            bench.setNumber("b", c.b());
        }
        switch (c.op()) {
            case "cmp" -> {
                bench.run(5, 0);
                return Integer.toString(bench.status());
            }
            case "round" -> {
                bench.setNumber("r", c.a());
                bench.run(28, c.prec());
                return bench.number("r");
            }
            case "tolong" -> {
                bench.run(21, 0);
                return bench.longValue() + " " + bench.status();
            }
            case "fromlong" -> {
                bench.setLong(c.n());
                bench.run(22, 0);
                return bench.number("r");
            }
            case "powi" -> {
                bench.setLong(c.n());
                bench.run(18, c.prec());
                return bench.number("r") + " " + bench.status();
            }
            case "parse" -> {
                bench.setText(c.b());
                bench.run(23, c.prec());
                return bench.number("r");
            }
            case "fmtl", "fmtf", "fmte", "fmtg" -> {
                bench.run(c.benchOp(), c.prec());
                return "[" + bench.text() + "]";
            }
            default -> {
                bench.run(c.benchOp(), c.prec());
                return bench.number("r") + " " + bench.status();
            }
        }
    }
}
