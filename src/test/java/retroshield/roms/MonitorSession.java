package retroshield.roms;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import retroshield.machine.HeadlessSession;

/** Drives the Monitor ROM through a {@link HeadlessSession}: one command, one reply. */
final class MonitorSession implements AutoCloseable {

    static final Path METADATA = Path.of("roms/monitor.json");
    static final Path IMAGE = Path.of("roms/monitor.bin");
    /** Cycle budget for one command; generous, a reply normally takes far fewer. */
    static final long BUDGET = 50_000_000L;
    static final String PROMPT = "\r\n> ";

    private final HeadlessSession session;
    private final String banner;

    private MonitorSession(HeadlessSession session, String banner) {
        this.session = session;
        this.banner = banner;
    }

    /** Boots the ROM until its first prompt; skips the test when the image is not built. */
    static MonitorSession boot() throws IOException {
        return boot("");
    }

    /**
     * Powers the machine on, types {@code typeAhead} at once (before the firmware has set
     * up its serial chip), then runs until the first prompt.
     */
    static MonitorSession boot(String typeAhead) throws IOException {
        assumeTrue(Files.exists(IMAGE), "roms/monitor.bin is missing: run roms/build.sh");
        HeadlessSession session = HeadlessSession.open(METADATA);
        if (!typeAhead.isEmpty()) {
            session.type(typeAhead);
        }
        String banner = session.expect(PROMPT, BUDGET);
        return new MonitorSession(session, banner);
    }

    String banner() {
        return banner;
    }

    /** Types a line and Enter; returns everything up to and including the next prompt. */
    String command(String line) {
        session.type(line + "\n");
        return session.expect(PROMPT, BUDGET);
    }

    /** Sends bytes without translation and waits for the next prompt. */
    String raw(byte[] bytes) {
        session.typeRaw(bytes);
        return session.expect(PROMPT, BUDGET);
    }

    /** Types a line and waits for the given text (for interactive commands). */
    String line(String line, String expected) {
        session.type(line + "\n");
        return session.expect(expected, BUDGET);
    }

    HeadlessSession session() {
        return session;
    }

    @Override
    public void close() throws Exception {
        session.close();
    }
}
