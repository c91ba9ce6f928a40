package retroshield.roms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retroshield.devices.SdLimits;
import retroshield.machine.HeadlessSession;
import retroshield.machine.Machine;
import retroshield.rom.LoadedRom;
import retroshield.rom.RomLoader;
import retroshield.rom.StorageSpec;

/** The Monitor's S, L, N and K commands on an SD card in a temporary folder. */
class MonitorStorageTest {

    private static final String PROMPT = MonitorSession.PROMPT;
    private static final long BUDGET = MonitorSession.BUDGET;

    @TempDir
    Path dir;
    private HeadlessSession session;

    private void boot(StorageSpec storage) throws Exception {
        assumeTrue(Files.exists(MonitorSession.IMAGE), "roms/monitor.bin is missing: run roms/build.sh");
        LoadedRom rom = new RomLoader().load(MonitorSession.METADATA);
        Machine machine = new Machine(rom.metadata().withStorage(storage), rom.image());
        session = HeadlessSession.of(machine);
        session.expect(PROMPT, BUDGET);
    }

    private void boot() throws Exception {
        boot(StorageSpec.of(dir));
    }

    private String command(String line) {
        session.type(line + "\n");
        return session.expect(PROMPT, BUDGET);
    }

    private void powerCycle() {
        session.machine().coldReset();
        session.expect(PROMPT, BUDGET);
    }

    private byte[] memory(int address, int length) {
        return session.machine().memory().dump(address, length);
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    /** Fills $8000-$80FF with a pattern through the E command. */
    private byte[] enterPattern() {
        byte[] pattern = new byte[256];
        for (int line = 0; line < 16; line++) {
            StringBuilder text = new StringBuilder(String.format("E %04X", 0x8000 + line * 16));
            for (int i = 0; i < 16; i++) {
                int value = (line * 16 + i) * 37 + 11 & 0xFF;
                pattern[line * 16 + i] = (byte) value;
                text.append(String.format(" %02X", value));
            }
            command(text.toString());
        }
        assertArrayEquals(pattern, memory(0x8000, 256));
        return pattern;
    }

    @Test
    void rawSaveThenLoadAfterAPowerCycleIsIdentical() throws Exception {
        boot();
        byte[] pattern = enterPattern();
        assertTrue(command("S PROG.BIN 8000 80FF").contains("saved $8000-$80FF to PROG.BIN"));
        assertArrayEquals(pattern, Files.readAllBytes(dir.resolve("PROG.BIN")));
        powerCycle();
        assertArrayEquals(new byte[256], memory(0x8000, 256), "RAM cleared by the power cycle");
        assertTrue(command("L PROG.BIN 8000").contains("loaded 256 bytes, $8000-$80FF"));
        assertArrayEquals(pattern, memory(0x8000, 256));
    }

    @Test
    void intelHexSaveThenLoadAfterAPowerCycleIsIdentical() throws Exception {
        boot();
        byte[] pattern = enterPattern();
        assertTrue(command("s prog.hex 8000 8104").contains("saved $8000-$8104"));
        String hex = Files.readString(dir.resolve("prog.hex"), StandardCharsets.US_ASCII);
        assertTrue(hex.startsWith(":108000000B30557A"), hex);
        assertTrue(hex.endsWith("\r\n:0581000000000000007A\r\n:00000001FF\r\n"), hex);
        assertEquals(18, hex.split("\r\n").length, "17 data records and the end record");
        powerCycle();
        assertTrue(command("L PROG.HEX").contains("loaded 261 bytes, $8000-$8104"));
        assertArrayEquals(pattern, memory(0x8000, 256));
    }

    @Test
    void aFileWrittenOnTheHostIsLoaded() throws Exception {
        Files.writeString(dir.resolve("HOST.HEX"), ":049000000102030462\n:00000001FF\n");
        byte[] raw = "hello from the host".getBytes(StandardCharsets.US_ASCII);
        Files.write(dir.resolve("host.txt"), raw);
        boot();
        assertTrue(command("L HOST.HEX").contains("loaded 4 bytes, $9000-$9003"));
        assertArrayEquals(new byte[] {1, 2, 3, 4}, memory(0x9000, 4));
        assertTrue(command("L host.txt A000").contains("loaded 19 bytes, $A000-$A012"));
        assertArrayEquals(raw, memory(0xA000, raw.length));
    }

    @Test
    void listingAndDeleting() throws Exception {
        boot();
        assertTrue(command("N").contains("0 files"), "an empty card");
        command("S A.BIN 8000 8000");
        command("S B.HEX 8000 8000");
        String listing = command("N");
        assertTrue(listing.contains("A.BIN\r\nB.HEX\r\n2 files"), listing);
        assertTrue(command("K A.BIN").contains("deleted A.BIN"));
        assertFalse(Files.exists(dir.resolve("A.BIN")));
        assertTrue(command("K A.BIN").contains("no file A.BIN"));
        assertTrue(command("K").contains("usage: K name"));
    }

    @Test
    void refusalsAndMistakesAreReported() throws Exception {
        Files.write(dir.resolve("BIG"), new byte[64]);
        boot();
        assertTrue(command("S ../ESCAPE 8000 8010").contains("cannot create ../ESCAPE"));
        assertFalse(Files.exists(dir.getParent().resolve("ESCAPE")));
        assertTrue(command("L /etc/passwd 8000").contains("no file /etc/passwd"));
        assertTrue(command("L BIG").contains("usage: L name addr"));
        assertTrue(command("S X 9000 8000").contains("end is below start"));
        assertTrue(command("S X").contains("usage: S name start end"));
        String stopped = command("L BIG 1FF0");
        assertTrue(stopped.contains("$1FF0 is ROM: stopped"), stopped);
        String own = command("L BIG 2000");
        assertTrue(own.contains("is the monitor's own RAM"), own);
        assertTrue(command("L MISSING.HEX").contains("no file MISSING.HEX"));
    }

    @Test
    void aFullCardIsReported() throws Exception {
        boot(new StorageSpec(dir, new SdLimits(100, 10, 1000)));
        assertTrue(command("S BIG.BIN 8000 80FF").contains("write failed (card full?)"));
        assertEquals(100, Files.size(dir.resolve("BIG.BIN")));
    }

    @Test
    void withoutACardTheCommandsSaySo() throws Exception {
        boot(null);
        assertTrue(command("N").contains("no SD card"));
        assertTrue(command("S A 8000 8001").contains("no SD card"));
        assertTrue(command("L A 8000").contains("no SD card"));
    }
}
