package retroshield.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** run(budget), requestStop, the debug hook, snapshots, reset and prefix chains. */
class Z80RunTest {

    private final TestBus bus = new TestBus();
    private final Z80 cpu = new Z80(bus);

    @Test
    void runOvershootsTheBudgetByLessThanOneInstruction() {
        for (int k = 0; k < 0x1000; k += 4) {
            bus.load(k, 0xDD, 0x34, 0x00);                      // INC (IX+0): 23 T-states
        }
        bus.load(0x0000, 0x00);                                 // NOP first
        for (long budget : new long[] {1, 5, 10, 100, 1000}) {
            long before = cpu.cycles();
            long ran = cpu.run(budget);
            assertTrue(ran >= budget, "ran " + ran + " for budget " + budget);
            assertTrue(ran < budget + 23, "overshoot at most one instruction: " + ran);
            assertEquals(before + ran, cpu.cycles());
        }
    }

    @Test
    void requestStopFromABusCallbackEndsRunAfterThatInstruction() {
        bus.load(0x0000, 0x3E, 0x41, 0xD3, 0x10, 0x00, 0x00, 0xC3, 0x00, 0x00); // LD A,41h; OUT (10h),A; NOP; NOP; JP 0
        bus.onOut = v -> cpu.requestStop();
        long ran = cpu.run(1_000_000);
        assertEquals(7 + 11, ran);
        assertEquals(0x0004, cpu.pc(), "the OUT completed, nothing after it ran");
        assertEquals(1, bus.outs.size());
        assertEquals(4, cpu.run(4), "a later run is not stopped by the old request");
    }

    @Test
    void requestStopFromAnotherThreadEndsAnUnlimitedRun() {
        bus.load(0x0000, 0x18, 0xFE);                           // JR $
        long ran = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            AtomicBoolean done = new AtomicBoolean();
            Thread stopper = new Thread(() -> {
                while (!done.get()) {                           // repeated: run() clears older requests
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                    cpu.requestStop();
                }
            });
            stopper.start();
            long t = cpu.run(Long.MAX_VALUE);
            done.set(true);
            stopper.join();
            return t;
        });
        assertTrue(ran > 0 && ran % 12 == 0, "whole JR instructions ran: " + ran);
        assertEquals(0x0000, cpu.pc());
    }

    @Test
    void debugHookStopsBeforeTheGivenAddress() {
        bus.load(0x0000, 0x00, 0x00, 0x3C, 0x3C, 0x3C, 0x3C, 0xC3, 0x00, 0x00); // NOP NOP INC A x4 JP 0
        cpu.setDebugHook(pc -> pc == 0x0004);
        int aBefore = cpu.af() >> 8;
        long ran = cpu.run(1000);
        assertEquals(0x0004, cpu.pc());
        assertEquals(16, ran);
        assertEquals((aBefore + 2) & 0xFF, cpu.af() >> 8, "the instruction at the breakpoint did not run");
        cpu.setDebugHook(null);
        cpu.run(4);
        assertEquals(0x0005, cpu.pc(), "without the hook run continues");
    }

    @Test
    void aRemovedDebugHookIsNeverCalledAgain() {
        bus.load(0x0000, 0x3C, 0x18, 0xFD);                     // INC A; JR -3
        int[] calls = new int[1];
        cpu.setDebugHook(pc -> {
            calls[0]++;
            return false;
        });
        cpu.run(1_000);
        int withHook = calls[0];
        assertTrue(withHook > 50, "the hook saw every instruction: " + withHook);
        cpu.setDebugHook(null);
        long ran = cpu.run(10_000);
        for (int k = 0; k < 10; k++) {
            cpu.step();
        }
        assertTrue(ran >= 10_000);
        assertEquals(withHook, calls[0], "no call after removal");
    }

    @Test
    void rCountsSevenBitsPerOpcodeFetchAndKeepsBit7() {
        bus.load(0x0000, 0x3E, 0xFF, 0xED, 0x4F,                // LD A,FFh; LD R,A
                0x00, 0xCB, 0x00, 0xDD, 0x23, 0xED, 0x5F);      // NOP; RLC B; INC IX; LD A,R
        cpu.step();
        cpu.step();
        assertEquals(0xFF, cpu.r(), "LD R,A sets all 8 bits");
        cpu.step();
        assertEquals(0x80, cpu.r(), "bits 0-6 wrap, bit 7 stays");
        cpu.step();
        assertEquals(0x82, cpu.r(), "CB prefix: two M1 cycles");
        cpu.step();
        assertEquals(0x84, cpu.r(), "DD prefix: two M1 cycles");
        cpu.step();
        assertEquals(0x86, cpu.af() >> 8, "LD A,R reads R after both its fetches");
    }

    @Test
    void haltedRunAdvancesInFourTStateCyclesWithR() {
        bus.load(0x0000, 0x76);
        cpu.step();
        int r = cpu.r();
        long ran = cpu.run(100);
        assertEquals(100, ran);
        assertEquals((r + 25) & 0x7F, cpu.r());
        assertEquals(0x0001, cpu.pc());
    }

    @Test
    void stateAndRestoreRoundTripExactly() {
        bus.load(0x0000, 0x21, 0x34, 0x12, 0x11, 0x78, 0x56, 0xD9, 0x08, 0x37, 0xED, 0x5E,
                0xFB, 0x3E, 0x80, 0xED, 0x4F, 0x18, 0xFE);     // ... LD A,80h; LD R,A; JR $
        for (int k = 0; k < 9; k++) {
            cpu.step();
        }
        cpu.setIntLine(true);
        cpu.nmi();
        Z80State saved = cpu.state();
        TestBus otherBus = new TestBus();
        System.arraycopy(bus.mem, 0, otherBus.mem, 0, bus.mem.length);
        Z80 copy = new Z80(otherBus);
        copy.restore(saved);
        assertEquals(saved, copy.state());
        for (int k = 0; k < 20; k++) {
            assertEquals(cpu.step(), copy.step());
            assertEquals(cpu.state(), copy.state());
        }
        cpu.restore(saved);
        assertEquals(saved, cpu.state());
    }

    @Test
    void resetSetsThePinDefinedRegisters() {
        bus.load(0x0000, 0x01, 0x34, 0x12, 0xED, 0x56, 0xFB, 0x76);   // LD BC,1234h; IM 1; EI; HALT
        for (int k = 0; k < 4; k++) {
            cpu.step();
        }
        cpu.reset();
        assertEquals(0, cpu.pc());
        assertEquals(0xFFFF, cpu.af());
        assertEquals(0xFFFF, cpu.sp());
        assertEquals(0, cpu.im());
        assertEquals(0, cpu.i());
        assertEquals(0, cpu.r());
        assertEquals(false, cpu.iff1());
        assertEquals(false, cpu.isHalted());
        assertEquals(0x1234, cpu.bc(), "other registers keep their values");
    }

    @Test
    void prefixChainsDropTheEarlierPrefix() {
        bus.load(0x0000, 0xFD, 0xDD, 0x21, 0x34, 0x12);         // FD DD LD IX,1234h
        assertEquals(18, cpu.step());
        assertEquals(0x1234, cpu.ix());
        assertEquals(0x0000, cpu.iy());
        assertEquals(3, cpu.r());
        bus.load(0x0005, 0xDD, 0xED, 0x44);                      // DD NEG
        cpu.restore(new Z80State(0x0100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0,
                false, false, false, false, 0, false, false, false, 0));
        assertEquals(12, cpu.step());
        assertEquals(0xFF, cpu.af() >> 8);
    }
}
