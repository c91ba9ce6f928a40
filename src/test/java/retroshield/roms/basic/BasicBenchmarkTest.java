package retroshield.roms.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Rugg/Feldman benchmarks BM1-BM7 (Kilobaud, June 1977), written here from their published
 * description: each prints S, runs its loop 1000 times and prints E. The T-states from RUN to
 * the E are printed (docs/basic.md lists them) and bounded, so a slowdown fails the test.
 */
class BasicBenchmarkTest {

    static final String[] BM1 = {"100 PRINT \"S\"", "200 FOR K=1 TO 1000", "300 NEXT K",
        "400 PRINT \"E\"", "500 END"};
    static final String[] BM2 = {"100 PRINT \"S\"", "200 K=0", "300 K=K+1",
        "400 IF K<1000 THEN 300", "500 PRINT \"E\"", "600 END"};
    static final String[] BM3 = {"100 PRINT \"S\"", "200 K=0", "300 K=K+1", "340 A=K/K*K+K-K",
        "400 IF K<1000 THEN 300", "500 PRINT \"E\"", "600 END"};
    static final String[] BM4 = {"100 PRINT \"S\"", "200 K=0", "300 K=K+1", "340 A=K/2*3+4-5",
        "400 IF K<1000 THEN 300", "500 PRINT \"E\"", "600 END"};
    static final String[] BM5 = {"100 PRINT \"S\"", "200 K=0", "300 K=K+1", "340 A=K/2*3+4-5",
        "350 GOSUB 820", "400 IF K<1000 THEN 300", "500 PRINT \"E\"", "600 END", "820 RETURN"};
    static final String[] BM6 = {"100 PRINT \"S\"", "200 K=0", "250 DIM M(5)", "300 K=K+1",
        "340 A=K/2*3+4-5", "350 GOSUB 820", "360 FOR L=1 TO 5", "380 NEXT L",
        "400 IF K<1000 THEN 300", "500 PRINT \"E\"", "600 END", "820 RETURN"};
    static final String[] BM7 = {"100 PRINT \"S\"", "200 K=0", "250 DIM M(5)", "300 K=K+1",
        "340 A=K/2*3+4-5", "350 GOSUB 820", "360 FOR L=1 TO 5", "370 M(L)=A", "380 NEXT L",
        "400 IF K<1000 THEN 300", "500 PRINT \"E\"", "600 END", "820 RETURN"};

    /** Upper bounds in T-states (about 1.25 times the figures measured when last tuned). */
    static final long[] LIMITS = {4_050_000L, 11_900_000L, 32_400_000L, 31_600_000L,
        35_500_000L, 62_900_000L, 88_800_000L};

    static long measure(BasicSession basic, String[] program) {
        basic.run("NEW");
        basic.enter(program);
        basic.type("RUN\r");
        basic.expect("RUN\r\nS\r\n");
        long start = basic.cycles();
        String out = basic.expect("E\r\n");
        long spent = basic.cycles() - start;
        assertEquals("E\r\n", out);
        basic.expect(BasicSession.OK);
        return spent;
    }

    @Test
    void benchmarksRunWithinTheirBudgets() throws Exception {
        BasicSession basic = BasicSession.boot();
        List<String[]> all = List.of(BM1, BM2, BM3, BM4, BM5, BM6, BM7);
        List<String> report = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            long t = measure(basic, all.get(i));
            report.add(String.format("BM%d %,d T-states", i + 1, t));
            assertTrue(t < LIMITS[i], "BM" + (i + 1) + " took " + t + " T-states");
        }
        System.out.println("BASIC benchmarks: " + String.join(", ", report));
    }
}
