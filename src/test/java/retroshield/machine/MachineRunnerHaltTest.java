package retroshield.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import retroshield.rom.ChipType;
import retroshield.machine.MachineStatus.State;

/** A halt says why; a power cycle counts cycles from zero again; slice listeners run on the emulator thread. */
class MachineRunnerHaltTest {

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(2);
        }
    }

    @Test
    void aHaltCarriesItsReasonAndAPowerCycleRestartsTheCount() throws Exception {
        // 0000 NOP x 16 ; 0010 DI ; 0011 HALT
        Z80Asm program = new Z80Asm();
        for (int i = 0; i < 0x10; i++) {
            program.nop();
        }
        program.di().halt();
        Machine machine = TestMachines.machine(ChipType.MC6850, false, program);
        try (MachineRunner runner = new MachineRunner(machine)) {
            Thread[] seen = new Thread[1];
            runner.addSliceListener(() -> seen[0] = Thread.currentThread());
            runner.start();
            runner.run();
            waitFor("halted", () -> runner.status().state() == State.HALTED);
            String problem = runner.status().problem();
            assertTrue(problem != null && problem.contains("HALT at $0011"), "reason given: " + problem);
            assertEquals("retroshield-emulator", seen[0].getName());
            long before = runner.status().cycles();
            assertTrue(before > 0);
            runner.coldReset();
            waitFor("count restarted", () -> runner.status().cycles() < before && runner.status().problem() == null);
            assertNull(runner.status().problem(), "the reason goes with the halt");
        }
    }
}
