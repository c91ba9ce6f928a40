package retroshield.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import retroshield.devices.InputPacing;
import retroshield.machine.ClockSpeed;
import retroshield.machine.Machine;
import retroshield.pacing.LineBasicRom;

/**
 * The app's paste goes through the ROM's pacing choice (linebasic: line, from its metadata)
 * or the one picked in the menu, on the emulator thread of a {@link MachineSession}.
 */
class SessionPastePacingTest {

    private static String pasteAndRead(InputPacing.Mode mode, String listing) throws Exception {
        try (MachineSession s = MachineSession.open(LineBasicRom.metadata(), 80, 24)) {
            s.setClock(ClockSpeed.UNLIMITED);
            if (mode != null) {
                s.setPacing(mode);
            }
            s.runner().run();
            s.type(listing);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            String stored = "";
            int stableRounds = 0;
            while (System.nanoTime() < deadline && stableRounds < 5) {
                Thread.sleep(100);
                String now = read(s);
                stableRounds = now.equals(stored) && pending(s) == 0 ? stableRounds + 1 : 0;
                stored = now;
            }
            return stored;
        }
    }

    private static int pending(MachineSession s) throws Exception {
        CompletableFuture<Integer> f = new CompletableFuture<>();
        s.runner().submit(m -> f.complete(m.serialHost().pendingInput()));
        return f.get(10, TimeUnit.SECONDS);
    }

    private static String read(MachineSession s) throws Exception {
        CompletableFuture<String> f = new CompletableFuture<>();
        s.runner().submit(m -> f.complete(program(m)));
        return f.get(10, TimeUnit.SECONDS);
    }

    private static String program(Machine m) {
        int end = m.memory().read(LineBasicRom.PEND) | m.memory().read(LineBasicRom.PEND + 1) << 8;
        byte[] text = new byte[Math.max(0, end - LineBasicRom.PROG)];
        for (int i = 0; i < text.length; i++) {
            text[i] = (byte) m.memory().read(LineBasicRom.PROG + i);
        }
        return new String(text, StandardCharsets.ISO_8859_1).replace('\r', '\n');
    }

    @Test
    void pasteUsesTheRomsLinePacing30Kb() throws Exception {
        String listing = LineBasicRom.listing(30 * 1024);
        assertEquals(listing, pasteAndRead(null, listing));
    }

    @Test
    void pasteWithEchoPacingFromTheMenu() throws Exception {
        String listing = LineBasicRom.listing(8 * 1024);
        assertEquals(listing, pasteAndRead(InputPacing.Mode.ECHO, listing));
    }

    @Test
    void pacingNoneFromTheMenuLosesText() throws Exception {
        String listing = LineBasicRom.listing(4 * 1024);
        assertNotEquals(listing, pasteAndRead(InputPacing.Mode.NONE, listing));
    }
}
