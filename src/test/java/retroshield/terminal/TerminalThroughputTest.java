package retroshield.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The benchmark's workload (its speed is measured by the bench command, not here). */
class TerminalThroughputTest {

    @Test
    void workloadIsAboutOneMegabyteOfRealisticOutput() {
        byte[] workload = TerminalThroughput.defaultWorkload();
        assertTrue(workload.length >= TerminalThroughput.DEFAULT_WORKLOAD_BYTES);
        String text = new String(workload, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("\r\n"));
        assertTrue(text.contains("\u001b[1m") && text.contains("\u001b[K") && text.contains("\u001b7"));
        assertTrue(text.contains("\b") && text.contains("\t") && text.contains("\u0007"));
    }

    @Test
    void workloadScrollsIntoHistoryAndLeavesOnlyText() {
        Terminal t = new Terminal(80, 24);
        t.accept(TerminalThroughput.defaultWorkload());
        assertEquals(TerminalOptions.DEFAULT_SCROLLBACK_LINES, t.historySize());
        TerminalFrame f = t.snapshot();
        assertTrue(f.bellCount() > 0);
        for (int cp : f.codepoints()) {
            assertTrue(cp >= 0x20 && cp < 0x7F, "only text on screen");
        }
    }

    @Test
    void emptyWorkloadIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TerminalThroughput.megabytesPerSecond(new byte[0], 1));
    }

    @Test
    void measurementArithmetic() {
        TerminalThroughput.Measurement m = new TerminalThroughput.Measurement(4_000_000, 2_000_000_000L, 1_000_000_000L);
        assertEquals(2.0, m.megabytesPerSecond(), 1e-9);
        assertEquals(4.0, m.megabytesPerCpuSecond(), 1e-9);
        assertTrue(Double.isNaN(new TerminalThroughput.Measurement(1, 1, -1).megabytesPerCpuSecond()));
    }
}
