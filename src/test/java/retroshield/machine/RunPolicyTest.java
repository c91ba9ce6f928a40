package retroshield.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import retroshield.machine.RunPolicy.Halt;
import retroshield.rom.ChipType;

/** The halt and idle rules shared by the app's runner, {@code run} and the headless session. */
class RunPolicyTest {

    private static Machine ranFor(boolean interruptDriven, Z80Asm program) {
        Machine machine = TestMachines.machine(ChipType.MC6850, interruptDriven, program);
        machine.runSlice(1_000);
        return machine;
    }

    @Test
    void haltWithInterruptsDisabledIsForeverAndNamesTheHaltAddress() {
        // 0000 NOP ; 0001 NOP ; 0002 DI ; 0003 HALT
        Machine machine = ranFor(true, new Z80Asm().nop().nop().di().halt());
        RunPolicy policy = new RunPolicy(machine);
        assertEquals(Halt.FOREVER, policy.halt());
        assertTrue(policy.haltedForever());
        assertEquals(0x0003, policy.haltAddress());
        assertEquals("halted with interrupts disabled (HALT at $0003)", policy.haltReason());
    }

    @Test
    void haltWaitingForAnUnwiredInterruptIsStuckButNotForever() {
        Machine machine = ranFor(false, new Z80Asm().ei().halt());
        RunPolicy policy = new RunPolicy(machine);
        assertEquals(Halt.UNWIRED, policy.halt());
        assertFalse(policy.haltedForever(), "the app keeps such a machine running");
        assertEquals("halted waiting for an interrupt (HALT at $0001), but the serial chip's interrupt"
                + " output is not wired to /INT", policy.haltReason());
    }

    @Test
    void haltWaitingForAWiredInterruptCanGoOn() {
        Machine machine = ranFor(true, new Z80Asm().ei().halt());
        RunPolicy policy = new RunPolicy(machine);
        assertTrue(machine.cpu().isHalted());
        assertEquals(Halt.NONE, policy.halt());
        assertNull(policy.haltReason());
    }

    @Test
    void aRunningCpuIsNotHaltedAndNeverRests() {
        Machine machine = ranFor(true, new Z80Asm().label("loop").nop().jp("loop"));
        RunPolicy policy = new RunPolicy(machine);
        assertEquals(Halt.NONE, policy.halt());
        assertFalse(policy.mayRest(ClockSpeed.UNLIMITED));
    }

    @Test
    void restsOnlyAtUnlimitedSpeedWhileHaltedWithNoInputWaiting() {
        Machine machine = ranFor(true, new Z80Asm().ei().halt());
        RunPolicy policy = new RunPolicy(machine);
        assertTrue(policy.mayRest(ClockSpeed.UNLIMITED));
        assertFalse(policy.mayRest(ClockSpeed.Z80_4MHZ), "a paced loop waits in its pacer instead");
        machine.serialHost().send(new byte[] {'x'});
        assertFalse(policy.mayRest(ClockSpeed.UNLIMITED), "input waits to be delivered");
    }
}
