package retroshield.cpm;

import java.io.InputStream;
import java.io.OutputStream;
import retroshield.cpu.Z80;
import retroshield.cpu.Z80State;

/**
 * Runs a CP/M .COM program on the Z80 with a console-only BDOS and BIOS (see
 * {@link CpmLayout} for the memory map, {@link Bdos} for the functions).
 *
 * <p>The Z80 runs through {@link Z80#run(long)} without a debug hook. The BDOS entry at $0005
 * is a {@code RET}: when the Bus sees it fetched, the run stops right after it, and the harness
 * performs the call with the registers the program passed (C, DE) and leaves the results (A,
 * B, HL) as the real BDOS would return them. The HALT at $0000 ends the run the same way.
 * BIOS entries (and the BDOS address in $0006) are {@code OUT} traps followed by a {@code RET}.
 */
public final class CpmMachine {

    /** T-states per run slice; output is flushed between slices. */
    private static final long SLICE = 10_000_000L;

    private final CpmBus bus = new CpmBus();
    private final Z80 z80 = new Z80(bus);
    private final Console console;
    private final Bdos bdos;

    /**
     * @param program the .COM file, loaded at $0100
     * @param echo    whether console input read by BDOS functions 1 and 10 is echoed
     * @throws IllegalArgumentException when the program does not fit below the BDOS
     */
    public CpmMachine(byte[] program, InputStream in, OutputStream out, boolean echo) {
        if (program.length > CpmLayout.maxProgramSize()) {
            throw new IllegalArgumentException("the program is " + program.length + " bytes; at most "
                    + CpmLayout.maxProgramSize() + " fit in the TPA");
        }
        byte[] ram = bus.ram();
        CpmLayout.install(ram);
        System.arraycopy(program, 0, ram, CpmLayout.TPA, program.length);
        console = new Console(in, out);
        bdos = new Bdos(ram, console, echo);
        bus.attach(z80);
        z80.reset();
        z80.setPc(CpmLayout.TPA);
        z80.setSp(CpmLayout.INITIAL_STACK_TOP - 2);
    }

    /** Runs until the program ends or {@code maxTStates} have run (Long.MAX_VALUE: no limit). */
    public CpmResult run(long maxTStates) {
        long startCycles = z80.cycles();
        long startNanos = System.nanoTime();
        long startCpu = CpuClock.processCpuNanos();
        CpmResult.Ending ending = null;
        while (ending == null) {
            long used = z80.cycles() - startCycles;
            if (used >= maxTStates) {
                ending = CpmResult.Ending.CYCLE_LIMIT;
                break;
            }
            z80.run(Math.min(SLICE, maxTStates - used));
            int trap = bus.takeTrap();
            if (trap != CpmBus.NO_TRAP && trapExecuted(trap)) {
                ending = handleTrap(trap);
            } else if (z80.isHalted()) {
                ending = CpmResult.Ending.HALTED;
            }
            console.flush();
        }
        console.flush();
        long endCpu = CpuClock.processCpuNanos();
        long cpu = startCpu < 0 || endCpu < 0 ? -1 : endCpu - startCpu;
        return new CpmResult(ending, z80.cycles() - startCycles, System.nanoTime() - startNanos, cpu);
    }

    /** A byte of the machine's memory, for tests and tools. */
    public int readMemory(int address) {
        return bus.ram()[address & 0xFFFF] & 0xFF;
    }

    /** The CPU, for tests and tools. */
    public Z80 cpu() {
        return z80;
    }

    /**
     * True when the instruction that set the trap is the trap itself, not a data access: the
     * HALT at $0000 leaves the CPU halted at $0001; the RET at $0005 leaves PC = WZ = the
     * return address it popped; an OUT trap leaves PC on the RET after it.
     */
    private boolean trapExecuted(int trap) {
        int pc = z80.pc();
        if (trap == CpmBus.READ_WARM_BOOT) {
            return z80.isHalted() && pc == CpmLayout.WARM_BOOT_VECTOR + 1;
        }
        if (trap == CpmBus.READ_BDOS) {
            int popped = readMemory(z80.sp() - 2) | readMemory(z80.sp() - 1) << 8;
            return pc == popped && pc == z80.wz();
        }
        return pc == CpmLayout.returnAddressOfTrap(trap);
    }

    private CpmResult.Ending handleTrap(int trap) {
        if (trap == CpmBus.READ_WARM_BOOT) {
            return CpmResult.Ending.WARM_BOOT;
        }
        if (trap == CpmBus.READ_BDOS || trap == CpmLayout.BDOS_TRAP_PORT) {
            int result = bdos.call(z80.bc() & 0xFF, z80.de());
            if (result == Bdos.END) {
                return CpmResult.Ending.SYSTEM_RESET;
            }
            if (result != Bdos.NO_RESULT) {
                setResult(result);
            }
            return null;
        }
        return handleBios(trap - CpmLayout.BIOS_TRAP_PORT_BASE);
    }

    private CpmResult.Ending handleBios(int entry) {
        switch (entry) {
            case CpmLayout.BIOS_BOOT:
            case CpmLayout.BIOS_WBOOT:
                return CpmResult.Ending.WARM_BOOT;
            case CpmLayout.BIOS_CONST:
                setA(bdos.status());
                return null;
            case CpmLayout.BIOS_CONIN:
                setA(bdos.waitForInput());
                return null;
            case CpmLayout.BIOS_CONOUT:
                bdos.call(Bdos.CONSOLE_OUTPUT, z80.bc() & 0xFF);
                return null;
            default:
                setA(0);                                  // LIST, disk entries: nothing there
                return null;
        }
    }

    /** Leaves a BDOS result as CP/M 2.2 does: HL = value, A = L, B = H. */
    private void setResult(int hl) {
        Z80State s = z80.state();
        z80.restore(copy(s, (hl & 0xFF) << 8 | (s.af() & 0xFF), (hl & 0xFF00) | (s.bc() & 0xFF), hl & 0xFFFF));
    }

    private void setA(int a) {
        Z80State s = z80.state();
        z80.restore(copy(s, (a & 0xFF) << 8 | (s.af() & 0xFF), s.bc(), s.hl()));
    }

    private static Z80State copy(Z80State s, int af, int bc, int hl) {
        return new Z80State(af, bc, s.de(), hl, s.af2(), s.bc2(), s.de2(), s.hl2(),
                s.ix(), s.iy(), s.sp(), s.pc(), s.wz(), s.i(), s.r(), s.im(),
                s.iff1(), s.iff2(), s.halted(), s.eiPending(), s.q(), s.ldAirFlag(), s.intLine(), s.nmiPending(),
                s.cycles());
    }
}
