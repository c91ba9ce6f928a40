package retroshield.cpu;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One SingleStepTests case read with Gson's streaming reader, and the runner for it. */
record SingleStepCase(String name, Map<String, Integer> initial, List<int[]> initialRam,
                      Map<String, Integer> expected, List<int[]> expectedRam,
                      int tStates, List<int[]> ports, List<Boolean> portIsWrite) {

    /** Register keys compared after the step, in report order. */
    static final String[] KEYS = {"pc", "sp", "a", "f", "b", "c", "d", "e", "h", "l", "i", "r",
        "ix", "iy", "wz", "af_", "bc_", "de_", "hl_", "im", "iff1", "iff2", "ei", "p", "q"};

    static SingleStepCase read(JsonReader json) throws IOException {
        String name = null;
        Map<String, Integer> initial = new HashMap<>();
        Map<String, Integer> expected = new HashMap<>();
        List<int[]> initialRam = new ArrayList<>();
        List<int[]> expectedRam = new ArrayList<>();
        List<int[]> ports = new ArrayList<>();
        List<Boolean> portIsWrite = new ArrayList<>();
        int cycles = 0;
        json.beginObject();
        while (json.hasNext()) {
            switch (json.nextName()) {
                case "name": name = json.nextString(); break;
                case "initial": readState(json, initial, initialRam); break;
                case "final": readState(json, expected, expectedRam); break;
                case "cycles":
                    json.beginArray();
                    while (json.hasNext()) {
                        json.skipValue();
                        cycles++;
                    }
                    json.endArray();
                    break;
                case "ports":
                    json.beginArray();
                    while (json.hasNext()) {
                        json.beginArray();
                        int port = json.nextInt();
                        int value = json.nextInt();
                        boolean write = json.nextString().equals("w");
                        json.endArray();
                        ports.add(new int[] {port, value});
                        portIsWrite.add(write);
                    }
                    json.endArray();
                    break;
                default: json.skipValue(); break;
            }
        }
        json.endObject();
        return new SingleStepCase(name, initial, initialRam, expected, expectedRam, cycles, ports, portIsWrite);
    }

    private static void readState(JsonReader json, Map<String, Integer> regs, List<int[]> ram) throws IOException {
        json.beginObject();
        while (json.hasNext()) {
            String key = json.nextName();
            if (key.equals("ram")) {
                json.beginArray();
                while (json.hasNext()) {
                    json.beginArray();
                    ram.add(new int[] {json.nextInt(), json.nextInt()});
                    json.endArray();
                }
                json.endArray();
            } else if (json.peek() == JsonToken.NUMBER) {
                regs.put(key, json.nextInt());
            } else {
                json.skipValue();
            }
        }
        json.endObject();
    }

    /** Reusable machine: 64 KB of RAM and a port log; reset between cases. */
    static final class Runner implements Bus {
        private final byte[] mem = new byte[0x10000];
        private final List<int[]> portLog = new ArrayList<>();
        private final List<Boolean> portLogWrite = new ArrayList<>();
        private final List<Integer> writes = new ArrayList<>();
        private SingleStepCase current;
        private int nextPortRead;

        @Override public int read(int address) {
            return mem[address] & 0xFF;
        }

        @Override public void write(int address, int value) {
            mem[address] = (byte) value;
            writes.add(address);
        }

        @Override public int in(int port) {
            int value = 0xFF;
            for (int k = nextPortRead; k < current.ports().size(); k++) {
                if (!current.portIsWrite().get(k)) {
                    value = current.ports().get(k)[1];
                    nextPortRead = k + 1;
                    break;
                }
            }
            portLog.add(new int[] {port, value});
            portLogWrite.add(false);
            return value;
        }

        @Override public void out(int port, int value) {
            portLog.add(new int[] {port, value});
            portLogWrite.add(true);
        }

        /** Runs one case; returns null when everything matches, else what differed. */
        String run(SingleStepCase t) {
            current = t;
            nextPortRead = 0;
            portLog.clear();
            portLogWrite.clear();
            writes.clear();
            for (int[] cell : t.initialRam()) {
                mem[cell[0]] = (byte) cell[1];
            }
            Map<String, Integer> s = t.initial();
            Z80 cpu = new Z80(this);
            cpu.restore(new Z80State(
                    (s.get("a") << 8) | s.get("f"), (s.get("b") << 8) | s.get("c"),
                    (s.get("d") << 8) | s.get("e"), (s.get("h") << 8) | s.get("l"),
                    s.get("af_"), s.get("bc_"), s.get("de_"), s.get("hl_"),
                    s.get("ix"), s.get("iy"), s.get("sp"), s.get("pc"), s.get("wz"),
                    s.get("i"), s.get("r"), s.get("im"), s.get("iff1") != 0, s.get("iff2") != 0,
                    false, s.get("ei") != 0, s.get("q"), s.get("p") != 0, false, false, 0));
            int took = cpu.step();
            String problem = compare(t, cpu, took);
            for (int[] cell : t.initialRam()) {
                mem[cell[0]] = 0;
            }
            for (int address : writes) {
                mem[address] = 0;
            }
            return problem;
        }

        private String compare(SingleStepCase t, Z80 cpu, int took) {
            Z80State st = cpu.state();
            for (String key : KEYS) {
                int want = t.expected().get(key);
                int got = value(st, key);
                if (want != got) {
                    return String.format("%s expected %d ($%X) got %d ($%X)", key, want, want, got, got);
                }
            }
            if (took != t.tStates()) {
                return "T-states expected " + t.tStates() + " got " + took;
            }
            for (int[] cell : t.expectedRam()) {
                int got = mem[cell[0]] & 0xFF;
                if (got != cell[1]) {
                    return String.format("ram[%d] expected %d got %d", cell[0], cell[1], got);
                }
            }
            for (int address : writes) {
                if (t.expectedRam().stream().noneMatch(cell -> cell[0] == address)) {
                    return "unexpected write to " + address;
                }
            }
            if (portLog.size() != t.ports().size()) {
                return "port accesses expected " + t.ports().size() + " got " + portLog.size();
            }
            for (int k = 0; k < portLog.size(); k++) {
                int[] want = t.ports().get(k);
                int[] got = portLog.get(k);
                if (want[0] != got[0] || want[1] != got[1] || t.portIsWrite().get(k) != portLogWrite.get(k)) {
                    return String.format("port access %d expected %s %d=%d got %s %d=%d", k,
                            t.portIsWrite().get(k) ? "out" : "in", want[0], want[1],
                            portLogWrite.get(k) ? "out" : "in", got[0], got[1]);
                }
            }
            return null;
        }

        private static int value(Z80State s, String key) {
            switch (key) {
                case "pc": return s.pc();
                case "sp": return s.sp();
                case "a": return s.af() >> 8;
                case "f": return s.af() & 0xFF;
                case "b": return s.bc() >> 8;
                case "c": return s.bc() & 0xFF;
                case "d": return s.de() >> 8;
                case "e": return s.de() & 0xFF;
                case "h": return s.hl() >> 8;
                case "l": return s.hl() & 0xFF;
                case "i": return s.i();
                case "r": return s.r();
                case "ix": return s.ix();
                case "iy": return s.iy();
                case "wz": return s.wz();
                case "af_": return s.af2();
                case "bc_": return s.bc2();
                case "de_": return s.de2();
                case "hl_": return s.hl2();
                case "im": return s.im();
                case "iff1": return s.iff1() ? 1 : 0;
                case "iff2": return s.iff2() ? 1 : 0;
                case "ei": return s.eiPending() ? 1 : 0;
                case "p": return s.ldAirFlag() ? 1 : 0;
                default: return s.q();
            }
        }
    }
}
