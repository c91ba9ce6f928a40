package retroshield.roms.fortran;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static retroshield.roms.fortran.BcdReference.raw;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * T-states of every BCD library operation on the Z80 (SDCC build, the project's Z80 core), for
 * REAL (8 digits) and DOUBLE PRECISION (16 digits), each result checked against BigDecimal.
 * Tagged slow: run with {@code ./mvnw test -Pfull -Dtest=BcdZ80CostTest}. Writes the table
 * to target/bcd-z80-cost.md (the figures in docs/fortran-bcd.md come from it).
 */
@Tag("slow")
class BcdZ80CostTest {

    private static final int SAMPLES = 6;

    @TempDir
    Path work;

    private record Op(String name, int code, int operands, BinaryOperator<BigDecimal> exact) {
    }

    private static final List<Op> OPS = List.of(
            new Op("add", 1, 2, BigDecimal::add),
            new Op("sub", 2, 2, BigDecimal::subtract),
            new Op("mul", 3, 2, BigDecimal::multiply),
            new Op("div", 4, 2, (a, b) -> a.divide(b, BcdMathReference.MC)),
            new Op("sqrt", 6, 1, (a, b) -> a.sqrt(BcdMathReference.MC)),
            new Op("exp", 7, 1, (a, b) -> BcdMathReference.exp(a)),
            new Op("log", 8, 1, (a, b) -> BcdMathReference.ln(a)),
            new Op("log10", 9, 1, (a, b) -> BcdMathReference.log10(a)),
            new Op("sin", 10, 1, (a, b) -> BcdMathReference.sin(a)),
            new Op("cos", 11, 1, (a, b) -> BcdMathReference.cos(a)),
            new Op("tan", 12, 1, (a, b) -> BcdMathReference.tan(a)),
            new Op("asin", 13, 1, (a, b) -> BcdMathReference.asin(a)),
            new Op("acos", 14, 1, (a, b) -> BcdMathReference.acos(a)),
            new Op("atan", 15, 1, (a, b) -> BcdMathReference.atan(a)),
            new Op("atan2", 16, 2, BcdMathReference::atan2),
            new Op("pow", 17, 2, BcdMathReference::pow));

    @Test
    void measuresEveryOperation() throws Exception {
        Assumptions.assumeTrue(BcdZ80Bench.sdccInstalled(), "sdcc is not installed");
        BcdZ80Bench bench = BcdZ80Bench.build(work);
        long overhead = bench.run(0, 8);
        bench.trackStack();
        Random rnd = new Random(99);
        StringBuilder table = new StringBuilder("| operation | REAL (8 digits) avg / max | DOUBLE (16 digits) avg / max |\n|---|---|---|\n");
        for (Op op : OPS) {
            table.append("| ").append(op.name());
            for (int prec : new int[] {8, 16}) {
                long sum = 0;
                long max = 0;
                for (int s = 0; s < SAMPLES; s++) {
                    BigDecimal a = argument(op.name(), rnd, prec);
                    BigDecimal b = op.name().equals("pow") ? BcdReference.random(rnd, prec, 0, 1).remainder(BigDecimal.valueOf(3))
                            : BcdReference.random(rnd, prec, -1, 2);
                    bench.setNumber("a", raw(a));
                    bench.setNumber("b", raw(b));
                    long t = bench.run(op.code(), prec) - overhead;
                    sum += t;
                    max = Math.max(max, t);
                    BigDecimal exact = op.exact().apply(a, b);
                    BigDecimal got = BcdReference.value(bench.number("r"));
                    BigDecimal ulp = ulp(exact, prec);
                    assertEquals(0, bench.status(), op.name() + " status");
                    assertTrue(got.subtract(exact).abs().compareTo(ulp) <= 0,
                            op.name() + " " + a + " " + b + " on the Z80 gave " + got + ", exact " + exact);
                }
                table.append(" | ").append(sum / SAMPLES).append(" / ").append(max);
            }
            table.append(" |\n");
        }
        table.append(textOperations(bench, overhead, rnd));
        StringBuilder sizes = new StringBuilder("\n| module | code bytes |\n|---|---|\n");
        int total = 0;
        for (Map.Entry<String, Integer> m : bench.moduleCode().entrySet()) {
            if (!m.getKey().equals("bcd_bench")) {
                sizes.append("| ").append(m.getKey()).append(m.getKey().startsWith("bcd_z80") ? ".s | " : ".c | ").append(m.getValue()).append(" |\n");
                total += m.getValue();
            }
        }
        sizes.append("| all modules | ").append(total).append(" |\n")
                .append("| linked, with the SDCC runtime helpers used | ")
                .append(bench.linkedCode() - bench.moduleCode().get("bcd_bench")).append(" |\n");
        String report = "T-states per call (call overhead of " + overhead + " subtracted), " + SAMPLES
                + " random operands each\n\n" + table + sizes + "\nDeepest stack use of any call: " + bench.stackUsed()
                + " bytes\n";
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "bcd-z80-cost.md"), report, StandardCharsets.UTF_8);
    }

    private static BigDecimal argument(String op, Random rnd, int prec) {
        BigDecimal a = BcdReference.random(rnd, prec, -1, 2);
        return switch (op) {
            case "sqrt", "log", "log10", "pow" -> a.abs();
            case "exp" -> a.remainder(BigDecimal.valueOf(50));
            case "asin", "acos" -> a.remainder(BigDecimal.ONE);
            default -> a;
        };
    }

    private static BigDecimal ulp(BigDecimal x, int prec) {
        BigDecimal r = x.round(new MathContext(prec, RoundingMode.HALF_UP));
        return BigDecimal.ONE.scaleByPowerOfTen(r.precision() - r.scale() - prec);
    }

    /** Integer conversions, parsing and output formats, one line each (DOUBLE and REAL alike). */
    private static String textOperations(BcdZ80Bench bench, long overhead, Random rnd) {
        StringBuilder sb = new StringBuilder();
        List<String> rows = new ArrayList<>();
        for (int prec : new int[] {8, 16}) {
            BigDecimal a = BcdReference.random(rnd, prec, -1, 6);
            bench.setNumber("a", raw(a));
            long powi = bench.run(0, prec);
            bench.setLong(13);
            powi = bench.run(18, prec) - overhead;
            BigDecimal p = BcdReference.value(bench.number("r"));
            assertTrue(p.subtract(a.pow(13)).abs().compareTo(ulp(a.pow(13), prec)) <= 0, "powi");
            rows.add("| powi (x**13), " + prec + " digits | " + powi + " |");
            bench.setText(a.toString());
            long parse = bench.run(23, prec) - overhead;
            assertEquals(raw(BcdReference.round(a, prec)), bench.number("r"), "parse " + a);
            rows.add("| parse \"" + a + "\" | " + parse + " |");
            long list = bench.run(24, prec) - overhead;
            assertEquals(BcdReference.fmtList(a, prec), bench.text());
            rows.add("| list-directed output, " + prec + " digits | " + list + " |");
            long f = bench.run(25, prec) - overhead;
            assertEquals(BcdReference.fmtF(a, 15, 4), bench.text());
            rows.add("| F15.4 | " + f + " |");
            long e = bench.run(26, prec) - overhead;
            assertEquals(BcdReference.fmtE(a, 15, 7, 'E'), bench.text());
            rows.add("| E15.7 | " + e + " |");
            long g = bench.run(27, prec) - overhead;
            assertEquals(BcdReference.fmtG(a, 15, 7), bench.text());
            rows.add("| G15.7 | " + g + " |");
            long cmp = bench.run(5, prec) - overhead;
            rows.add("| compare | " + cmp + " |");
            long tl = bench.run(21, prec) - overhead;
            rows.add("| to integer (INT) | " + tl + " |");
            bench.setLong(-123456789L);
            long fl = bench.run(22, prec) - overhead;
            assertEquals(raw(BigDecimal.valueOf(-123456789L)), bench.number("r"));
            rows.add("| from integer (REAL(i)) | " + fl + " |");
            long an = bench.run(20, prec) - overhead;
            rows.add("| ANINT | " + an + " |");
        }
        sb.append("\n| operation | T-states |\n|---|---|\n");
        for (String r : rows) {
            sb.append(r).append('\n');
        }
        return sb.toString();
    }
}
