package retroshield.debug;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import retroshield.cpu.Z80;
import retroshield.devices.SerialHost;
import retroshield.devices.SerialHostState;
import retroshield.machine.Machine;
import retroshield.machine.MachineSnapshot;

/**
 * The step debugger, shared by the app's view, the {@code debug} command and the tests. No
 * JavaFX. It drives the machine one instruction at a time ({@link Machine#step()}), so the
 * input a running firmware receives and its history replay the same way; it counts
 * instructions ({@link #position()}).
 *
 * <p>Breakpoints sit in a 64 K bit table checked once per instruction; conditions are parsed
 * once and evaluated only at their address. Watchpoints, I/O breakpoints and the ROM-write
 * break work through a {@link WatchBus} put in front of the machine only while one exists.
 * History ({@link #setHistory(long)}) keeps snapshots and delivered input so that
 * {@link #reverseStep(long)} and {@link #reverseContinue()} restore registers, memory, the
 * serial chip and its input queue exactly. Not thread-safe except {@link #requestPause()}.
 */
public final class Debugger {

    /** Default history length in instructions. */
    public static final long DEFAULT_HISTORY = 100_000;

    private final Machine machine;
    private final Z80 cpu;
    private final SerialHost host;
    private SymbolTable symbols;
    private ExpressionParser parser;
    private final MachineContext context;
    private final Watches watches;
    private final WatchBus watchBus;
    private final BitSet breakAt = new BitSet(0x10000);
    private final List<Breakpoint> breakpoints = new ArrayList<>();
    private int nextId = 1;
    private Consumer<String> log = s -> { };
    private History history;
    private long position;
    private long stopwatchStart;
    private int lastInstructionCycles;
    private volatile boolean pauseRequested;

    public Debugger(Machine machine, SymbolTable symbols) {
        this.machine = Objects.requireNonNull(machine, "machine");
        this.cpu = machine.cpu();
        this.host = machine.serialHost();
        this.context = new MachineContext(machine);
        this.watches = new Watches(this, machine);
        this.watchBus = watches.bus();
        setSymbols(symbols);
        stopwatchStart = cpu.cycles();
    }

    public Machine machine() {
        return machine;
    }

    public SymbolTable symbols() {
        return symbols;
    }

    public void setSymbols(SymbolTable symbols) {
        this.symbols = symbols == null ? SymbolTable.EMPTY : symbols;
        this.parser = new ExpressionParser(this.symbols);
    }

