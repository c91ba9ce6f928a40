package retroshield.debug;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * The debugger's breakpoint bookkeeping: the list, and a 64 K bit table so that the run loop
 * looks at the list only at an address that has one. Not thread-safe (emulator thread).
 */
final class Breakpoints {

    private final BitSet breakAt = new BitSet(0x10000);
    private final List<Breakpoint> list = new ArrayList<>();

    void add(Breakpoint b) {
        list.add(b);
        breakAt.set(b.address());
    }

    /** Removes the breakpoint with that id; false when there is none. */
    boolean remove(int id) {
        boolean removed = list.removeIf(b -> b.id() == id);
        if (removed) {
            rebuild();
        }
        return removed;
    }

    /** Enables or disables the breakpoint with that id; false when there is none. */
    boolean setEnabled(int id, boolean enabled) {
        for (Breakpoint b : list) {
            if (b.id() == id) {
                b.setEnabled(enabled);
                return true;
            }
        }
        return false;
    }

    /** Removes every breakpoint at {@code address}; false when there was none. */
    boolean removeAt(int address) {
        int a = address & 0xFFFF;
        if (!breakAt.get(a)) {
            return false;
        }
        list.removeIf(b -> b.address() == a);
        rebuild();
        return true;
    }

    boolean hasAt(int address) {
        return breakAt.get(address & 0xFFFF);
    }

    List<Breakpoint> list() {
        return List.copyOf(list);
    }

    /**
     * At {@code pc}: counts the hits, prints the log points' messages, and says why to stop
     * (the first breakpoint whose condition holds), or null.
     */
    StopReason check(int pc, MachineContext context, Consumer<String> log, IntFunction<String> where) {
        if (!breakAt.get(pc)) {
            return null;
        }
        StopReason stop = null;
        for (Breakpoint b : list) {
            if (b.address() == pc && b.hit(context.at(0, 0))) {
                if (b.isLogPoint()) {
                    log.accept(b.logMessage().format(context));
                } else if (stop == null) {
                    stop = new StopReason(StopReason.Kind.BREAKPOINT, "breakpoint #" + b.id() + " at " + where.apply(pc)
                            + (b.conditionText() != null ? " (" + b.conditionText() + ")" : "") + ", hit " + b.hits()
                            + (b.hits() == 1 ? " time" : " times"));
                }
            }
        }
        return stop;
    }

    /** Whether a breakpoint would stop at {@code pc} now, without counting a hit. */
    boolean wouldStopAt(int pc, MachineContext context) {
        if (!breakAt.get(pc)) {
            return false;
        }
        for (Breakpoint b : list) {
            if (b.address() == pc && b.wouldStop(context.at(0, 0))) {
                return true;
            }
        }
        return false;
    }

    private void rebuild() {
        breakAt.clear();
        for (Breakpoint b : list) {
            breakAt.set(b.address());
        }
    }
}
