package retroshield.roms.basic;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import retroshield.machine.HeadlessSession;
import retroshield.machine.Machine;
import retroshield.rom.LoadedRom;
import retroshield.rom.RomLoader;
import retroshield.rom.StorageSpec;

/**
 * The bundled BASIC ROM (roms/basic.bin + roms/basic.json) on the headless machine: types
 * direct commands and program lines and returns what the interpreter printed for them.
 */
final class BasicSession {

    static final Path METADATA = Path.of("roms", "basic.json");
    static final Path IMAGE = Path.of("roms", "basic.bin");
    static final long BOOT_CYCLES = 20_000_000;
    static final long LINE_CYCLES = 400_000_000;
    static final String OK = "Ok\r\n";
    static final String MEMORY_TOP = "Memory top? ";

    private final HeadlessSession session;

    private BasicSession(HeadlessSession session) {
        this.session = session;
    }

    static BasicSession boot() throws Exception {
        assumeTrue(Files.exists(IMAGE), "roms/basic.bin is missing: run roms/build.sh basic");
        return start(HeadlessSession.open(METADATA));
    }

    /** Boots with the SD card in the given folder (null: no card). */
    static BasicSession boot(StorageSpec storage) throws Exception {
        assumeTrue(Files.exists(IMAGE), "roms/basic.bin is missing: run roms/build.sh basic");
        LoadedRom rom = new RomLoader().load(METADATA);
        return start(HeadlessSession.of(new Machine(rom.metadata().withStorage(storage), rom.image())));
    }

    /**
     * Powers the machine on and waits for the cold start's "Memory top? " question, not
     * answered yet; {@link #answer} answers it.
     */
    static HeadlessSession coldStart() throws Exception {
        assumeTrue(Files.exists(IMAGE), "roms/basic.bin is missing: run roms/build.sh basic");
        HeadlessSession s = HeadlessSession.open(METADATA);
        String out = s.expect(MEMORY_TOP, BOOT_CYCLES);
        assertTrue(out.equals("\r\n" + MEMORY_TOP), out);
        return s;
    }

    /** A session on a machine whose banner and "Ok" have been read already. */
    static BasicSession of(HeadlessSession s) {
        return new BasicSession(s);
    }

    /** Answers the cold start's "Memory top?" with Enter (all memory), waits for the banner. */
    private static BasicSession start(HeadlessSession s) {
        s.expect(MEMORY_TOP, BOOT_CYCLES);
        s.type("\r");
        String banner = s.expect(OK, BOOT_CYCLES);
        assertTrue(banner.contains("Bytes free"), banner);
        return new BasicSession(s);
    }

    HeadlessSession raw() {
        return session;
    }

    long cycles() {
        return session.machine().cpu().cycles();
    }

    /** Types a direct command; returns its output (without the echo and the final "Ok"). */
    String run(String line) {
        session.type(line + "\r");
        String out = session.expect(OK, LINE_CYCLES);
        assertTrue(out.startsWith(line + "\r\n"), "no echo of the line: " + out);
        return out.substring(line.length() + 2, out.length() - OK.length());
    }

    /**
     * Runs a LIST command; returns the listed lines. As Microsoft's, LIST prints a line end
     * before the first listed line (an empty line under the command); it is checked and
     * dropped.
     */
    String list(String command) {
        String out = run(command);
        if (out.isEmpty()) {
            return out;
        }
        assertTrue(out.startsWith("\r\n"), "LIST starts with an empty line: " + out);
        return out.substring(2);
    }

    /** Types program lines (each echoed, nothing else printed). */
    void enter(String... lines) {
        for (String line : lines) {
            session.type(line + "\r");
            String echo = session.expect(line + "\r\n", LINE_CYCLES);
            assertTrue(echo.equals(line + "\r\n"), "unexpected output entering a line: " + echo);
        }
    }

    /** NEW, the lines, RUN: returns what the program printed (up to the final "Ok"). */
    String program(String... lines) {
        run("NEW");
        enter(lines);
        return run("RUN");
    }

    /** Types text without waiting. */
    void type(String text) {
        session.type(text);
    }

    String expect(String text) {
        return session.expect(text, LINE_CYCLES);
    }
}
