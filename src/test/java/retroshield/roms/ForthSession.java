package retroshield.roms;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import retroshield.machine.HeadlessSession;

/** The bundled Forth ROM booted on a headless machine, with line-at-a-time helpers for tests. */
final class ForthSession implements AutoCloseable {

    static final Path METADATA = Path.of("roms", "forth.json");
    static final Path IMAGE = Path.of("roms", "forth.bin");
    static final long BOOT_CYCLES = 200_000_000L;
    static final long LINE_CYCLES = 200_000_000L;

    private final HeadlessSession session;

    private ForthSession(HeadlessSession session) {
        this.session = session;
    }

    /** Boots the ROM until its first " ok" (skips the test when the image was not built). */
    static ForthSession boot() throws Exception {
        assumeTrue(Files.exists(IMAGE), "roms/forth.bin is missing: run roms/build.sh forth");
        HeadlessSession session = HeadlessSession.open(METADATA);
        String banner = session.expect(" ok\r\n", BOOT_CYCLES);
        assertTrue(banner.contains("Forth"), banner);
        assertTrue(!banner.contains("?") && !banner.contains("error"), "boot source failed: " + banner);
        return new ForthSession(session);
    }

    /**
     * Types one line and returns what Forth printed for it: the text after the echo, without
     * the final " ok" and line end (an error reply keeps its text, e.g. "FOO ?").
     */
    String run(String line) {
        session.type(line + "\r");
        String out = session.expect("\r\n", LINE_CYCLES);
        assertTrue(out.startsWith(line + " "), "no echo of the line: " + out);
        String reply = out.substring(line.length() + 1, out.length() - 2);
        return reply.endsWith(" ok") ? reply.substring(0, reply.length() - 3) : reply;
    }

    HeadlessSession raw() {
        return session;
    }

    @Override
    public void close() {
        session.close();
    }
}
