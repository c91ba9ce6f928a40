package retroshield.debug;

import java.util.ArrayList;
import java.util.List;
import retroshield.cpu.Z80;
import retroshield.machine.Machine;

/**
 * The debugger's watchpoints, I/O breakpoints, HALT and ROM-write breaks: the tables of the
 * {@link WatchBus} and when it is installed on the Z80 (only while something is watched).
 */
final class Watches {

    private final Debugger owner;
    private final Machine machine;
    private final Z80 cpu;
    private final WatchBus watchBus;
    private final List<Watchpoint> watchpoints = new ArrayList<>();
    private boolean breakOnHalt;

    Watches(Debugger owner, Machine machine) {
        this.owner = owner;
        this.machine = machine;
        this.cpu = machine.cpu();
        this.watchBus = new WatchBus(machine, owner);
    }

    WatchBus bus() {
        return watchBus;
    }

    boolean remove(int id) {
        boolean removed = watchpoints.removeIf(w -> w.id() == id);
        if (removed) {
            rebuildWatchTables();
        }
        return removed;
    }

    boolean setEnabled(int id, boolean enabled) {
        for (Watchpoint w : watchpoints) {
            if (w.id() == id) {
                w.setEnabled(enabled);
                rebuildWatchTables();
                return true;
            }
        }
        return false;
    }


    /** Watches memory {@code start..end} (inclusive) for reads, writes or both. */
    Watchpoint addWatchpoint(int start, int end, Watchpoint.Kind kind, String condition) {
        if (kind.isPort()) {
            throw new IllegalArgumentException("use addIoBreakpoint for ports");
        }
        return addWatch(start & 0xFFFF, end & 0xFFFF, kind, condition);
    }

    /**
     * Adds a watchpoint written as text: {@code [r|w|rw] ADDRESS[..END | :LENGTH] [if CONDITION]},
     * e.g. {@code w $2000..$20FF if value == 'Q'} (write is the default).
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    Watchpoint addWatchpoint(String spec) {
        String rest = spec.trim();
        String[] parts = rest.split("\\s+", 2);
        Watchpoint.Kind kind = Watchpoint.Kind.WRITE;
        switch (parts[0].toLowerCase(java.util.Locale.ROOT)) {
            case "r", "read" -> kind = Watchpoint.Kind.READ;
            case "w", "write" -> kind = Watchpoint.Kind.WRITE;
            case "rw", "access" -> kind = Watchpoint.Kind.ACCESS;
            default -> parts = new String[] {"", rest};
        }
        rest = parts.length > 1 ? parts[1].trim() : "";
        String condition = null;
        int ifAt = rest.indexOf(" if ");
        if (ifAt >= 0) {
            condition = rest.substring(ifAt + 4).trim();
            rest = rest.substring(0, ifAt).trim();
        }
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("watch [r|w|rw] ADDRESS[..END | :LENGTH] [if CONDITION]");
        }
        int start;
        int end;
        if (rest.contains("..")) {
            String[] r = rest.split("\\.\\.", 2);
            start = owner.address(r[0]);
            end = owner.address(r[1]);
        } else if (rest.contains(":")) {
            String[] r = rest.split(":", 2);
            start = owner.address(r[0]);
            end = Math.min(0xFFFF, start + Math.max(1, owner.evaluate(r[1])) - 1);
        } else {
            start = owner.address(rest);
            end = start;
        }
        return addWatchpoint(start, end, kind, condition);
    }

    /** Breaks on IN ({@code Kind.IN}), OUT ({@code Kind.OUT}) or both ({@code Kind.IO}) at a port (low byte). */
    Watchpoint addIoBreakpoint(int port, Watchpoint.Kind kind, String condition) {
        if (!kind.isPort()) {
            throw new IllegalArgumentException("use addWatchpoint for memory");
        }
        return addWatch(port & 0xFF, port & 0xFF, kind, condition);
    }

    Watchpoint addWatch(int start, int end, Watchpoint.Kind kind, String condition) {
        if (end < start) {
            throw new IllegalArgumentException(String.format("range $%04X-$%04X ends before it starts", start, end));
        }
        Expression c = condition == null || condition.isBlank() ? null : owner.parser().parse(condition);
        Watchpoint w = new Watchpoint(owner.nextId(), start, end, kind, c == null ? null : condition.trim(), c);
        watchpoints.add(w);
        rebuildWatchTables();
        return w;
    }

    List<Watchpoint> watchpoints() {
        return List.copyOf(watchpoints);
    }

    /** Stop when the CPU executes HALT. */
    void setBreakOnHalt(boolean on) {
        breakOnHalt = on;
    }

    boolean breakOnHalt() {
        return breakOnHalt;
    }

    /** Stop when the firmware writes to ROM or to an unmapped address. */
    void setBreakOnRomWrite(boolean on) {
        watchBus.romWriteBreak = on;
        rebuildWatchTables();
    }

    boolean breakOnRomWrite() {
        return watchBus.romWriteBreak;
    }

    void rebuildWatchTables() {
        java.util.Arrays.fill(watchBus.readWatch, false);
        java.util.Arrays.fill(watchBus.writeWatch, false);
        java.util.Arrays.fill(watchBus.inWatch, false);
        java.util.Arrays.fill(watchBus.outWatch, false);
        boolean any = watchBus.romWriteBreak;
        for (Watchpoint w : watchpoints) {
            if (!w.enabled()) {
                continue;
            }
            any = true;
            for (int a = w.start(); a <= w.end(); a++) {
                if (w.kind().catchesRead()) {
                    watchBus.readWatch[a] = true;
                }
                if (w.kind().catchesWrite()) {
                    watchBus.writeWatch[a] = true;
                }
                if (w.kind().catchesIn()) {
                    watchBus.inWatch[a] = true;
                }
                if (w.kind().catchesOut()) {
                    watchBus.outWatch[a] = true;
                }
            }
        }
        cpu.setBus(any ? watchBus : machine);
    }

    /** Called by the watching bus; returns why to stop, or null. */
    StopReason watchHit(Watchpoint.Kind access, int address, int value) {
        for (Watchpoint w : watchpoints) {
            boolean kindMatches = switch (access) {
                case READ -> w.kind().catchesRead();
                case WRITE -> w.kind().catchesWrite();
                case IN -> w.kind().catchesIn();
                default -> w.kind().catchesOut();
            };
            if (kindMatches && w.covers(address) && w.hit(owner.context().at(address, value))) {
                String what = switch (access) {
                    case READ -> String.format("read $%02X from %s", value, owner.where(address));
                    case WRITE -> String.format("write $%02X to %s", value, owner.where(address));
                    case IN -> String.format("IN $%02X from port $%02X", value, address);
                    default -> String.format("OUT $%02X to port $%02X", value, address);
                };
                StopReason.Kind kind = access == Watchpoint.Kind.READ || access == Watchpoint.Kind.WRITE
                        ? StopReason.Kind.WATCHPOINT : StopReason.Kind.IO_BREAKPOINT;
                return new StopReason(kind, (kind == StopReason.Kind.WATCHPOINT ? "watchpoint #" : "I/O breakpoint #")
                        + w.id() + ": " + what + String.format(" by the instruction at $%04X", owner.instructionStart()));
            }
        }
        return null;
    }

}
