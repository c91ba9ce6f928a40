package retroshield.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import retroshield.cpu.Z80State;
import retroshield.debug.Debugger;
import retroshield.debug.Disassembly;
import retroshield.debug.Register;
import retroshield.debug.SourceLine;
import retroshield.debug.StopReason;
import retroshield.debug.SymbolTable;
import retroshield.machine.ClockSpeed;
import retroshield.machine.Machine;
import retroshield.machine.MachineRunner;
import retroshield.machine.SaveStateFile;
import retroshield.rom.RegionType;

/**
 * The app's side of the step debugger, without JavaFX: every command goes to the emulator
 * thread through the runner's queue, and after each one a {@link DebugSnapshot} is handed to
 * the listener (on the emulator thread; the view moves it to the FX thread). Continue runs in
 * chunks so that pause and other commands get through.
 */
public final class DebugController {

    static final int LISTING_LINES = 48;
    private static final long CHUNK = 200_000;

    private final MachineRunner runner;
    private final SymbolTable symbols;
    private final long clockHz;
    private Debugger debugger;              // emulator thread only
    private Z80State lastStop;
    private byte[] lastMemory;
    private volatile Consumer<DebugSnapshot> listener = s -> { };
    private volatile boolean continuing;
    /** Where the listing starts instead of PC (go to), or -1; emulator thread. */
    private int listingAnchor = -1;

