package retroshield.debug;

import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import retroshield.devices.SerialHost;
import retroshield.devices.SerialHostState;
import retroshield.machine.Machine;
import retroshield.machine.MachineSnapshot;

/**
 * The debugger's history and reverse execution: counts the instructions executed under the
 * debugger ({@link #position()}), keeps snapshots and the input delivered to the firmware, and
 * goes back by restoring the snapshot before the target and replaying (output muted, watches
 * suppressed) so that registers, memory, the serial chip and its input queue come back
 * exactly. Not thread-safe (emulator thread).
 */
final class Rewinder {

    private final Machine machine;
    private final SerialHost host;
    private final WatchBus watchBus;
    private History history;
    private long position;
    /** T-states of the last instruction a replay executed, or -1 when it executed none. */
    private int replayedCycles = -1;

    Rewinder(Machine machine, WatchBus watchBus) {
        this.machine = machine;
        this.host = machine.serialHost();
        this.watchBus = watchBus;
    }

    long position() {
        return position;
    }

    /** Keeps at least {@code instructions} of history (0 switches it off and forgets it). */
    void setHistory(long instructions) {
        if (instructions < 0) {
            throw new IllegalArgumentException("history length must not be negative");
        }
        history = instructions == 0 ? null : new History(instructions);
        host.setDeliveryListener(history == null ? null : b -> history.delivered(position, b));
    }

    long historyLength() {
        return history == null ? 0 : history.capacity();
    }

    long historyAvailable() {
        return history == null || history.oldest() < 0 ? 0 : position - history.oldest();
    }

    /** Before an instruction: a checkpoint when one is due. */
    void beforeStep() {
        if (history != null && history.wantsCheckpoint(position)) {
            history.addCheckpoint(position, machine.snapshot());
        }
    }

    /** After an instruction. */
    void stepped() {
        position++;
    }

    /** T-states of the last instruction the last reverse replayed, or -1 when it replayed none. */
    int replayedCycles() {
        return replayedCycles;
    }

    /** Goes back {@code count} instructions (fewer if the history is shorter). */
    StopReason reverseStep(long count, IntFunction<String> where) {
        replayedCycles = -1;
        if (history == null || history.oldest() < 0) {
            return noHistory();
        }
        long target = Math.max(history.oldest(), position - Math.max(0, count));
        boolean reachedStart = position - count < history.oldest();
        goTo(target, liveQueue());
        int pc = machine.cpu().pc();
        return reachedStart
                ? new StopReason(StopReason.Kind.HISTORY_START, "reached the start of the history at " + where.apply(pc))
                : new StopReason(StopReason.Kind.STEP, "back " + count + " at " + where.apply(pc));
    }

    /** Goes back to the last place {@code wouldStopAt} holds for PC, or to the start of the history. */
    StopReason reverseContinue(IntPredicate wouldStopAt, IntFunction<String> where) {
        replayedCycles = -1;
        if (history == null || history.oldest() < 0) {
            return noHistory();
        }
        byte[] live = liveQueue();
        long limit = position;
        for (History.Checkpoint c : history.newestFirst(position - 1)) {
            restoreCheckpoint(c, live);
            long found = -1;
            replaying(true);
            try {
                for (long p = c.position(); p < limit; p++) {
                    if (wouldStopAt.test(machine.cpu().pc())) {
                        found = p;
                    }
                    machine.step();
                }
            } finally {
                replaying(false);
            }
            if (found >= 0) {
                goTo(found, live);
                return new StopReason(StopReason.Kind.BREAKPOINT, "back at a breakpoint at " + where.apply(machine.cpu().pc()));
            }
            limit = c.position();
        }
        goTo(history.oldest(), live);
        return new StopReason(StopReason.Kind.HISTORY_START,
                "reached the start of the history at " + where.apply(machine.cpu().pc()));
    }

    private static StopReason noHistory() {
        return new StopReason(StopReason.Kind.HISTORY_START, "no history: switch it on first (history N)");
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
                replayedCycles = machine.step();
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
}
