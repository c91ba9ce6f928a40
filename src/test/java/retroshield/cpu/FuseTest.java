package retroshield.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs all FUSE Z80 tests: registers including MEMPTR, memory, final T-states and the order
 * and timing of the MR/MW/PR/PW bus events (the Spectrum contention events MC/PC are ignored).
 */
class FuseTest {

    /**
     * Tests whose instruction is a repeating INxR/OTxR/CPxR step. Fuse's expected F and MEMPTR
     * for them predate the research into the repeating step (its undocumented flags and
     * MEMPTR = PC+1), which SingleStepTests records from real chips and this core follows.
     * For these five only F and MEMPTR are left to SingleStepTest; everything else
     * (other registers, memory, T-states, bus events) is still compared. (With the older model
     * of the repeating step all five pass in full, so this is the only difference.)
     */
    private static final java.util.Set<String> REPEAT_STEP_PREDATES_RESEARCH =
            java.util.Set.of("edb2_1", "edb3_1", "edb9_2", "edba_1", "edbb_1");

    /** One test: name, the start state line numbers, memory blocks, expected results. */
    private record Case(String name, String[] regs, String[] state, List<int[]> memory) {
    }

    private record Expected(List<String> events, String[] regs, String[] state, List<int[]> memory) {
    }

    /** Memory filled with Fuse's de ad be ef pattern; logs bus events with their T-state. */
    private static final class LoggingBus implements Bus {
        final byte[] mem = new byte[0x10000];
        final List<String> events = new ArrayList<>();
        Z80 cpu;

        LoggingBus() {
            int[] pattern = {0xDE, 0xAD, 0xBE, 0xEF};
            for (int a = 0; a < mem.length; a++) {
                mem[a] = (byte) pattern[a & 3];
            }
        }

        private void log(String type, int address, int value) {
            events.add(String.format("%d %s %04x %02x", cpu.cycles(), type, address, value));
        }

        @Override public int read(int address) {
            int v = mem[address] & 0xFF;
            log("MR", address, v);
            return v;
        }

        @Override public void write(int address, int value) {
            log("MW", address, value);
            mem[address] = (byte) value;
        }

        @Override public int in(int port) {
            int v = port >> 8;                       // as in the Fuse test runner
            log("PR", port, v);
            return v;
        }

        @Override public void out(int port, int value) {
            log("PW", port, value);
        }
    }

    @Test
    void allFuseTestsPass() throws IOException {
        Path dir = Z80TestVectors.fuseDir();
        Map<String, Case> cases = parseInputs(dir.resolve("tests.in"));
        Map<String, Expected> expected = parseExpected(dir.resolve("tests.expected"));
        assertEquals(cases.keySet(), expected.keySet(), "tests.in and tests.expected name the same tests");

        List<String> failures = new ArrayList<>();
        int passed = 0;
        for (Case c : cases.values()) {
            String problem = run(c, expected.get(c.name()));
            if (problem == null) {
                passed++;
            } else {
                failures.add(c.name() + ": " + problem);
            }
        }
        System.out.printf("FUSE: %d passed, %d failed (F and MEMPTR not compared for %s)%n",
                passed, failures.size(), REPEAT_STEP_PREDATES_RESEARCH);
        assertTrue(cases.size() > 1000, "expected the full FUSE set, found " + cases.size());
        assertTrue(failures.isEmpty(), failures.size() + " FUSE tests failed:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    private static String run(Case c, Expected x) {
        LoggingBus bus = new LoggingBus();
        Z80 cpu = new Z80(bus);
        bus.cpu = cpu;
        int[] r = hex(c.regs());
        cpu.restore(new Z80State(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9],
                r[10], r[11], r[12], Integer.parseInt(c.state()[0], 16),
                Integer.parseInt(c.state()[1], 16), Integer.parseInt(c.state()[4]),
                !c.state()[2].equals("0"), !c.state()[3].equals("0"), !c.state()[5].equals("0"),
                false, 0, false, false, false, 0));
        for (int[] block : c.memory()) {
            for (int k = 1; k < block.length; k++) {
                bus.mem[(block[0] + k - 1) & 0xFFFF] = (byte) block[k];
            }
        }
        byte[] expectedMem = bus.mem.clone();
        for (int[] block : x.memory()) {
            for (int k = 1; k < block.length; k++) {
                expectedMem[(block[0] + k - 1) & 0xFFFF] = (byte) block[k];
            }
        }
        long target = Integer.parseInt(c.state()[6]);
        while (cpu.cycles() < target) {
            cpu.step();
        }

        int[] want = hex(x.regs());
        boolean halted = !x.state()[5].equals("0");
        if (halted) {
            // Fuse keeps PC on the HALT opcode while halted; this core follows the hardware
            // and moves PC past it, so the expected PC is one further.
            want[11] = (want[11] + 1) & 0xFFFF;
        }
        Z80State s = cpu.state();
        int[] got = {s.af(), s.bc(), s.de(), s.hl(), s.af2(), s.bc2(), s.de2(), s.hl2(),
                     s.ix(), s.iy(), s.sp(), s.pc(), s.wz()};
        String[] names = {"AF", "BC", "DE", "HL", "AF'", "BC'", "DE'", "HL'", "IX", "IY", "SP", "PC", "MEMPTR"};
        if (REPEAT_STEP_PREDATES_RESEARCH.contains(c.name())) {
            want[0] = (want[0] & 0xFF00) | (got[0] & 0xFF);
            want[12] = got[12];
        }
        for (int k = 0; k < names.length; k++) {
            if (got[k] != want[k]) {
                return String.format("%s expected %04x got %04x", names[k], want[k], got[k]);
            }
        }
        String[] st = x.state();
        String problem = compare("I", Integer.parseInt(st[0], 16), s.i());
        problem = problem != null ? problem : compare("R", Integer.parseInt(st[1], 16), s.r());
        problem = problem != null ? problem : compare("IFF1", Integer.parseInt(st[2]), s.iff1() ? 1 : 0);
        problem = problem != null ? problem : compare("IFF2", Integer.parseInt(st[3]), s.iff2() ? 1 : 0);
        problem = problem != null ? problem : compare("IM", Integer.parseInt(st[4]), s.im());
        problem = problem != null ? problem : compare("halted", halted ? 1 : 0, s.halted() ? 1 : 0);
        problem = problem != null ? problem : compare("T-states", Integer.parseInt(st[6]), (int) s.cycles());
        if (problem != null) {
            return problem;
        }
        if (!Arrays.equals(expectedMem, bus.mem)) {
            int a = Arrays.mismatch(expectedMem, bus.mem);
            return String.format("memory at %04x expected %02x got %02x", a, expectedMem[a] & 0xFF, bus.mem[a] & 0xFF);
        }
        if (!x.events().equals(bus.events)) {
            return "bus events expected " + x.events() + " got " + bus.events;
        }
        return null;
    }

