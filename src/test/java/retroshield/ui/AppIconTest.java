package retroshield.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AppIconTest {

    @Test
    void iconHasATransparentMarginACaseAndGreenText() {
        int[] px = AppIcon.pixels(64);
        assertEquals(64 * 64, px.length);
        assertEquals(0, px[0] >>> 24, "corner transparent");
        long green = Arrays.stream(px).filter(p -> ((p >> 8) & 0xFF) > 200 && ((p >> 16) & 0xFF) < 120).count();
        assertTrue(green > 40, "phosphor-green dots: " + green);
    }
}
