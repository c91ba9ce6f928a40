package retroshield.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random input never breaks the model. */
class TerminalStressTest {

    private static final byte[] INTERESTING = "\u001b[];?0123456789HJKmABCDrsuhl78DEMc\r\n\b\t\u0007\u000c\u0018\u001a\\P"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    @Test
    void randomBytesNeverThrowAndKeepInvariants() {
        Random random = new Random(1234);
        int[][] sizes = {{80, 24}, {40, 24}, {80, 25}, {7, 3}, {1, 1}};
        for (int[] size : sizes) {
            Terminal t = new Terminal(size[0], size[1], TerminalOptions.defaults().withScrollbackLines(50));
            byte[] chunk = new byte[4096];
            for (int round = 0; round < 60; round++) {
                for (int i = 0; i < chunk.length; i++) {
                    chunk[i] = random.nextInt(3) == 0
                            ? INTERESTING[random.nextInt(INTERESTING.length)]
                            : (byte) random.nextInt(256);
                }
                t.accept(chunk, 0, chunk.length);
                if (round % 7 == 0) {
                    t.scrollBack(random.nextInt(20) - 5);
                }
                if (round % 13 == 0) {
                    t.selectionText(random.nextInt(100) - 10, random.nextInt(40) - 10,
                            random.nextInt(100) - 10, random.nextInt(40) - 10);
                }
                TerminalFrame f = t.snapshot();
                assertEquals(f.columns() * f.rows(), f.codepoints().length);
                assertTrue(f.cursorColumn() >= 0 && f.cursorColumn() < f.columns(), "cursor column in range");
                assertTrue(f.cursorRow() >= 0 && f.cursorRow() < f.rows(), "cursor row in range");
                assertTrue(t.historySize() <= 50);
                for (int cp : f.codepoints()) {
                    assertTrue(cp >= 0x20 && cp <= 0xFF && (cp < 0x7F || cp >= 0xA0),
                            "only printable characters on screen, got " + cp);
                }
            }
            t.resize(size[0] == 80 ? 40 : 80, 24);
            t.accept(chunk, 0, chunk.length);
            assertEquals(24, t.snapshot().rows());
        }
    }

    @Test
    void bulkAndByteByByteFeedingGiveTheSameScreen() {
        Random random = new Random(7);
        byte[] text = "Some text that is long enough to wrap around a narrow screen. "
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        for (int trial = 0; trial < 40; trial++) {
            byte[] data = new byte[3000];
            for (int i = 0; i < data.length; i++) {
                int pick = random.nextInt(10);
                data[i] = pick < 7 ? text[random.nextInt(text.length)]
                        : pick < 9 ? INTERESTING[random.nextInt(INTERESTING.length)]
                        : (byte) random.nextInt(256);
            }
            Terminal bulk = new Terminal(13, 4);
            Terminal single = new Terminal(13, 4);
            if (trial % 2 == 1) {
                bulk.accept("\u001b[?7l");
                single.accept("\u001b[?7l");
            }
            int off = 0;
            while (off < data.length) {
                int len = Math.min(data.length - off, 1 + random.nextInt(200));
                bulk.accept(data, off, len);
                off += len;
            }
            for (byte b : data) {
                single.accept(b);
            }
            TerminalFrame a = bulk.snapshot();
            TerminalFrame b = single.snapshot();
            assertEquals(java.util.Arrays.toString(b.codepoints()), java.util.Arrays.toString(a.codepoints()), "trial " + trial);
            assertEquals(java.util.Arrays.toString(b.attributes()), java.util.Arrays.toString(a.attributes()), "trial " + trial);
            assertEquals(b.cursorColumn() + "," + b.cursorRow(), a.cursorColumn() + "," + a.cursorRow(), "trial " + trial);
            assertEquals(single.historySize(), bulk.historySize());
            assertEquals(single.selectionText(0, 0, 12, 3), bulk.selectionText(0, 0, 12, 3), "wrap marks, trial " + trial);
        }
    }

    @Test
    void afterRandomGarbageACancelAndResetRestoreAPlainScreen() {
        Random random = new Random(99);
        Terminal t = new Terminal(80, 24);
        byte[] junk = new byte[10000];
        random.nextBytes(junk);
        t.accept(junk);
        t.accept("\u0018\u001bc\u001b[?7h\u001b[rready");
        TerminalFrame f = t.snapshot();
        assertEquals("ready", f.rowText(0));
        assertEquals(0, f.attributesAt(0, 0));
    }
}
