package retroshield.roms.fortran;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import retroshield.cpu.Bus;
import retroshield.cpu.Z80;

/**
 * The BCD library compiled with SDCC for the Z80 (as the Fortran ROM compiles it) together with
 * src/test/c/fortran/bcd_bench.c, run on the project's Z80 core: one library call per run,
 * counting T-states from reset to the bench's OUT ($FE).
 */
final class BcdZ80Bench implements Bus {

    private final byte[] image = new byte[0x10000];
    private final byte[] mem = new byte[0x10000];
    private final Map<String, Integer> symbols = new LinkedHashMap<>();
    private final Map<String, Integer> moduleCode = new LinkedHashMap<>();
    private final Z80 cpu = new Z80(this);
    private long endCycles = -1;
    private int linkedCode;

    static boolean sdccInstalled() {
        try {
            Process p = new ProcessBuilder("sdcc", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static BcdZ80Bench build(Path work) throws IOException, InterruptedException {
        Path src = BcdDriver.SOURCES.toAbsolutePath();
        Path test = BcdDriver.DRIVER.toAbsolutePath().getParent();
        List<String> rels = new ArrayList<>();
        exec(work, "sdasz80", "-plosgff", "-o", "crt0.rel", test.resolve("bcd_bench_crt0.s").toString());
        rels.add("crt0.rel");
        List<Path> sources = new ArrayList<>();
        try (var files = Files.list(src)) {
            files.filter(p -> p.getFileName().toString().matches("bcd_[a-z0-9_]+\\.c")).sorted().forEach(sources::add);
        }
        sources.add(test.resolve("bcd_bench.c"));
        BcdZ80Bench bench = new BcdZ80Bench();
        List<Path> assembly = new ArrayList<>();       // the library's Z80 assembly modules
        try (var files = Files.list(src)) {
            files.filter(p -> p.getFileName().toString().matches("bcd_[a-z0-9_]+\\.s")).sorted().forEach(assembly::add);
        }
        for (Path s : assembly) {
            String name = s.getFileName().toString().replace(".s", "");
            exec(work, "sdasz80", "-plosgff", "-o", name + ".rel", s.toString());
            rels.add(name + ".rel");
            bench.moduleCode.put(name, codeSize(work.resolve(name + ".rel")));
        }
        List<Process> compiles = new ArrayList<>();
        for (Path c : sources) {             // all at once: SDCC is slow, the machine has cores
            String name = c.getFileName().toString().replace(".c", "");
            compiles.add(new ProcessBuilder("sdcc", "-mz80", "-c", "--opt-code-size", "-I" + src, "-o", name + ".rel",
                    c.toString()).directory(work.toFile()).redirectErrorStream(true).start());
        }
        for (int i = 0; i < sources.size(); i++) {
            Process p = compiles.get(i);
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("sdcc failed on " + sources.get(i) + ":\n" + out);
            }
        }
        for (Path c : sources) {
            String name = c.getFileName().toString().replace(".c", "");
            rels.add(name + ".rel");
            bench.moduleCode.put(name, codeSize(work.resolve(name + ".rel")));
        }
        List<String> link = new ArrayList<>(List.of("sdcc", "-mz80", "--no-std-crt0", "--code-loc", "0x0100",
                "--data-loc", "0xC000", "-o", "bench.ihx"));
        link.addAll(rels);
        exec(work, link.toArray(String[]::new));
        bench.loadHex(work.resolve("bench.ihx"));
        for (String line : Files.readAllLines(work.resolve("bench.map"), StandardCharsets.ISO_8859_1)) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 2 && f[0].matches("[0-9A-F]{8}")) {
                bench.symbols.put(f[1], Integer.parseInt(f[0], 16));
            }
        }
        bench.linkedCode = bench.symbols.getOrDefault("l__CODE", 0);
        return bench;
    }

    private static int codeSize(Path rel) throws IOException {
        for (String line : Files.readAllLines(rel, StandardCharsets.ISO_8859_1)) {
            if (line.startsWith("A _CODE size ")) {
                return Integer.parseInt(line.split(" ")[3], 16);
            }
        }
        return 0;
    }

