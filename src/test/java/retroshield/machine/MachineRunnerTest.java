package retroshield.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import retroshield.machine.MachineStatus.State;
import retroshield.rom.ChipType;

class MachineRunnerTest {

    private static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(10);

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(5);
        }
    }

    @Test
    void runsPausesStepsAndEchoes() throws Exception {
        Machine machine = TestMachines.machine(ChipType.MC6850, false, EchoPrograms.aciaPolled());
        StringBuffer output = new StringBuffer();
        try (MachineRunner runner = new MachineRunner(machine)) {
            assertEquals(State.IDLE, runner.status().state());
            runner.addOutputListener(b -> output.append((char) b));
            runner.setClock(ClockSpeed.UNLIMITED);
            runner.start();
            waitFor("paused after start", () -> runner.status().state() == State.PAUSED);
            long cyclesWhilePaused = runner.status().cycles();
            Thread.sleep(50);
            assertEquals(cyclesWhilePaused, runner.status().cycles(), "paused: no progress");

            runner.step();
            waitFor("one step", () -> runner.status().pc() == 1);
            assertEquals(4, runner.status().cycles(), "DI is 4 T-states");

            runner.run();
            runner.send("ping".getBytes(StandardCharsets.ISO_8859_1));
            waitFor("echo", () -> output.toString().equals("ping"));
            waitFor("running status", () -> runner.status().state() == State.RUNNING
                    && runner.status().cycles() > 10_000);

            runner.pause();
            waitFor("paused", () -> runner.status().state() == State.PAUSED);
            assertNull(runner.status().problem());
        }
    }

    @Test
    void baudPacingSpacesInput() throws Exception {
        Machine machine = TestMachines.machine(ChipType.MC6850, false, EchoPrograms.aciaPolled());
        StringBuffer output = new StringBuffer();
        try (MachineRunner runner = new MachineRunner(machine)) {
            runner.addOutputListener(b -> output.append((char) b));
            runner.setClock(ClockSpeed.UNLIMITED);
            runner.setBaud(300);                     // 30 characters a second of emulated time
            runner.start();
            AtomicLong characterTime = new AtomicLong(-1);
            runner.submit(m -> characterTime.set(m.serialHost().characterTime()));
            runner.send("0123456789".getBytes(StandardCharsets.ISO_8859_1));
            runner.run();
            waitFor("all ten", () -> output.length() == 10);
            assertEquals(4_000_000L * 10 / 300, characterTime.get());
            runner.pause();
            waitFor("paused", () -> runner.status().state() == State.PAUSED);
            long cycles = runner.status().cycles();
            assertTrue(cycles >= 9 * 133_333L, "nine character times passed: " + cycles);
        }
    }

    @Test
    void pacedRunKeepsToTheClock() throws Exception {
        Machine machine = TestMachines.machine(ChipType.MC6850, false, EchoPrograms.aciaPolled());
        try (MachineRunner runner = new MachineRunner(machine)) {
            runner.setClock(ClockSpeed.MEGA_95KHZ);
            runner.start();
            runner.run();
            Thread.sleep(500);
            long cycles = runner.status().cycles();
            // 0.5 s at 95 kHz is 47,500 T-states; allow for start-up and status delay.
            assertTrue(cycles > 20_000 && cycles < 80_000, "cycles after 0.5 s: " + cycles);
        }
    }

    @Test
    void haltWithInterruptsDisabledIsReportedAndResetsRecover() throws Exception {
        Machine machine = TestMachines.machine(ChipType.MC6850, false, EchoPrograms.writesToBothChips());
        StringBuffer output = new StringBuffer();
        try (MachineRunner runner = new MachineRunner(machine)) {
            runner.addOutputListener(b -> output.append((char) b));
            runner.setClock(ClockSpeed.UNLIMITED);
            runner.start();
            runner.run();
            waitFor("halted", () -> runner.status().state() == State.HALTED && output.length() == 1);
            runner.warmReset();
            runner.run();
            waitFor("ran again after the reset button", () -> output.toString().equals("YY"));
            waitFor("halted again", () -> runner.status().state() == State.HALTED);
            runner.coldReset();
            runner.run();
            waitFor("ran again after a power cycle", () -> output.toString().equals("YYY"));
            waitFor("halted a third time", () -> runner.status().state() == State.HALTED);
            assertEquals(0xFF, machine.memory().read(0x9000));
        }
    }

    @Test
    void anExceptionPausesTheMachineButTheThreadLives() throws Exception {
        Machine machine = TestMachines.machine(ChipType.MC6850, false, EchoPrograms.aciaPolled());
        try (MachineRunner runner = new MachineRunner(machine)) {
            runner.setClock(ClockSpeed.UNLIMITED);
            runner.start();
            runner.submit(m -> m.cpu().setDebugHook(pc -> {
                throw new IllegalStateException("boom");
            }));
            runner.run();
            waitFor("paused by the problem", () -> runner.status().problem() != null);
            assertEquals(State.PAUSED, runner.status().state());
            assertTrue(runner.status().problem().contains("boom"), runner.status().problem());
            runner.submit(m -> m.cpu().setDebugHook(null));
            runner.run();
            waitFor("running again", () -> runner.status().state() == State.RUNNING);
            assertNotNull(runner.status().clock());
        }
    }
}
