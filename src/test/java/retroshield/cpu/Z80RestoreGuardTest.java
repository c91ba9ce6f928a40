package retroshield.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import retroshield.devices.I8251State;

/** A damaged snapshot cannot make the CPU run for ever or a chip take a state without its control state. */
class Z80RestoreGuardTest {

    private static Z80 cpu() {
        return new Z80(new TestBus());
    }

    @Test
    @Timeout(10)
    void aNegativeCycleCounterIsRefused() {
        Z80 z = cpu();
        Z80State s = z.state();
        Z80State bad = new Z80State(s.af(), s.bc(), s.de(), s.hl(), s.af2(), s.bc2(), s.de2(), s.hl2(), s.ix(), s.iy(),
                s.sp(), s.pc(), s.wz(), s.i(), s.r(), s.im(), s.iff1(), s.iff2(), s.halted(), s.eiPending(), s.q(),
                s.ldAirFlag(), s.intLine(), s.nmiPending(), -5);
        assertThrows(IllegalArgumentException.class, () -> z.restore(bad));
    }

    @Test
    @Timeout(10)
    void runNearTheEndOfTheCounterStopsAtTheBudget() {
        Z80 z = cpu();
        long ran = z.run(1000);
        assertTrue(ran >= 1000 && ran < 1100, "ran " + ran);
        assertEquals(0, z.run(-7), "a negative budget runs nothing");
    }

    @Test
    void an8251StateWithoutControlStateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new I8251State(null, 0, 0, 0, 0, false, false, 0, false,
                false, false, false, false, false, false, -1));
    }
}