    private static void exec(Path dir, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed:\n" + out);
        }
    }

    private void loadHex(Path ihx) throws IOException {
        for (String line : Files.readAllLines(ihx)) {
            if (!line.startsWith(":") || line.length() < 11) {
                continue;
            }
            int n = Integer.parseInt(line.substring(1, 3), 16);
            int addr = Integer.parseInt(line.substring(3, 7), 16);
            if (Integer.parseInt(line.substring(7, 9), 16) != 0) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                image[(addr + i) & 0xFFFF] = (byte) Integer.parseInt(line.substring(9 + 2 * i, 11 + 2 * i), 16);
            }
        }
    }

    /** Code bytes of each library module (the _CODE area of its .rel, constants included). */
    Map<String, Integer> moduleCode() {
        return moduleCode;
    }

    /** Bytes of _CODE after linking (library, bench dispatcher and SDCC runtime helpers). */
    int linkedCode() {
        return linkedCode;
    }

    private int sym(String name) {
        Integer a = symbols.get(name);
        if (a == null) {
            throw new IllegalStateException("symbol " + name + " not in the bench's map");
        }
        return a;
    }

    void setNumber(String var, String raw) {
        int a = sym("_bench_" + var);
        mem[a] = (byte) (raw.charAt(0) == '-' ? 1 : 0);
        mem[a + 1] = (byte) Integer.parseInt(raw.substring(18));
        for (int i = 0; i < 8; i++) {
            mem[a + 2 + i] = (byte) (((raw.charAt(1 + 2 * i) - '0') << 4) | (raw.charAt(2 + 2 * i) - '0'));
        }
    }

    String number(String var) {
        int a = sym("_bench_" + var);
        StringBuilder sb = new StringBuilder(mem[a] != 0 ? "-" : "+");
        for (int i = 0; i < 8; i++) {
            sb.append((mem[a + 2 + i] >> 4) & 15).append(mem[a + 2 + i] & 15);
        }
        return sb.append('e').append(mem[a + 1]).toString();
    }

    void setLong(long v) {
        int a = sym("_bench_long");
        for (int i = 0; i < 4; i++) {
            mem[a + i] = (byte) (v >> (8 * i));
        }
    }

    long longValue() {
        int a = sym("_bench_long");
        return (mem[a] & 0xFF) | (mem[a + 1] & 0xFF) << 8 | (mem[a + 2] & 0xFF) << 16 | (long) mem[a + 3] << 24;
    }

    void setText(String s) {
        int a = sym("_bench_buf");
        for (int i = 0; i < s.length(); i++) {
            mem[a + i] = (byte) s.charAt(i);
        }
        mem[a + s.length()] = 0;
    }

    String text() {
        int a = sym("_bench_buf");
        StringBuilder sb = new StringBuilder();
        for (int i = a; mem[i] != 0; i++) {
            sb.append((char) mem[i]);
        }
        return sb.toString();
    }

    int status() {
        int a = sym("_bench_status");
        return (short) ((mem[a] & 0xFF) | (mem[a + 1] << 8));
    }

    /** Cycles spent per function (by the nearest symbol below each PC) during the next runs. */
    java.util.TreeMap<Integer, String> profileStart() {
        java.util.TreeMap<Integer, String> bySymbol = new java.util.TreeMap<>();
        symbols.forEach((n, a) -> {
            if (a >= 0x100 && a < 0xC000 && !n.startsWith("s_") && !n.startsWith("l_")) {
                bySymbol.put(a, n);
            }
        });
        java.util.Map<String, long[]> counts = new java.util.HashMap<>();
        profile = counts;
        long[] last = {0};
        String[] lastName = {null};
        cpu.setDebugHook(pc -> {
            long now = cpu.cycles();
            if (lastName[0] != null) {
                counts.computeIfAbsent(lastName[0], k -> new long[1])[0] += now - last[0];
            }
            var e = bySymbol.floorEntry(pc);
            lastName[0] = e == null ? "?" : e.getValue();
            last[0] = now;
            return false;
        });
        return bySymbol;
    }

    java.util.Map<String, long[]> profile;

    private int lowestSp = 0xFF00;

    /** From now on, follows the stack pointer (slower); stackUsed() then tells the deepest use. */
    void trackStack() {
        cpu.setDebugHook(pc -> {
            lowestSp = Math.min(lowestSp, cpu.sp());
            return false;
        });
    }

    /** Bytes of stack below the bench's initial SP ($FF00) used so far, the call of bench_run included. */
    int stackUsed() {
        return 0xFF00 - lowestSp;
    }

    /** Loads a fresh image (keeping the operands written since), runs bench_run(op, prec), returns T-states. */
    long run(int op, int prec) {
        System.arraycopy(image, 0, mem, 0, 0xC000);
        mem[sym("_bench_op")] = (byte) op;
        mem[sym("_bench_prec")] = (byte) prec;
        cpu.reset();
        long start = cpu.cycles();
        endCycles = -1;
        cpu.run(2_000_000_000L);
        if (endCycles < 0) {
            throw new IllegalStateException("bench op " + op + " did not finish");
        }
        return endCycles - start;
    }

    @Override
    public int read(int address) {
        return mem[address] & 0xFF;
    }

    @Override
    public void write(int address, int value) {
        if (address >= 0xC000) {
            mem[address] = (byte) value;
        }
    }

    @Override
    public int in(int port) {
        return 0xFF;
    }

    @Override
    public void out(int port, int value) {
        if ((port & 0xFF) == 0xFE) {
            endCycles = cpu.cycles();
            cpu.requestStop();
        }
    }
}
