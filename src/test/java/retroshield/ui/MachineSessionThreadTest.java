package retroshield.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retroshield.terminal.TerminalFrame;

/**
 * The terminal belongs to the emulator thread: typing, scrolling and resizing from another
 * thread reach it as commands, frames come out published, and any direct use from another
 * thread is refused. The terminal's status replies reach the firmware.
 */
class MachineSessionThreadTest {

    @TempDir
    Path dir;

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(5);
        }
    }

    private static boolean shows(TerminalFrame f, String text) {
        for (int r = 0; r < f.rows(); r++) {
            if (f.rowText(r).contains(text)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void onlyTheEmulatorThreadTouchesTheTerminal() throws Exception {
        try (MachineSession s = MachineSession.open(EchoRom.write(dir), 80, 24)) {
            s.runner().run();
            waitFor(() -> shows(s.frame(), "READY"), "the banner");
            // from this (foreign) thread: commands only
            s.type("hello");
            for (int i = 0; i < 30; i++) {
                // CR LF: the echo ROM sends both back, so the screen scrolls
                s.send(("line " + i + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            waitFor(() -> shows(s.frame(), "line 29"), "the echo");
            waitFor(() -> s.publishedHistorySize() > 0, "scrollback");
            s.scrollBack(3);
            waitFor(() -> s.frame().scrollOffset() == 3, "scrolled view");
            s.scrollTo(0);
            waitFor(() -> s.frame().scrollOffset() == 0, "live view");
            s.resize(40, 24);
            waitFor(() -> s.frame().columns() == 40, "resized");
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> s.terminalForTest().snapshot());
            assertTrue(e.getMessage().contains("retroshield-emulator"), e.getMessage());
            assertThrows(IllegalStateException.class, () -> s.terminalForTest().accept('x'));
            assertNull(s.status().problem(), "the emulator thread met no foreign access");
        }
    }

    @Test
    void statusRepliesReachTheFirmware() throws Exception {
        try (MachineSession s = MachineSession.open(EchoRom.write(dir), 80, 24)) {
            s.runner().run();
            waitFor(() -> shows(s.frame(), "READY"), "the banner");
            long before = s.bytesReceived();
            // the echo ROM sends the request back to the terminal, which answers with the
            // cursor position (ESC [ 2 ; 1 R, 6 bytes) into the ROM's input; the ROM echoes it
            s.send(new byte[] {0x1B, '[', '6', 'n'});
            waitFor(() -> s.bytesReceived() >= before + 10, "the echoed reply");
            Thread.sleep(100);
            assertEquals(before + 10, s.bytesReceived(), "request (4 bytes) and reply (6 bytes) echoed");
        }
    }
}
