package retroshield.roms.fortran;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import retroshield.machine.HeadlessSession;
import retroshield.machine.Machine;
import retroshield.rom.LoadedRom;
import retroshield.rom.RomLoader;
import retroshield.rom.StorageSpec;

/** The bundled FORTRAN 77 ROM on the headless machine: types lines, runs programs, counts T-states. */
final class FortranSession implements AutoCloseable {

    static final Path METADATA = Path.of("roms", "fortran.json");
    static final Path IMAGE = Path.of("roms", "fortran.bin");
    static final Path PROGRAMS = Path.of("src", "test", "resources", "fortran");
    static final String PROMPT = "\r\n> ";
    static final long LINE_CYCLES = 50_000_000L;
    static final long RUN_CYCLES = 4_000_000_000L;

    static final Path ROM_CONF = Path.of("roms", "src", "fortran", "rom.conf");

    private final HeadlessSession session;
    private long lastRunCycles;

    FortranSession() throws IOException {
        this(HeadlessSession.open(METADATA));
    }

    /** With an SD card in the given folder. */
    FortranSession(StorageSpec storage) throws IOException {
        this(sessionWith(storage));
    }

    private FortranSession(HeadlessSession session) {
        this.session = session;
        String banner = session.expect("> ", LINE_CYCLES);
        assertTrue(banner.contains("FORTRAN 77"), banner);
    }

    private static HeadlessSession sessionWith(StorageSpec storage) throws IOException {
        LoadedRom rom = new RomLoader().load(METADATA);
        return HeadlessSession.of(new Machine(rom.metadata().withStorage(storage), rom.image()));
    }

    /** A NAME=0x... setting of rom.conf (the memory map the ROM was built with). */
    static int romConf(String name) throws IOException {
        for (String line : Files.readAllLines(ROM_CONF)) {
            if (line.startsWith(name + "=0x")) {
                return Integer.parseInt(line.substring(name.length() + 3).trim(), 16);
            }
        }
        throw new IllegalStateException(name + " missing from " + ROM_CONF);
    }

    /** The lowest address of the machine stack. */
    static int stackBottom() throws IOException {
        return romConf("STACK_TOP") - romConf("STACK_SIZE");
    }

    /** Power off and on: RAM is cleared, the SD card keeps its files. */
    void powerCycle() {
        session.machine().coldReset();
        session.expect("> ", LINE_CYCLES);
    }

    /** Types one line; returns what the ROM printed for it (without echo and prompt). */
    String line(String text) {
        return line(text, LINE_CYCLES);
    }

    String line(String text, long maxCycles) {
        session.type(text + "\r");
        long start = session.machine().cpu().cycles();
        String out = session.expect(PROMPT, maxCycles);
        lastRunCycles = session.machine().cpu().cycles() - start;
        String body = out.substring(0, out.length() - PROMPT.length());
        int echo = body.indexOf("\r\n");
        return echo < 0 ? "" : body.substring(echo + 2);
    }

    /** Enters a program line by line (NEW first) and runs it; returns its output. */
    String run(String source) {
        line("NEW");
        for (String l : source.split("\n")) {
            line(l.replace("\r", ""));
        }
        return line("RUN", RUN_CYCLES);
    }

    /** T-states of the last line (for RUN: compiling and running the program). */
    long lastCycles() {
        return lastRunCycles;
    }

    HeadlessSession raw() {
        return session;
    }

    static String program(String name) throws IOException {
        return Files.readString(PROGRAMS.resolve(name + ".f"));
    }

    static List<String> programNames() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(PROGRAMS)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".f")).sorted()
                    .forEach(n -> names.add(n.substring(0, n.length() - 2)));
        }
        return names;
    }

    @Override
    public void close() {
        session.close();
    }
}
