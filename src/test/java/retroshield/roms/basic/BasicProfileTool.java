package retroshield.roms.basic;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import retroshield.cpu.Z80;
import retroshield.debug.SymbolTable;

/**
 * Development aid, skipped unless asked for: {@code ./mvnw test -Dtest=BasicProfileTool -Dprofile=7}
 * prints where benchmark BM7 spends its T-states, by C source line (roms/basic.cdb) and by routine
 * (roms/basic.noi; static C functions count under the global routine before them).
 * {@code -Dprofile=0 -Dprogram='10 ...|20 ...'} profiles a program of one's own instead (lines
 * split at '|'; it must print "E" at the end, as the benchmarks do).
 */
class BasicProfileTool {
    @Test
    @EnabledIfSystemProperty(named = "profile", matches = "[0-7]")
    void profile() throws Exception {
        String which = System.getProperty("profile");
        String noi = String.join("\n", java.nio.file.Files.readAllLines(Path.of("roms", "basic.noi")).stream()
            .filter(l -> !l.contains("stack_top")).toList());
        SymbolTable syms = SymbolTable.parse("basic.noi", noi);
        BasicSession basic = BasicSession.boot();
        String[][] all = {BasicBenchmarkTest.BM1, BasicBenchmarkTest.BM2, BasicBenchmarkTest.BM3,
            BasicBenchmarkTest.BM4, BasicBenchmarkTest.BM5, BasicBenchmarkTest.BM6, BasicBenchmarkTest.BM7};
        String[] prog = which.equals("0") ? System.getProperty("program", "").split("\\|")
            : all[Integer.parseInt(which) - 1];
        basic.run("NEW");
        basic.enter(prog);
        Z80 cpu = basic.raw().machine().cpu();
        Map<Integer, Long> self = new HashMap<>();
        Map<Integer, Long> byPc = new HashMap<>();
        long[] last = {cpu.cycles()};
        int[] lastPc = {-1};
        cpu.setDebugHook(pc -> {
            long c = cpu.cycles();
            if (lastPc[0] >= 0) {
                byPc.merge(lastPc[0], c - last[0], Long::sum);
                self.merge(syms.nameStartAtOrBelow(lastPc[0]), c - last[0], Long::sum);
            }
            last[0] = c;
            lastPc[0] = pc;
            return false;
        });
        basic.type("RUN\r");
        basic.expect("E\r\n");
        cpu.setDebugHook(null);
        SymbolTable lines = SymbolTable.read(java.util.List.of(Path.of("roms", "basic.cdb")));
        Map<String, Long> byLine = new HashMap<>();
        byPc.forEach((pc, t) -> {
            var l = lines.lineAt(pc);
            String k = l == null ? syms.describe(pc) : l.toString();
            byLine.merge(k, t, Long::sum);
        });
        byLine.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(70)
            .forEach(e -> System.out.printf("L %-40s %,12d%n", e.getKey(), e.getValue()));
        String focus = System.getProperty("focus");
        if (focus != null) {
            byPc.entrySet().stream().filter(e -> focus.equals(syms.nameAt(syms.nameStartAtOrBelow(e.getKey()))))
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> System.out.printf("P %-24s %04X %,12d%n", syms.describe(e.getKey()), e.getKey(), e.getValue()));
        }
        long total = self.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("total %,d%n", total);
        self.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(40)
            .forEach(e -> System.out.printf("%-28s %,12d %5.1f%%%n", syms.nameAt(e.getKey()), e.getValue(),
                100.0 * e.getValue() / total));
    }
}
