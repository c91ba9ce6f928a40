package retroshield.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The pacing decisions, fed by hand: deliveries, echoes, prompts and time. */
class InputPacerTest {

    private static final long HZ = 1_000_000;          // 1 ms = 1000 cycles

    private static InputPacer pacer(InputPacing.Mode mode, String prompt) {
        InputPacer p = new InputPacer();
        p.configure(new InputPacing(mode, prompt, 100), HZ);
        return p;
    }

    @Test
    void rtsAndNoneNeverWait() {
        for (InputPacing.Mode mode : new InputPacing.Mode[] {InputPacing.Mode.NONE, InputPacing.Mode.RTS}) {
            InputPacer p = pacer(mode, null);
            p.delivered('A', 'B', 0);
            assertTrue(p.mayDeliver(1));
        }
        assertFalse(pacer(InputPacing.Mode.NONE, null).honoursFlowControl());
        assertTrue(pacer(InputPacing.Mode.RTS, null).honoursFlowControl());
    }

    @Test
    void echoWaitsForTheSameByteOrTheTimeout() {
        InputPacer p = pacer(InputPacing.Mode.ECHO, null);
        p.delivered('a', 'b', 1000);
        assertFalse(p.mayDeliver(1001));
        p.output('x', 1002);                    // not its echo
        assertFalse(p.mayDeliver(1003));
        p.output('A', 1004);                    // upper-cased echo counts
        assertTrue(p.mayDeliver(1005));
        p.delivered('b', -1, 2000);
        assertFalse(p.mayDeliver(2000 + 99_999));
        assertTrue(p.mayDeliver(2000 + 100_000), "100 ms later the byte goes anyway");
        assertEquals(1, p.timeouts());
    }

    @Test
    void echoOfALineEndIsCrOrLfAndCrLfWaitsOnlyOnce() {
        InputPacer p = pacer(InputPacing.Mode.ECHO, null);
        p.delivered('\r', '\n', 0);
        assertTrue(p.mayDeliver(1), "the LF of CR LF follows at once");
        p.delivered('\n', -1, 2);
        p.output('\r', 3);
        assertTrue(p.mayDeliver(4));
    }

    @Test
    void lineWaitsForTheFirstPrompt() {
        InputPacer p = pacer(InputPacing.Mode.LINE, "Ok\r\n");
        assertFalse(p.mayDeliver(10), "the ROM has not asked for a line yet");
        for (char c : "BANNER\r\nOk\r\n".toCharArray()) {
            p.output(c, 20);
        }
        assertTrue(p.mayDeliver(21));
        p.machineReset(30);
        assertFalse(p.mayDeliver(40), "after a reset: the prompt again");
    }

    @Test
    void lineWaitsForThePromptAfterTheLineEnd() {
        InputPacer p = pacer(InputPacing.Mode.LINE, "Ok\r\n");
        p.reset();
        p.delivered('R', 'U', 0);
        assertTrue(p.mayDeliver(1), "inside a line nothing waits");
        p.delivered('\r', '1', 2);
        assertFalse(p.mayDeliver(3));
        for (char c : "\r\nOOk".toCharArray()) {
            p.output(c, 4);
        }
        assertFalse(p.mayDeliver(5), "output keeps coming: no quiet yet, no prompt yet");
        p.output('\r', 6);
        p.output('\n', 6);
        assertTrue(p.mayDeliver(7), "the prompt, after a false start");
    }

    @Test
    void lineWithoutPromptGoesOnAfterTheEchoedLineEndAndQuiet() {
        InputPacer p = pacer(InputPacing.Mode.LINE, "Ok\r\n");
        p.reset();
        p.delivered('\r', '2', 0);
        assertFalse(p.mayDeliver(20_000), "not echoed yet");
        p.output('\r', 20_000);
        p.output('\n', 20_001);
        assertFalse(p.mayDeliver(25_000));
        assertTrue(p.mayDeliver(30_001), "a tenth of the timeout quiet after the echo");
        assertEquals(0, p.timeouts());
    }

    @Test
    void modeNamesAndBadValues() {
        assertEquals(InputPacing.Mode.LINE, InputPacing.Mode.byName(" Line "));
        assertEquals(null, InputPacing.Mode.byName("fast"));
        assertThrows(IllegalArgumentException.class, () -> new InputPacing(InputPacing.Mode.ECHO, null, 0));
        assertThrows(IllegalArgumentException.class, () -> new InputPacing(null, null, 10));
        assertEquals("Ok", InputPacing.DEFAULT.withDefaultPrompt("Ok").prompt());
        assertEquals("> ", new InputPacing(InputPacing.Mode.LINE, "> ", 5).withDefaultPrompt("Ok").prompt());
    }
}
