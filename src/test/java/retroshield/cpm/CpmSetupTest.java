package retroshield.cpm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** The parts of the harness that do not run the Z80. */
class CpmSetupTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void aProgramTooLargeForTheTpaIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CpmMachine(new byte[0xFE00], new ByteArrayInputStream(new byte[0]), out, true));
        assertTrue(e.getMessage().contains("TPA"), e.getMessage());
    }

    @Test
    void theReportGivesTStatesTimeAndMegahertz() {
        CpmResult r = new CpmResult(CpmResult.Ending.WARM_BOOT, 46_734_977_146L, 41_200_000_000L);
        assertEquals("cpm: 46734977146 T-states in 41.200 s = 1134.3 MHz", r.report());
    }

    @Test
    void theReportAddsMegahertzPerCpuSecondWhenTheCpuTimeIsKnown() {
        CpmResult r = new CpmResult(CpmResult.Ending.WARM_BOOT, 46_734_977_146L, 41_200_000_000L, 37_387_981_717L);
        assertEquals("cpm: 46734977146 T-states in 41.200 s = 1134.3 MHz; 37.388 s CPU = 1250.0 MHz per CPU second",
                r.report());
        assertEquals(1250.0, r.megahertzPerCpuSecond(), 0.01);
    }

    @Test
    void exitCodesFollowTheEnding() {
        assertEquals(0, CpmResult.Ending.WARM_BOOT.exitCode());
        assertEquals(0, CpmResult.Ending.SYSTEM_RESET.exitCode());
        assertEquals(2, CpmResult.Ending.CYCLE_LIMIT.exitCode());
        assertEquals(3, CpmResult.Ending.HALTED.exitCode());
    }
}
