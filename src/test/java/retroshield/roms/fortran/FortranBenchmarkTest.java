package retroshield.roms.fortran;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The three benchmarks of docs/fortran.md (src/test/resources/fortran/bench): each must print
 * its result; the T-states of RUN (compiling and running) are printed for the documentation.
 */
class FortranBenchmarkTest {

    private static String bench(String name, String expected) throws Exception {
        assumeTrue(Files.exists(FortranSession.IMAGE), "roms/fortran.bin is missing: run roms/build.sh fortran");
        String src = Files.readString(FortranSession.PROGRAMS.resolve("bench").resolve(name + ".f"));
        try (FortranSession f = new FortranSession()) {
            String out = f.run(src);
            assertEquals(expected, out.replace("\r", "").trim(), name);
            System.out.printf("FORTRAN benchmark %s: %,d T-states%n", name, f.lastCycles());
            return out;
        }
    }

    @Test
    void nestedLoopsSummingReals() throws Exception {
        bench("sumloop", "5000.0000");
    }

    @Test
    void sortOfAThousandReals() throws Exception {
        bench("sort", "0.0000000 50.500000 100.80000");
    }

    @Test
    void primeSieve() throws Exception {
        bench("sieve", "1028");
    }
}