    /** Where log points write their messages. */
    public void setLog(Consumer<String> log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Instructions executed under the debugger so far (goes down with reverse steps). */
    public long position() {
        return position;
    }

    // ---- expressions ----

    /** Evaluates an expression (registers, memory, symbols) now. */
    public int evaluate(String expression) {
        return parser.parse(expression).eval(context.at(0, 0));
    }

    /** An address given as a number, symbol or expression ({@code $1234}, {@code main}, {@code loop+3}). */
    public int address(String text) {
        return evaluate(text) & 0xFFFF;
    }

    // ---- breakpoints ----

    /**
     * Adds a breakpoint (or log point when {@code logText} is not null).
     *
     * @param condition null or an expression, e.g. {@code A == $0D && (HL) != 0}
     * @throws IllegalArgumentException when the condition or message does not parse
     */
    public Breakpoint addBreakpoint(int address, String condition, String logText) {
        Expression c = condition == null || condition.isBlank() ? null : parser.parse(condition);
        LogMessage m = logText == null ? null : new LogMessage(logText, parser);
        Breakpoint b = new Breakpoint(nextId++, address, condition == null || condition.isBlank() ? null : condition.trim(), c, m);
        breakpoints.add(b);
        breakAt.set(b.address());
        return b;
    }

    public Breakpoint addBreakpoint(int address) {
        return addBreakpoint(address, null, null);
    }

    /** Removes the breakpoint or watchpoint with that id; false when there is none. */
    public boolean remove(int id) {
        boolean removed = breakpoints.removeIf(b -> b.id() == id);
        if (removed) {
            rebuildBreakTable();
            return true;
        }
        return watches.remove(id);
    }

    /** Enables or disables a breakpoint or watchpoint; false when there is none with that id. */
    public boolean setEnabled(int id, boolean enabled) {
        for (Breakpoint b : breakpoints) {
            if (b.id() == id) {
                b.setEnabled(enabled);
                return true;
            }
        }
        return watches.setEnabled(id, enabled);
    }

    /** Sets a plain breakpoint at {@code address}, or removes the ones there (the gutter click). */
    public boolean toggleBreakpoint(int address) {
        int a = address & 0xFFFF;
        if (breakAt.get(a)) {
            breakpoints.removeIf(b -> b.address() == a);
            rebuildBreakTable();
            return false;
        }
        addBreakpoint(a);
        return true;
    }

    public boolean hasBreakpointAt(int address) {
        return breakAt.get(address & 0xFFFF);
    }

    public List<Breakpoint> breakpoints() {
        return List.copyOf(breakpoints);
    }

    private void rebuildBreakTable() {
        breakAt.clear();
        for (Breakpoint b : breakpoints) {
            breakAt.set(b.address());
        }
    }

    // ---- watchpoints, I/O breakpoints, HALT and ROM writes (see Watches) ----

    /** Watches memory {@code start..end} (inclusive) for reads, writes or both. */
    public Watchpoint addWatchpoint(int start, int end, Watchpoint.Kind kind, String condition) {
        return watches.addWatchpoint(start, end, kind, condition);
    }

    /**
     * Adds a watchpoint written as text: {@code [r|w|rw] ADDRESS[..END | :LENGTH] [if CONDITION]},
     * e.g. {@code w $2000..$20FF if value == 'Q'} (write is the default).
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public Watchpoint addWatchpoint(String spec) {
        return watches.addWatchpoint(spec);
    }

    /** Breaks on IN ({@code Kind.IN}), OUT ({@code Kind.OUT}) or both ({@code Kind.IO}) at a port (low byte). */
    public Watchpoint addIoBreakpoint(int port, Watchpoint.Kind kind, String condition) {
        return watches.addIoBreakpoint(port, kind, condition);
    }

    public List<Watchpoint> watchpoints() {
        return watches.watchpoints();
    }

    /** Stop when the CPU executes HALT. */
    public void setBreakOnHalt(boolean on) {
        watches.setBreakOnHalt(on);
    }

    public boolean breakOnHalt() {
        return watches.breakOnHalt();
    }

    /** Stop when the firmware writes to ROM or to an unmapped address. */
    public void setBreakOnRomWrite(boolean on) {
        watches.setBreakOnRomWrite(on);
    }

    public boolean breakOnRomWrite() {
        return watches.breakOnRomWrite();
    }

    /** Called by the watching bus; returns why to stop, or null. */
    StopReason watchHit(Watchpoint.Kind access, int address, int value) {
        return watches.watchHit(access, address, value);
    }

    ExpressionParser parser() {
        return parser;
    }

    MachineContext context() {
        return context;
    }

    int nextId() {
        return nextId++;
    }

    int instructionStart() {
        return instructionStart;
    }

    String where(int address) {
        String name = symbols.describe(address);
        return String.format("$%04X", address) + (name == null ? "" : " (" + name + ")");
    }

    // ---- history ----

    /** Keeps at least {@code instructions} of history (0 switches it off and forgets it). */
    public void setHistory(long instructions) {
        if (instructions < 0) {
            throw new IllegalArgumentException("history length must not be negative");
        }
        history = instructions == 0 ? null : new History(instructions);
        host.setDeliveryListener(history == null ? null : b -> history.delivered(position, b));
    }

    public long historyLength() {
        return history == null ? 0 : history.capacity();
    }

    /** How many instructions back {@link #reverseStep(long)} can go now. */
    public long historyAvailable() {
        return history == null || history.oldest() < 0 ? 0 : position - history.oldest();
    }

    // ---- T-states ----

    public long cycles() {
        return cpu.cycles();
    }

    /** T-states the last executed instruction took. */
    public int lastInstructionCycles() {
        return lastInstructionCycles;
    }

    public void resetStopwatch() {
        stopwatchStart = cpu.cycles();
    }

    /** T-states since the stopwatch was reset. */
    public long stopwatch() {
        return cpu.cycles() - stopwatchStart;
    }

    /** The stopwatch as seconds at {@code hz}. */
    public double stopwatchSeconds(long hz) {
        return hz <= 0 ? 0 : stopwatch() / (double) hz;
    }

    // ---- running ----

    /** Asks a running {@link #run} to stop after the current instruction (any thread). */
    public void requestPause() {
        pauseRequested = true;
    }

    private int instructionStart;

    private void stepOnce() {
        if (history != null && history.wantsCheckpoint(position)) {
            history.addCheckpoint(position, machine.snapshot());
        }
        instructionStart = cpu.pc();
        lastInstructionCycles = machine.step();
        position++;
    }

    /** Executes one instruction (stepping into calls). */
    public StopReason stepInto() {
        return loop(1, false, () -> true, "step");
    }

    /**
     * Steps over a CALL, RST or repeating block instruction (LDIR, CPIR, INIR, OTIR and their
     * decrementing forms, DJNZ is a plain step): runs until the instruction after it, with the
     * stack back where it was. Anything else is a step into.
     */
    public StopReason stepOver(long maxInstructions) {
        int pc = cpu.pc();
        Disassembly d = disassemble(pc);
        if (!InstructionKinds.isStepOverTarget(machine.memory()::read, pc)) {
            return stepInto();
        }
        int next = (pc + d.length()) & 0xFFFF;
        int sp = cpu.sp();
        return loop(maxInstructions, false, () -> cpu.pc() == next && cpu.sp() >= sp, "step over");
    }

    /** Runs until the current routine returns (a RET, RETI or RETN that leaves the stack above where it is now). */
    public StopReason stepOut(long maxInstructions) {
        int sp = cpu.sp();
        boolean[] wasReturn = {false};
        return loop(maxInstructions, false, () -> wasReturn[0] && cpu.sp() > sp, "step out", wasReturn);
    }

    /** Runs to {@code address} (or an earlier stop). */
    public StopReason runTo(int address, long maxInstructions) {
        int a = address & 0xFFFF;
        return loop(maxInstructions, false, () -> cpu.pc() == a, "run to " + where(a));
    }

    /** Continues until a breakpoint, watchpoint, break condition, pause or {@code maxInstructions}. */
    public StopReason run(long maxInstructions) {
        return loop(maxInstructions, false, null, "continue");
    }

    private StopReason loop(long max, boolean checkFirst, BooleanSupplier done, String what) {
        return loop(max, checkFirst, done, what, null);
    }

    private StopReason loop(long max, boolean checkFirst, BooleanSupplier done, String what, boolean[] wasReturn) {
        pauseRequested = false;
        watchBus.pending = null;
        for (long i = 0; i < max; i++) {
            int pc = cpu.pc();
            if ((i > 0 || checkFirst) && breakAt.get(pc)) {
                StopReason r = checkBreakpoints(pc);
                if (r != null) {
                    return r;
                }
            }
            boolean wasHalted = cpu.isHalted();
            if (wasReturn != null) {
                wasReturn[0] = InstructionKinds.isReturn(machine.memory()::read, pc);
            }
            stepOnce();
            if (watchBus.pending != null) {
                StopReason r = watchBus.pending;
                watchBus.pending = null;
                return r;
            }
            if (done != null && done.getAsBoolean()) {
                return new StopReason(StopReason.Kind.STEP, what + " done at " + where(cpu.pc()));
            }
            if (watches.breakOnHalt() && !wasHalted && cpu.isHalted()) {
                return new StopReason(StopReason.Kind.HALT, String.format("HALT at $%04X", instructionStart));
            }
            if (machine.isHaltedForever()) {
                return new StopReason(StopReason.Kind.HALTED_FOREVER,
                        String.format("the CPU halted with interrupts disabled at $%04X", instructionStart));
            }
            if (pauseRequested) {
                pauseRequested = false;
                return new StopReason(StopReason.Kind.PAUSED, "paused at " + where(cpu.pc()));
            }
        }
        return new StopReason(StopReason.Kind.LIMIT, what + ": stopped after " + max + " instructions at " + where(cpu.pc()));
    }

    private StopReason checkBreakpoints(int pc) {
        StopReason stop = null;
        for (Breakpoint b : breakpoints) {
            if (b.address() == pc && b.hit(context.at(0, 0))) {
                if (b.isLogPoint()) {
                    log.accept(b.logMessage().format(context));
                } else if (stop == null) {
                    stop = new StopReason(StopReason.Kind.BREAKPOINT, "breakpoint #" + b.id() + " at " + where(pc)
                            + (b.conditionText() != null ? " (" + b.conditionText() + ")" : "") + ", hit " + b.hits()
                            + (b.hits() == 1 ? " time" : " times"));
                }
            }
        }
        return stop;
    }

    private boolean wouldStopAt(int pc) {
        if (!breakAt.get(pc)) {
            return false;
        }
        for (Breakpoint b : breakpoints) {
            if (b.address() == pc && b.wouldStop(context.at(0, 0))) {
                return true;
            }
        }
        return false;
    }

    // ---- reverse ----

    /** Goes back {@code count} instructions (fewer if the history is shorter). */
    public StopReason reverseStep(long count) {
        if (history == null || history.oldest() < 0) {
            return new StopReason(StopReason.Kind.HISTORY_START, "no history: switch it on first (history N)");
        }
        long target = Math.max(history.oldest(), position - Math.max(0, count));
        boolean reachedStart = position - count < history.oldest();
        goTo(target, liveQueue());
        return reachedStart
                ? new StopReason(StopReason.Kind.HISTORY_START, "reached the start of the history at " + where(cpu.pc()))
                : new StopReason(StopReason.Kind.STEP, "back " + count + " at " + where(cpu.pc()));
    }

    /** Goes back to the last place a breakpoint would have stopped, or to the start of the history. */
    public StopReason reverseContinue() {
        if (history == null || history.oldest() < 0) {
            return new StopReason(StopReason.Kind.HISTORY_START, "no history: switch it on first (history N)");
        }
        byte[] live = liveQueue();
        long end = position;
        long limit = end;
        for (History.Checkpoint c : history.newestFirst(end - 1)) {
            restoreCheckpoint(c, live);
            long found = -1;
            replaying(true);
            try {
                for (long p = c.position(); p < limit; p++) {
                    if (wouldStopAt(cpu.pc())) {
                        found = p;
                    }
                    machine.step();
                }
            } finally {
                replaying(false);
            }
            if (found >= 0) {
                goTo(found, live);
                return new StopReason(StopReason.Kind.BREAKPOINT, "back at a breakpoint at " + where(cpu.pc()));
            }
            limit = c.position();
        }
        goTo(history.oldest(), live);
        return new StopReason(StopReason.Kind.HISTORY_START, "reached the start of the history at " + where(cpu.pc()));
    }

    private byte[] liveQueue() {
        return host.saveState().pendingInput();
    }

    private void goTo(long target, byte[] live) {
        History.Checkpoint c = history.latestAtOrBefore(target);
        restoreCheckpoint(c, live);
        replaying(true);
        try {
            for (long p = c.position(); p < target; p++) {
                lastInstructionCycles = machine.step();
            }
        } finally {
            replaying(false);
        }
        position = target;
        history.truncateAfter(target);
    }

    private void restoreCheckpoint(History.Checkpoint c, byte[] live) {
        MachineSnapshot s = c.snapshot();
        machine.restore(s);
        byte[] again = history.deliveredFrom(c.position());
        byte[] queue = new byte[again.length + live.length];
        System.arraycopy(again, 0, queue, 0, again.length);
        System.arraycopy(live, 0, queue, again.length, live.length);
        host.restoreState(new SerialHostState(queue, s.host().delivered(), s.host().lastDelivery(), s.host().pacer()));
    }

    private void replaying(boolean on) {
        host.setOutputMuted(on);
        watchBus.suppressed = on;
        if (on) {
            host.setDeliveryListener(null);
        } else {
            host.setDeliveryListener(history == null ? null : b -> history.delivered(position, b));
        }
    }

    // ---- views ----

    public Disassembly disassemble(int address) {
        return new Disassembler().disassemble(machine.memory()::read, address & 0xFFFF);
    }

    /** Sets a register (or flag) while stopped. */
    public void setRegister(Register register, int value) {
        cpu.restore(RegisterEdit.with(cpu.state(), register, value));
    }
}
