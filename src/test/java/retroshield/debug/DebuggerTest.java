package retroshield.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import retroshield.machine.Machine;

/** Breakpoints, conditions, log points, watchpoints, I/O breaks, stepping, on a small program. */
class DebuggerTest {

    private final Machine machine = DebugPrograms.machine();
    private final Debugger dbg = new Debugger(machine, SymbolTable.parse("t", "sub = $0020\ninner EQU 28h"));

    @Test
    void aBreakpointStopsBeforeTheExactInstruction() {
        dbg.addBreakpoint(DebugPrograms.CALL_SUB);
        StopReason r = dbg.run(10_000);
        assertEquals(StopReason.Kind.BREAKPOINT, r.kind(), r.message());
        assertEquals(DebugPrograms.CALL_SUB, machine.cpu().pc());
        assertEquals('F', machine.memory().read(0x300F), "the LDIR before it is done");
        assertEquals(0xFF, machine.cpu().af() >> 8, "the CALL has not run");
    }

    @Test
    void aConditionalBreakpointStopsOnlyWhenItHolds() {
        Breakpoint b = dbg.addBreakpoint(DebugPrograms.DJNZ, "B == 2 && byte($3000) == '0'", null);
        StopReason r = dbg.run(10_000);
        assertEquals(StopReason.Kind.BREAKPOINT, r.kind(), r.message());
        assertEquals(2, machine.cpu().bc() >> 8);
        assertEquals(1, b.hits());
        assertEquals(StopReason.Kind.HALTED_FOREVER, dbg.run(10_000).kind());
    }

    @Test
    void logPointsPrintWithoutStopping() {
        List<String> log = new ArrayList<>();
        dbg.setLog(log::add);
        dbg.addBreakpoint(DebugPrograms.DJNZ, null, "B={B} PC={PC} HL={HL} (DE-1)={(DE-1)}");
        StopReason r = dbg.run(10_000);
        assertEquals(StopReason.Kind.HALTED_FOREVER, r.kind());
        assertEquals(5, log.size(), log.toString());
        assertEquals("B=$05 PC=$0013 HL=$0110 (DE-1)=$46", log.get(0));
        assertEquals("B=$01 PC=$0013 HL=$0110 (DE-1)=$46", log.get(4));
    }

    @Test
    void disabledBreakpointsDoNotStopAndSymbolsWork() {
        Breakpoint b = dbg.addBreakpoint(dbg.address("inner"));
        b.setEnabled(false);
        dbg.addBreakpoint(dbg.address("sub + 1"));
        StopReason r = dbg.run(10_000);
        assertEquals(DebugPrograms.SUB_CALL_INNER, machine.cpu().pc(), r.message());
        assertTrue(r.message().contains("sub+$1"), r.message());
    }

    @Test
    void aWatchpointCatchesTheWriteOfAnLdirWithAddressAndValue() {
        dbg.addWatchpoint(0x3005, 0x3005, Watchpoint.Kind.WRITE, null);
        StopReason r = dbg.run(10_000);
        assertEquals(StopReason.Kind.WATCHPOINT, r.kind());
        assertTrue(r.message().contains("write $35 to $3005"), r.message());
        assertTrue(r.message().contains("$000C"), r.message());
        assertEquals('5', machine.memory().read(0x3005));
        assertEquals(0, machine.memory().read(0x3006), "stopped right after that write");
        assertEquals(0x000A, machine.cpu().bc(), "10 bytes still to go");
    }

    @Test
    void watchpointConditionsSeeTheValue() {
        dbg.addWatchpoint(0x3000, 0x300F, Watchpoint.Kind.WRITE, "value == 'C'");
        StopReason r = dbg.run(10_000);
        assertTrue(r.message().contains("write $43 to $300C"), r.message());
    }

    @Test
    void readWatchpointsIgnoreInstructionFetches() {
        dbg.addWatchpoint(0x0000, 0x00FF, Watchpoint.Kind.READ, null);
        dbg.addWatchpoint(0x0100, 0x0100, Watchpoint.Kind.READ, null);
        StopReason r = dbg.run(10_000);
        assertTrue(r.message().contains("read $30 from $0100"), r.message());
    }

