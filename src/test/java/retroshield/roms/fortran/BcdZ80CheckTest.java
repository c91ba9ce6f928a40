package retroshield.roms.fortran;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static retroshield.roms.fortran.BcdReference.raw;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The BCD library as the ROM runs it: compiled with SDCC for the Z80 (16-bit int, its own
 * runtime helpers) and executed on the project's Z80 core, a few hundred random cases of every
 * operation checked against BigDecimal. Complements the larger host-side BcdLibraryTest and
 * BcdFunctionTest, which cannot see SDCC-specific behaviour. Skipped without sdcc.
 */
class BcdZ80CheckTest {

    @TempDir
    static Path work;

    private record Op(String name, int code, BinaryOperator<BigDecimal> exact, int ulps) {
    }

    @Test
    void z80BuildComputesTheSameResults() throws Exception {
        Assumptions.assumeTrue(BcdZ80Bench.sdccInstalled(), "sdcc is not installed: Z80 check of the BCD library skipped");
        BcdZ80Bench bench = BcdZ80Bench.build(work);
        Random rnd = new Random(31);
        List<String> failures = new ArrayList<>();
        List<Op> ops = List.of(
                new Op("add", 1, BigDecimal::add, 0),
                new Op("sub", 2, BigDecimal::subtract, 0),
                new Op("mul", 3, BigDecimal::multiply, 0),
                new Op("div", 4, (a, b) -> a.divide(b, new MathContext(40, RoundingMode.DOWN)), 0));
        int count = 0;
        for (Op op : ops) {
            for (int i = 0; i < 150; i++) {
                int prec = i % 2 == 0 ? 8 : 16;
                BigDecimal a = BcdReference.random(rnd, i % 3 == 0 ? 16 : prec, -12, 12);
                BigDecimal b = i % 4 == 0 ? BcdReference.random(rnd, prec, a.precision() - a.scale() - 2,
                        a.precision() - a.scale() + 2) : BcdReference.random(rnd, prec, -12, 12);
                check(bench, op, prec, a, b, failures);
                count++;
            }
        }
        List<Op> functions = List.of(
                new Op("sqrt", 6, (a, b) -> a.abs().sqrt(BcdMathReference.MC), 0),
                new Op("exp", 7, (a, b) -> BcdMathReference.exp(a), 1),
                new Op("log", 8, (a, b) -> BcdMathReference.ln(a.abs()), 1),
                new Op("log10", 9, (a, b) -> BcdMathReference.log10(a.abs()), 1),
                new Op("sin", 10, (a, b) -> BcdMathReference.sin(a), 1),
                new Op("cos", 11, (a, b) -> BcdMathReference.cos(a), 1),
                new Op("tan", 12, (a, b) -> BcdMathReference.tan(a), 1),
                new Op("asin", 13, (a, b) -> BcdMathReference.asin(a), 1),
                new Op("acos", 14, (a, b) -> BcdMathReference.acos(a), 1),
                new Op("atan", 15, (a, b) -> BcdMathReference.atan(a), 1),
                new Op("atan2", 16, BcdMathReference::atan2, 1),
                new Op("pow", 17, BcdMathReference::pow, 1));
        for (Op op : functions) {
            for (int i = 0; i < 16; i++) {
                int prec = i % 2 == 0 ? 8 : 16;
                BigDecimal a = BcdReference.random(rnd, prec, -2, 2);
                BigDecimal b = BcdReference.random(rnd, prec, -1, 1);
                switch (op.name()) {
                    case "sqrt", "log", "log10", "pow" -> a = a.abs();
                    case "asin", "acos" -> a = a.remainder(BigDecimal.ONE);
                    default -> { }
                }
                check(bench, op, prec, a, b, failures);
                count++;
            }
        }
        for (int i = 0; i < 60; i++) {
            int prec = i % 2 == 0 ? 8 : 16;
            BigDecimal a = BcdReference.random(rnd, 16, -30, 30);
            bench.setNumber("a", raw(a));
            bench.run(24, prec);
            expect(failures, "list " + a, BcdReference.fmtList(a, prec), bench.text());
            bench.run(25, prec);
            expect(failures, "F15.4 " + a, BcdReference.fmtF(a, 15, 4), bench.text());
            bench.run(26, prec);
            expect(failures, "E15.7 " + a, BcdReference.fmtE(a, 15, 7, 'E'), bench.text());
            bench.run(27, prec);
            expect(failures, "G15.7 " + a, BcdReference.fmtG(a, 15, 7), bench.text());
            bench.setText(a.toString());
            bench.run(23, prec);
            expect(failures, "parse " + a, raw(BcdReference.round(a, prec)), bench.number("r"));
            long l = rnd.nextInt();
            bench.setLong(l);
            bench.run(22, prec);
            expect(failures, "from " + l, raw(BigDecimal.valueOf(l)), bench.number("r"));
            count += 6;
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + count + " Z80 results wrong:\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        assertEquals(0, failures.size());
    }

    private static void expect(List<String> failures, String what, String want, String got) {
        if (!want.equals(got)) {
            failures.add(what + ": got " + got + ", want " + want);
        }
    }

    private static void check(BcdZ80Bench bench, Op op, int prec, BigDecimal a, BigDecimal b, List<String> failures) {
        bench.setNumber("a", raw(a));
        bench.setNumber("b", raw(b));
        bench.run(op.code(), prec);
        BigDecimal exact = op.exact().apply(a, b);
        BigDecimal want = BcdReference.round(exact, prec);
        String got = bench.number("r");
        BigDecimal value = BcdReference.value(got);
        boolean ok = want != null && bench.status() == 0 && (op.ulps() == 0 ? value.compareTo(want) == 0
                : value.subtract(exact).abs().compareTo(ulp(want, prec)) <= 0);
        if (!ok) {
            failures.add(op.name() + " " + prec + " " + a + " " + b + ": got " + got + " status " + bench.status()
                    + ", want " + want);
        }
    }

    private static BigDecimal ulp(BigDecimal r, int prec) {
        return BigDecimal.ONE.scaleByPowerOfTen(r.precision() - r.scale() - prec);
    }
}
