package retroshield.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import retroshield.rom.ClockSpec;

class ClockTest {

    @Test
    void parsesPresetsAndFrequencies() {
        assertEquals(ClockSpeed.MEGA_95KHZ, ClockSpeed.parse("mega"));
        assertEquals(ClockSpeed.Z80_4MHZ, ClockSpeed.parse("4MHz"));
        assertEquals(ClockSpeed.UNLIMITED, ClockSpeed.parse("unlimited"));
        assertEquals(1_000_000, ClockSpeed.parse("1000000").hz());
        assertEquals(500_000, ClockSpeed.parse("500k").hz());
        assertEquals(2_500_000, ClockSpeed.parse("2.5MHz").hz());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClockSpeed.parse("fastest"));
        assertTrue(e.getMessage().startsWith("unknown speed \"fastest\""));
        assertEquals(ClockSpeed.MEGA_95KHZ, ClockSpeed.from(new ClockSpec("mega", 0)));
        assertEquals(ClockSpeed.custom(123), ClockSpeed.from(new ClockSpec("custom", 123)));
    }

    /** A fake clock: sleeping advances it. */
    private static final class FakeTime {
        long now;
        final List<Long> sleeps = new ArrayList<>();

        void sleep(long nanos) {
            sleeps.add(nanos);
            now += nanos;
        }
    }

    @Test
    void pacerSleepsWhenAheadAndMeasuresSpeed() {
        FakeTime time = new FakeTime();
        Pacer pacer = new Pacer(ClockSpeed.Z80_4MHZ, () -> time.now, time::sleep);
        pacer.start(0);
        assertEquals(4000, pacer.sliceCycles(), "1 ms of a 4 MHz clock");
        long cycles = 0;
        for (int i = 0; i < 2000; i++) {          // 2 s of emulated time, host infinitely fast
            cycles += 4000;
            pacer.paceTo(cycles);
        }
        assertEquals(2_000_000_000L, time.now, 1_000_000, "wall time follows emulated time");
        assertEquals(4.0, pacer.measuredMhz(), 0.01);
        assertTrue(time.sleeps.stream().allMatch(n -> n >= 500_000), "never parks for less than 0.5 ms");
    }

    @Test
    void pacerDoesNotRaceToCatchUp() {
        FakeTime time = new FakeTime();
        Pacer pacer = new Pacer(ClockSpeed.MEGA_95KHZ, () -> time.now, time::sleep);
        pacer.start(0);
        time.now += 1_000_000_000L;               // host stalled for a second
        pacer.paceTo(95);
        pacer.paceTo(95 * 10);                    // 10 ms emulated after the stall
        assertEquals(1, time.sleeps.size(), "back to pacing right after the stall");
        assertEquals(9_000_000L, time.sleeps.get(0), 100_000);
    }

    @Test
    void unlimitedNeverSleeps() {
        FakeTime time = new FakeTime();
        Pacer pacer = new Pacer(ClockSpeed.UNLIMITED, () -> time.now, time::sleep);
        pacer.start(0);
        pacer.paceTo(1_000_000_000L);
        assertTrue(time.sleeps.isEmpty());
        assertEquals(50_000, pacer.sliceCycles());
    }
}