    public DebugController(MachineRunner runner, SymbolTable symbols, long clockHz) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.symbols = symbols == null ? SymbolTable.EMPTY : symbols;
        this.clockHz = clockHz > 0 ? clockHz : 4_000_000;
    }

    /** A controller for the session's machine, with the bundled ROM's symbols if it has them. */
    public static DebugController of(MachineSession session) {
        SymbolTable symbols;
        try {
            symbols = SymbolTable.besideImage(session.rom().image().source());
        } catch (IOException | IllegalArgumentException e) {
            symbols = SymbolTable.EMPTY;
        }
        return new DebugController(session.runner(), symbols,
                ClockSpeed.from(session.metadata().clock()).nominalHz());
    }

    public SymbolTable symbols() {
        return symbols;
    }

    public void setListener(Consumer<DebugSnapshot> listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Pauses the machine and takes it over; publishes the first view. */
    public void attach() {
        runner.pause();
        on((d, m) -> "paused at $" + String.format("%04X", m.cpu().pc()));
    }

    public void stepInto() {
        exec((d, m) -> d.stepInto().message());
    }

    public void stepOver() {
        exec((d, m) -> d.stepOver(50_000_000).message());
    }

    public void stepOut() {
        exec((d, m) -> d.stepOut(50_000_000).message());
    }

    public void stepBack() {
        exec((d, m) -> d.reverseStep(1).message());
    }

    public void reverseContinue() {
        exec((d, m) -> d.reverseContinue().message());
    }

    public void runTo(int address) {
        exec((d, m) -> d.runTo(address, 50_000_000).message());
    }

    /** Runs until a breakpoint, watchpoint or {@link #pause()}. */
    public void continueRun() {
        continuing = true;
        runner.submit(m -> {
            bind(m);
            continueChunk();
        });
    }

    private void continueChunk() {
        listingAnchor = -1;
        Debugger d = debugger();
        StopReason r = d.run(CHUNK);
        if (r.kind() == StopReason.Kind.LIMIT && continuing) {
            runner.submit(m -> continueChunk());
            return;
        }
        continuing = false;
        publish(r.kind() == StopReason.Kind.LIMIT ? "paused at $" + String.format("%04X", d.machine().cpu().pc())
                : r.message());
    }

    /** Stops a continue (any thread). */
    public void pause() {
        continuing = false;
        Debugger d = debugger;
        if (d != null) {
            d.requestPause();
        }
    }

    public void toggleBreakpoint(int address) {
        on((d, m) -> (d.toggleBreakpoint(address) ? "breakpoint set at " : "breakpoint removed at ")
                + String.format("$%04X", address & 0xFFFF));
    }

    /** Adds a breakpoint with a condition (or a log point with a message). */
    public void addBreakpoint(String address, String condition, String log) {
        on((d, m) -> "breakpoint " + d.addBreakpoint(d.address(address), condition, log));
    }

    /** A watchpoint: {@code [r|w|rw] ADDRESS[..END | :LENGTH] [if CONDITION]}. */
    public void addWatchpoint(String spec) {
        on((d, m) -> "watchpoint " + d.addWatchpoint(spec));
    }

    /** Removes a breakpoint or watchpoint by number. */
    public void remove(int id) {
        on((d, m) -> d.remove(id) ? "removed #" + id : "no breakpoint #" + id);
    }

    public void setRegister(Register register, int value) {
        on((d, m) -> {
            d.setRegister(register, value);
            return register.text() + String.format(" = $%04X", value & 0xFFFF);
        });
    }

    public void poke(int address, int value) {
        on((d, m) -> {
            m.memory().poke(address, value);
            return String.format("$%04X = $%02X", address & 0xFFFF, value & 0xFF);
        });
    }

    public void resetStopwatch() {
        on((d, m) -> {
            d.resetStopwatch();
            return "stopwatch reset";
        });
    }

    public void saveState(Path file) {
        on((d, m) -> {
            try {
                SaveStateFile.write(file, m.snapshot());
                return "saved to " + file;
            } catch (IOException e) {
                return "cannot save: " + e.getMessage();
            }
        });
    }

    public void loadState(Path file) {
        on((d, m) -> {
            try {
                m.restore(SaveStateFile.read(file));
                d.setHistory(d.historyLength());
                return "loaded " + file;
            } catch (IOException | IllegalArgumentException e) {
                return "cannot load: " + e.getMessage();
            }
        });
    }

    /**
     * Shows the listing from an address or symbol (until the next step or continue, which
     * follow PC again) and calls back with the address.
     */
    public void goTo(String addressOrSymbol, Consumer<Integer> found) {
        on((d, m) -> {
            int a = d.address(addressOrSymbol);
            listingAnchor = a;
            found.accept(a);
            String name = symbols.describe(a);
            return String.format("showing $%04X", a) + (name == null ? "" : " (" + name + ")");
        });
    }

    private interface Action {
        String apply(Debugger d, Machine m);
    }

    /** A command that runs the machine: the listing follows PC again. */
    private void exec(Action action) {
        on((d, m) -> {
            listingAnchor = -1;
            return action.apply(d, m);
        });
    }

    private void on(Action action) {
        runner.submit(m -> {
            bind(m);
            Debugger d = debugger();
            String message;
            try {
                message = action.apply(d, m);
            } catch (IllegalArgumentException e) {
                message = "error: " + e.getMessage();
            }
            publish(message);
        });
    }

    private Debugger debugger() {
        if (debugger == null) {
            throw new IllegalStateException("not on the emulator thread yet");
        }
        return debugger;
    }

    /** Creates the debugger on the emulator thread (first command). */
    void bind(Machine machine) {
        if (debugger == null) {
            debugger = new Debugger(machine, symbols);
            debugger.setHistory(Debugger.DEFAULT_HISTORY);
        }
    }

    private void publish(String message) {
        Debugger d = debugger;
        Machine m = d.machine();
        Z80State cpu = m.cpu().state();
        byte[] memory = m.memory().dump(0, 0x10000);
        BitSet changed = new BitSet();
        if (lastMemory != null) {
            for (int a = 0; a < memory.length; a++) {
                if (memory[a] != lastMemory[a]) {
                    changed.set(a);
                }
            }
        }
        BitSet rom = new BitSet();
        for (int a = 0; a < 0x10000; a++) {
            RegionType t = m.memory().typeAt(a);
            if (t == null || !t.writable()) {
                rom.set(a);
            }
        }
        List<DebugSnapshot.Line> listing = new ArrayList<>();
        int a = listingAnchor >= 0 ? listingAnchor : listingStart(d, cpu.pc());
        retroshield.debug.InstructionTiming timing = new retroshield.debug.InstructionTiming(m.memory()::read);
        for (int i = 0; i < LISTING_LINES; i++) {
            Disassembly dis = d.disassemble(a);
            StringBuilder bytes = new StringBuilder();
            for (int k = 0; k < dis.length(); k++) {
                bytes.append(String.format("%02X", m.memory().read(a + k)));
            }
            SourceLine line = symbols.lineAt(a);
            listing.add(new DebugSnapshot.Line(a, symbols.nameAt(a), bytes.toString(), named(dis.text()),
                    timing.tStates(cpu, a), line == null ? null : line.toString(), d.hasBreakpointAt(a)));
            a = (a + dis.length()) & 0xFFFF;
        }
        List<String> breakpoints = new ArrayList<>();
        d.breakpoints().forEach(b -> breakpoints.add((b.isLogPoint() ? "log " : "break ") + b));
        d.watchpoints().forEach(w -> breakpoints.add("watch " + w));
        List<String> stack = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int sp = (cpu.sp() + 2 * i) & 0xFFFF;
            int word = (memory[sp] & 0xFF) | ((memory[(sp + 1) & 0xFFFF] & 0xFF) << 8);
            String name = rom.get(word) ? symbols.describe(word) : null;
            stack.add(String.format("$%04X: $%04X", sp, word) + (name == null ? "" : "  " + name));
        }
        String chip = retroshield.debug.ChipView.describe(m.serialDevice()) + "\ninput queue: "
                + m.serialHost().pendingInput() + " bytes waiting for the firmware";
        DebugSnapshot snap = new DebugSnapshot(cpu, lastStop == null ? cpu : lastStop, memory, changed, rom, listing,
                breakpoints, stack, chip, message, d.stopwatch(), clockHz, d.position(), d.historyAvailable());
        lastStop = cpu;
        lastMemory = memory;
        listener.accept(snap);
    }

    /**
     * Where the listing starts: the routine's start when PC is at most 24 bytes into a named
     * routine (so a few instructions before PC show), else PC itself (disassembling backwards
     * is ambiguous).
     */
    private int listingStart(Debugger d, int pc) {
        int start = symbols.nameStartAtOrBelow(pc);
        if (start < 0 || pc - start > 24) {
            return pc;
        }
        int a = start;
        while (a < pc) {
            a += d.disassemble(a).length();
        }
        return a == pc ? start : pc;
    }

    /** Adds a symbol comment to an instruction's $XXXX operand. */
    private String named(String text) {
        java.util.regex.Matcher mt = java.util.regex.Pattern.compile("\\$([0-9A-F]{4})").matcher(text);
        if (mt.find()) {
            String name = symbols.describe(Integer.parseInt(mt.group(1), 16));
            if (name != null) {
                return text + "   ; " + name;
            }
        }
        return text;
    }
}
