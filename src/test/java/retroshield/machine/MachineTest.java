package retroshield.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import retroshield.rom.ChipType;

class MachineTest {

    private static final int COUNTER = 0x8000;

    /** Increments a RAM counter, tries to write ROM, then halts with interrupts disabled. */
    private static Z80Asm bootCounter() {
        return new Z80Asm()
                .di()                                // DI
                .ldAMem(COUNTER).incA()              // LD A,($8000) / INC A
                .ldMemA(COUNTER)                     // LD ($8000),A
                .ldMemA(0x0100)                      // LD ($0100),A : ROM, ignored
                .halt();                             // HALT
    }

    @Test
    void coldResetClearsRamWarmResetKeepsIt() {
        Machine machine = TestMachines.machine(ChipType.MC6850, false, bootCounter());
        HeadlessSession session = HeadlessSession.of(machine);
        session.runFor(1000);
        assertTrue(machine.isHaltedForever());
        assertEquals(1, machine.memory().read(COUNTER));
        machine.warmReset();
        assertFalse(machine.isHaltedForever());
        assertEquals(0, machine.cpu().pc());
        session.runFor(1000);
        assertEquals(2, machine.memory().read(COUNTER), "RAM kept over the reset button");
        machine.coldReset();
        session.runFor(1000);
        assertEquals(1, machine.memory().read(COUNTER), "power cycle: RAM filled again");
    }

    @Test
    void romWritesAreIgnoredAndCounted() {
        Machine machine = TestMachines.machine(ChipType.MC6850, false, bootCounter());
        HeadlessSession.of(machine).runFor(1000);
        assertEquals(0xFF, machine.memory().read(0x0100), "ROM beyond the image stays erased ($FF)");
        assertEquals(1, machine.memory().ignoredWrites());
        assertEquals(0x0100, machine.memory().lastIgnoredWriteAddress());
    }

    @Test
    void runSliceStopsEarlyWhenHaltedForeverAndStepAdvances() {
        Machine machine = TestMachines.machine(ChipType.MC6850, false, bootCounter());
        assertEquals(4, machine.step(), "DI takes 4 T-states");
        assertEquals(1, machine.cpu().pc());
        long ran = machine.runSlice(1_000_000);
        assertTrue(ran <= Machine.CHUNK_CYCLES + 32, "stopped within a chunk of the HALT, ran " + ran);
        assertTrue(machine.isHaltedForever());
    }
}
