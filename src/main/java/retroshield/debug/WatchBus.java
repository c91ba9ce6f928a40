package retroshield.debug;

import retroshield.cpu.Bus;
import retroshield.cpu.Z80;
import retroshield.machine.Machine;
import retroshield.rom.RegionType;

/**
 * A bus put in front of the machine only while watchpoints, I/O breakpoints or the ROM-write
 * break exist: it passes every access on and notes the first one that should stop the
 * debugger. Without it the Z80 talks to the machine directly, so watching costs nothing
 * when unused. Opcode and operand fetches (reads at PC) are not data reads and do not trip
 * read watchpoints.
 */
final class WatchBus implements Bus {

    private final Machine machine;
    private final Z80 cpu;
    private final Debugger debugger;
    final boolean[] readWatch = new boolean[0x10000];
    final boolean[] writeWatch = new boolean[0x10000];
    final boolean[] inWatch = new boolean[0x100];
    final boolean[] outWatch = new boolean[0x100];
    boolean romWriteBreak;
    /** While replaying history nothing is reported. */
    boolean suppressed;
    StopReason pending;

    WatchBus(Machine machine, Debugger debugger) {
        this.machine = machine;
        this.cpu = machine.cpu();
        this.debugger = debugger;
    }

    @Override
    public int read(int address) {
        int v = machine.read(address);
        if (readWatch[address & 0xFFFF] && address != cpu.pc() && !suppressed) {
            check(Watchpoint.Kind.READ, address & 0xFFFF, v);
        }
        return v;
    }

    @Override
    public void write(int address, int value) {
        int a = address & 0xFFFF;
        if (!suppressed) {
            if (writeWatch[a]) {
                check(Watchpoint.Kind.WRITE, a, value & 0xFF);
            }
            if (romWriteBreak && pending == null) {
                RegionType type = machine.memory().typeAt(a);
                if (type == null || !type.writable()) {
                    pending = new StopReason(StopReason.Kind.ROM_WRITE, String.format(
                            "write of $%02X to %s $%04X ignored", value & 0xFF, type == null ? "unmapped" : "ROM", a));
                }
            }
        }
        machine.write(address, value);
    }

    @Override
    public int in(int port) {
        int v = machine.in(port);
        if (inWatch[port & 0xFF] && !suppressed) {
            check(Watchpoint.Kind.IN, port & 0xFF, v);
        }
        return v;
    }

    @Override
    public void out(int port, int value) {
        if (outWatch[port & 0xFF] && !suppressed) {
            check(Watchpoint.Kind.OUT, port & 0xFF, value & 0xFF);
        }
        machine.out(port, value);
    }

    @Override
    public int interruptAcknowledge() {
        return machine.interruptAcknowledge();
    }

    private void check(Watchpoint.Kind access, int address, int value) {
        if (pending != null) {
            return;
        }
        StopReason r = debugger.watchHit(access, address, value);
        if (r != null) {
            pending = r;
        }
    }
}
