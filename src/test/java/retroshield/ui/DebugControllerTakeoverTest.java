package retroshield.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retroshield.debug.DebugPrograms;
import retroshield.debug.SymbolTable;
import retroshield.machine.Machine;
import retroshield.machine.MachineRunner;

/**
 * While the debugger is attached, the app's Run and Step (which call the runner) go through
 * it: a breakpoint stops the app's run and the history sees every instruction; detached, the
 * runner runs on its own again.
 */
class DebugControllerTakeoverTest {

    private MachineRunner runner;
    private DebugController controller;
    private final LinkedBlockingQueue<DebugSnapshot> snapshots = new LinkedBlockingQueue<>();

    @BeforeEach
    void attach() throws Exception {
        Machine machine = DebugPrograms.machine();
        runner = new MachineRunner(machine);
        runner.start();
        controller = new DebugController(runner, SymbolTable.EMPTY, 4_000_000);
        controller.setListener(snapshots::add);
        controller.attach();
        next(s -> s.message().startsWith("paused"));
    }

    @AfterEach
    void close() {
        runner.close();
    }

    private DebugSnapshot next(Predicate<DebugSnapshot> wanted) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            DebugSnapshot s = snapshots.poll(100, TimeUnit.MILLISECONDS);
            if (s != null && wanted.test(s)) {
                return s;
            }
        }
        throw new AssertionError("no such snapshot within 10 s");
    }

    private int onEmulator(java.util.function.ToIntFunction<Machine> f) throws Exception {
        CompletableFuture<Integer> result = new CompletableFuture<>();
        runner.submit(m -> result.complete(f.applyAsInt(m)));
        return result.get(10, TimeUnit.SECONDS);
    }

    @Test
    void theAppsRunStopsAtABreakpointAndCanBeSteppedBack() throws Exception {
        controller.toggleBreakpoint(0x0011);
        next(s -> s.message().startsWith("breakpoint set"));
        runner.run();                                   // what the toolbar's Run, the menu and F5 call
        DebugSnapshot stop = next(s -> s.message().contains("breakpoint #1"));
        assertEquals(0x0011, stop.cpu().pc());
        assertEquals(0x0011, onEmulator(m -> m.cpu().pc()), "the runner did not run past it");
        assertTrue(stop.history() > 16, "the history saw the app's run: " + stop.history());
        runner.step();                                  // the app's Step: a debugger step
        assertEquals(0x0013, next(s -> s.message().startsWith("step")).cpu().pc());
        controller.stepBack();
        assertEquals(0x0011, next(s -> s.message().startsWith("back")).cpu().pc());
    }

    @Test
    void theAppsPauseStopsTheDebuggersContinue() throws Exception {
        runner.submit(m -> m.memory().poke(0x0019, 0x18));      // HALT -> JR $0019: loops for ever
        runner.submit(m -> m.memory().poke(0x001A, 0xFE));
        runner.run();
        runner.pause();
        DebugSnapshot s = next(x -> x.message().startsWith("paused"));
        assertTrue(!controller.isContinuing());
        long cycles = s.cpu().cycles();
        Thread.sleep(200);
        assertEquals(1, onEmulator(m -> m.cpu().cycles() == cycles ? 1 : 0), "nothing runs after the pause");
    }

    @Test
    void detachedTheRunnerRunsOnItsOwnPastTheBreakpoint() throws Exception {
        controller.toggleBreakpoint(0x0011);
        next(s -> s.message().startsWith("breakpoint set"));
        controller.detach();
        runner.run();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (onEmulator(m -> m.cpu().pc()) != 0x001A && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertEquals(0x001A, onEmulator(m -> m.cpu().pc()), "ran to the HALT, past $0011");
    }
}