    private static String compare(String what, int want, int got) {
        return want == got ? null : what + " expected " + want + " got " + got;
    }

    private static int[] hex(String[] words) {
        int[] v = new int[words.length];
        for (int k = 0; k < words.length; k++) {
            v[k] = Integer.parseInt(words[k], 16);
        }
        return v;
    }

    private static String[] words(String line) {
        return line.trim().split("\\s+");
    }

    /** Reads "addr b0 b1 ... -1" lines up to a line "-1" (tests.in) or a blank line. */
    private static int readMemory(List<String> lines, int at, List<int[]> into) {
        while (at < lines.size() && !lines.get(at).isBlank() && !lines.get(at).trim().equals("-1")) {
            String[] w = words(lines.get(at));
            int[] block = new int[w.length - 1];           // address then bytes, "-1" dropped
            for (int k = 0; k < block.length; k++) {
                block[k] = Integer.parseInt(w[k], 16);
            }
            into.add(block);
            at++;
        }
        return at;
    }

    private static Map<String, Case> parseInputs(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        Map<String, Case> cases = new LinkedHashMap<>();
        int at = 0;
        while (at < lines.size()) {
            if (lines.get(at).isBlank()) {
                at++;
                continue;
            }
            String name = lines.get(at).trim();
            String[] regs = words(lines.get(at + 1));
            String[] state = words(lines.get(at + 2));
            if (regs.length != 13 || state.length != 7) {
                throw new IOException(file + " line " + (at + 2) + ": test " + name
                        + " needs 13 register words and 7 state words");
            }
            List<int[]> memory = new ArrayList<>();
            at = readMemory(lines, at + 3, memory) + 1;   // skip the closing "-1"
            cases.put(name, new Case(name, regs, state, memory));
        }
        return cases;
    }

    private static Map<String, Expected> parseExpected(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        Map<String, Expected> result = new LinkedHashMap<>();
        int at = 0;
        while (at < lines.size()) {
            if (lines.get(at).isBlank()) {
                at++;
                continue;
            }
            String name = lines.get(at++).trim();
            List<String> events = new ArrayList<>();
            while (lines.get(at).startsWith(" ") || lines.get(at).startsWith("\t")) {
                String[] w = words(lines.get(at++));
                if (w[1].equals("MR") || w[1].equals("MW") || w[1].equals("PR") || w[1].equals("PW")) {
                    events.add(String.format("%d %s %s %s", Integer.parseInt(w[0]), w[1], w[2], w[3]));
                }
            }
            String[] regs = words(lines.get(at++));
            String[] state = words(lines.get(at++));
            List<int[]> memory = new ArrayList<>();
            at = readMemory(lines, at, memory);
            result.put(name, new Expected(events, regs, state, memory));
        }
        return result;
    }
}
