package retroshield.roms.fortran;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import retroshield.rom.StorageSpec;

/**
 * The programs of src/test/resources/fortran compiled with gfortran (when installed) and run on
 * the host: every number the ROM prints must equal gfortran's (REALs within 8 significant
 * digits, DOUBLE PRECISION within 15), every other word must be the same; list-directed
 * spacing may differ.
 */
class FortranGfortranTest {

    @TempDir
    Path dir;

    static boolean gfortranInstalled() {
        try {
            Process p = new ProcessBuilder("gfortran", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @TestFactory
    Stream<DynamicTest> romPrintsTheNumbersGfortranPrints() throws Exception {
        assumeTrue(Files.exists(FortranSession.IMAGE), "roms/fortran.bin is missing: run roms/build.sh fortran");
        assumeTrue(gfortranInstalled(), "gfortran is not installed: comparison with gfortran skipped");
        return FortranSession.programNames().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            String reference = gfortran(name);
            String ours;
            try (FortranSession f = new FortranSession()) {
                ours = f.run(FortranSession.program(name));
            }
            compare(name, reference, ours);
        }));
    }

    @TestFactory
    Stream<DynamicTest> filePrograms() throws Exception {
        // the programs of files/ (OPEN, READ/WRITE on units, ERR=/END=/IOSTAT=): gfortran runs
        // in one temporary folder, the ROM with its SD card in another
        assumeTrue(Files.exists(FortranSession.IMAGE), "roms/fortran.bin is missing: run roms/build.sh fortran");
        assumeTrue(gfortranInstalled(), "gfortran is not installed: comparison with gfortran skipped");
        Path folder = FortranSession.PROGRAMS.resolve("files");
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".f")).sorted()
                    .forEach(n -> names.add(n.substring(0, n.length() - 2)));
        }
        assertTrue(!names.isEmpty(), "no programs in " + folder);
        return names.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Path hostDir = Files.createDirectories(dir.resolve("host-" + name));
            Path card = Files.createDirectories(dir.resolve("card-" + name));
            String reference = gfortran(folder, name, hostDir);
            String ours;
            try (FortranSession f = new FortranSession(StorageSpec.of(card))) {
                ours = f.run(Files.readString(folder.resolve(name + ".f")));
            }
            compare(name, reference, ours);
        }));
    }

    private String gfortran(String name) throws Exception {
        return gfortran(FortranSession.PROGRAMS, name, dir);
    }

    /** Compiles folder/name.f with gfortran and runs it with work as its working folder. */
    private String gfortran(Path folder, String name, Path work) throws Exception {
        Path src = work.resolve(name + ".f");
        Files.copy(folder.resolve(name + ".f"), src);
        Path exe = work.resolve(name);
        Process c = new ProcessBuilder("gfortran", "-w", "-o", exe.toString(), src.toString())
                .redirectErrorStream(true).start();
        String log = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(c.waitFor(120, TimeUnit.SECONDS) && c.exitValue() == 0, "gfortran failed: " + log);
        Process r = new ProcessBuilder(exe.toString()).directory(work.toFile()).redirectErrorStream(true).start();
        r.getOutputStream().close();
        String out = new String(r.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(r.waitFor(60, TimeUnit.SECONDS), "gfortran program did not end");
        return out;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.replace("\r", "").trim().split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    static Double number(String w) {
        try {
            return Double.parseDouble(w.replace('D', 'E'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static void compare(String name, String reference, String ours) {
        List<String> a = words(reference);
        List<String> b = words(ours);
        assertEquals(a.size(), b.size(), name + ": different number of words\ngfortran:\n" + reference + "\nROM:\n" + ours);
        for (int i = 0; i < a.size(); i++) {
            Double x = number(a.get(i));
            Double y = number(b.get(i));
            if (x != null && y != null) {
                double tolerance = a.get(i).matches("-?\\d+") ? 0 : Math.max(Math.abs(x), 1e-30) * 2e-7;
                assertTrue(Math.abs(x - y) <= tolerance, name + ": word " + (i + 1) + " gfortran " + a.get(i)
                        + " ROM " + b.get(i) + "\ngfortran:\n" + reference + "\nROM:\n" + ours);
            } else {
                assertEquals(a.get(i), b.get(i), name + ": word " + (i + 1) + "\ngfortran:\n" + reference + "\nROM:\n" + ours);
            }
        }
    }
}
