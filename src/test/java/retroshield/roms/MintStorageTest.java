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

/** MINT's /L /M /Q /Z operators on an SD card in a temporary folder. */
class MintStorageTest {

    private static final String PROMPT = MintRomTest.PROMPT;

    @TempDir
    Path dir;
    private HeadlessSession session;

    private void boot(StorageSpec storage) throws Exception {
        assumeTrue(Files.exists(MintRomTest.IMAGE), "roms/mint.bin is missing: run roms/build.sh");
        LoadedRom rom = new RomLoader().load(MintRomTest.METADATA);
        session = HeadlessSession.of(new Machine(rom.metadata().withStorage(storage), rom.image()));
        session.expect(PROMPT, MintRomTest.BOOT_CYCLES);
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    /** Types one line; returns MINT's reply without the echo and the prompt. */
    private String run(String line) {
        session.type(line + "\r");
        String out = session.expect("\r\n" + PROMPT, MintRomTest.LINE_CYCLES);
        String reply = out.substring(Math.min(out.length(), line.length() + 2), out.length() - PROMPT.length());
        return reply.endsWith("\r\n") ? reply.substring(0, reply.length() - 2) : reply;
    }

    private byte[] memory(int address, int length) {
        return session.machine().memory().dump(address, length);
    }

    @Test
    void makeThenLoadAfterAPowerCycleIsIdentical() throws Exception {
        boot(StorageSpec.of(dir));
        run("200( /i 7 * 3 +  #5000 /i \\? \\! )");
        byte[] saved = memory(0x5000, 200);
        assertEquals(10, saved[1]);
        assertEquals("", run("#5000 200 /M`DATA.BIN`"));
        assertArrayEquals(saved, Files.readAllBytes(dir.resolve("DATA.BIN")));
        session.machine().coldReset();
        session.expect(PROMPT, MintRomTest.BOOT_CYCLES);
        assertArrayEquals(new byte[200], memory(0x5000, 200), "RAM cleared by the power cycle");
        assertEquals("200 ", run("#5000 /L`DATA.BIN` ."));
        assertArrayEquals(saved, memory(0x5000, 200));
    }

    @Test
    void functionsSurviveAPowerCycleThroughTheDocumentedRecipe() throws Exception {
        boot(StorageSpec.of(dir));
        run(":A 2 * ;");
        run(":B A A . ;");
        assertEquals("20 ", run("5 B"));
        assertEquals("", run("#3040 116 /M`PROG.SYS`"));
        assertEquals("", run("#4000 /h #4000 - /M`PROG.HEP`"));
        session.machine().coldReset();
        session.expect(PROMPT, MintRomTest.BOOT_CYCLES);
        assertEquals("Error: undefined function B", run("5 B"));
        assertEquals("116 14 ", run("#3040 /L`PROG.SYS` . #4000 /L`PROG.HEP` ."));
        assertEquals("20 ", run("5 B"));
        assertEquals("", run(":C 1 + ;"), "the heap goes on after the loaded functions");
        assertEquals("20 4 ", run("5 B 3 C ."));
    }

    @Test
    void aFileWrittenOnTheHostIsLoadedAndUsable() throws Exception {
        Files.writeString(dir.resolve("text.txt"), "Hi!", StandardCharsets.US_ASCII);
        boot(StorageSpec.of(dir));
        assertEquals("3 ", run("#6000 /L`text.txt` ."));
        assertEquals("Hi!", run("3( #6000 /i \\? /C )"));
    }

    @Test
    void listingAndZapping() throws Exception {
        boot(StorageSpec.of(dir));
        assertEquals("", run("/Q"), "an empty card lists nothing");
        run("#5000 4 /M`B`");
        run("#5000 4 /M`A`");
        assertEquals("A\r\nB", run("/Q"));
        assertEquals("", run("/Z`A`"));
        assertFalse(Files.exists(dir.resolve("A")));
        assertEquals("Error: no file A", run("/Z`A`"));
    }

    @Test
    void refusalsAndMistakes() throws Exception {
        Files.write(dir.resolve("BIG"), new byte[300]);
        boot(new StorageSpec(dir, new SdLimits(100, 10, 10_000)));
        assertEquals("Error: cannot create ../ESCAPE", run("#5000 4 /M`../ESCAPE`"));
        assertFalse(Files.exists(dir.getParent().resolve("ESCAPE")));
        assertEquals("Error: no file /etc/passwd", run("#5000 /L`/etc/passwd`"));
        assertEquals("Error: expected `NAME` after the operator", run("#5000 /L"));
        assertEquals("Error: load stops below #3000 ", run("#2F00 /L`BIG`"));
        assertEquals("Error: card full, not all saved: LONG", run("#5000 200 /M`LONG`"));
        assertEquals(100, Files.size(dir.resolve("LONG")));
        assertEquals("Error: stack underflow", run("/M`X`"));
    }

    @Test
    void withoutACardTheOperatorsSaySo() throws Exception {
        boot(null);
        assertEquals("Error: no SD card", run("/Q"));
        assertEquals("Error: no SD card", run("#5000 /L`A`"));
        assertTrue(run("/H").contains("/Q list"));
    }
}
