package retroshield.pacing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import retroshield.devices.InputPacing;
import retroshield.machine.HeadlessSession;
import retroshield.machine.Machine;

/**
 * A 30 KB paste into this repository's own ROMs arrives whole in every pacing mode that suits
 * them (they take input with flow control, so all but none; MINT polls and also survives none).
 */
class OwnRomsPacingTest {

    private static final long BUDGET = 6_000_000_000L;

    private static HeadlessSession boot(String rom, InputPacing.Mode mode, String prompt) throws Exception {
        HeadlessSession s = HeadlessSession.open(Path.of("roms", rom + ".json"));
        Machine m = s.machine();
        m.serialHost().setPacing(m.metadata().input().pacing().withMode(mode)
                .withDefaultPrompt(m.metadata().ready()), 0);
        s.expect(prompt, 50_000_000L);
        return s;
    }

    @ParameterizedTest
    @EnumSource(value = InputPacing.Mode.class, names = {"RTS", "ECHO", "LINE", "NONE"})
    void mintCounts30KbOfLines(InputPacing.Mode mode) throws Exception {
        StringBuilder paste = new StringBuilder("0 a!\n");
        int lines = 0;
        while (paste.length() < 30 * 1024) {
            paste.append("a 1 + a!\n");
            lines++;
        }
        try (HeadlessSession s = boot("mint", mode, "> ")) {
            s.type(paste + "a .\n");
            s.expect("a .", BUDGET);
            String reply = s.expect("> ", BUDGET);
            assertTrue(reply.contains(" " + lines + " ") || reply.contains(lines + " \r"), reply);
            assertEquals(0, s.machine().serialHost().pendingInput());
        }
    }

    @ParameterizedTest
    @EnumSource(value = InputPacing.Mode.class, names = {"RTS", "ECHO", "LINE"})
    void monitorStores30KbOfEnterLines(InputPacing.Mode mode) throws Exception {
        StringBuilder paste = new StringBuilder();
        int address = 0x8000;
        while (paste.length() < 30 * 1024) {
            paste.append(String.format("E %04X", address));
            for (int i = 0; i < 16; i++) {
                paste.append(String.format(" %02X", (address + i * 7) & 0xFF));
            }
            paste.append('\n');
            address += 16;
        }
        try (HeadlessSession s = boot("monitor", mode, "\r\n> ")) {
            s.type(paste + "D 8000 1\n");
            s.expect("D 8000 1", BUDGET);
            s.expect("> ", BUDGET);
            Machine m = s.machine();
            for (int a = 0x8000; a < address; a++) {
                int expected = (0x8000 + ((a - 0x8000) / 16) * 16 + ((a - 0x8000) % 16) * 7) & 0xFF;
                assertEquals(expected, m.memory().read(a), String.format("byte at $%04X", a));
            }
            assertEquals(0, m.serialHost().pendingInput());
        }
    }
}
