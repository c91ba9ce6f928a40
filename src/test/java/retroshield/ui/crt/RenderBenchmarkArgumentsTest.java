package retroshield.ui.crt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code --bench-render [frames]}: a bad frame count gets a message that names it. */
class RenderBenchmarkArgumentsTest {

    @Test
    void aWholeNumberIsTheFrameCount() {
        assertEquals(900, RenderBenchmark.frameCount("900"));
        assertEquals(1, RenderBenchmark.frameCount(" 1 "));
    }

    @Test
    void somethingElseIsRefusedWithWhatWasGivenAndWhatIsExpected() {
        for (String bad : new String[] {"abc", "0", "-5", "1.5", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> RenderBenchmark.frameCount(bad));
            assertTrue(e.getMessage().contains("\"" + bad + "\""), e.getMessage());
            assertTrue(e.getMessage().contains("whole number above 0"), e.getMessage());
        }
    }
}