    @Test
    void anIoBreakpointStopsOnTheOut() {
        dbg.addIoBreakpoint(0x81, Watchpoint.Kind.OUT, null);
        StopReason r = dbg.run(10_000);
        assertEquals(StopReason.Kind.IO_BREAKPOINT, r.kind());
        assertTrue(r.message().contains("OUT $0D to port $81"), r.message());
        assertEquals(DebugPrograms.HALT, machine.cpu().pc());
    }

    @Test
    void theWatchingBusIsOnlyThereWhileNeeded() {
        assertSame(machine, machine.cpu().bus());
        Watchpoint w = dbg.addIoBreakpoint(0x81, Watchpoint.Kind.IO, null);
        assertFalse(machine.cpu().bus() == machine);
        dbg.remove(w.id());
        assertSame(machine, machine.cpu().bus());
    }

    @Test
    void breakOnHalt() {
        dbg.setBreakOnHalt(true);
        StopReason r = dbg.run(10_000);
        assertEquals(StopReason.Kind.HALT, r.kind());
        assertTrue(r.message().contains("$0019"), r.message());
    }

    @Test
    void breakOnRomWrite() {
        byte[] p = DebugPrograms.program();
        p[0x11] = 0x32;                                 // LD ($0005),A
        p[0x12] = 0x05;
        p[0x13] = 0x00;
        Debugger d = new Debugger(DebugPrograms.machine(p), null);
        d.setBreakOnRomWrite(true);
        StopReason r = d.run(10_000);
        assertEquals(StopReason.Kind.ROM_WRITE, r.kind());
        assertTrue(r.message().contains("to ROM $0005"), r.message());
    }

    @Test
    void stepOverACallAndOutOfASubroutine() {
        dbg.runTo(DebugPrograms.CALL_SUB, 10_000);
        StopReason r = dbg.stepOver(100_000);
        assertEquals(DebugPrograms.AFTER_CALL, machine.cpu().pc(), r.message());
        assertEquals(0x02, machine.cpu().af() >> 8, "the whole routine ran: three INC A");

        Debugger d = new Debugger(DebugPrograms.machine(), null);
        d.runTo(DebugPrograms.SUB_CALL_INNER, 10_000);
        d.stepInto();
        assertEquals(DebugPrograms.INNER, d.machine().cpu().pc());
        d.stepOut(10_000);
        assertEquals(DebugPrograms.SUB_AFTER_INNER, d.machine().cpu().pc());
        d.stepOut(10_000);
        assertEquals(DebugPrograms.AFTER_CALL, d.machine().cpu().pc());
    }

    @Test
    void stepOverARepeatingBlockInstruction() {
        dbg.runTo(DebugPrograms.LDIR, 100);
        long before = dbg.position();
        dbg.stepOver(100_000);
        assertEquals(DebugPrograms.CALL_SUB, machine.cpu().pc());
        assertEquals(16, dbg.position() - before, "one step per LDIR iteration");
        assertEquals(16, dbg.lastInstructionCycles(), "the last iteration takes 16 T-states");
    }

    @Test
    void aBreakpointInsideTheCalledRoutineStillStopsAStepOver() {
        dbg.runTo(DebugPrograms.CALL_SUB, 10_000);
        dbg.addBreakpoint(DebugPrograms.INNER);
        StopReason r = dbg.stepOver(100_000);
        assertEquals(StopReason.Kind.BREAKPOINT, r.kind());
        assertEquals(DebugPrograms.INNER, machine.cpu().pc());
    }

    @Test
    void stopwatchCountsTStates() {
        dbg.runTo(DebugPrograms.AFTER_CALL, 10_000);
        dbg.resetStopwatch();
        dbg.runTo(DebugPrograms.OUT, 10_000);
        // LD B,5 (7) + DJNZ 4x13 + 8 + LD A,n (7) = 74
        assertEquals(74, dbg.stopwatch());
        assertEquals(74 / 4_000_000.0, dbg.stopwatchSeconds(4_000_000), 1e-12);
    }

    @Test
    void registersCanBeEdited() {
        dbg.setRegister(Register.BC, 0x1234);
        dbg.setRegister(Register.ZF, 1);
        dbg.setRegister(Register.A, 0x55);
        assertEquals(0x1234, machine.cpu().bc());
        assertEquals(0x55, machine.cpu().af() >> 8);
        assertEquals(1, dbg.evaluate("ZF"));
    }
}
