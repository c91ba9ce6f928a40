package retroshield.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import retroshield.rom.ChipType;
import retroshield.rom.ImageSegment;
import retroshield.rom.RomImage;

/** Ignored ROM writes and unanswered ports are counted and the first of each reported. */
class AccessReportTest {

    /** DI; LD A,$2A; LD ($0000),A; OUT ($42),A; IN A,($43); LD ($0010),A; HALT */
    static final byte[] PROGRAM = {
            (byte) 0xF3, 0x3E, 0x2A, 0x32, 0x00, 0x00, (byte) 0xD3, 0x42, (byte) 0xDB, 0x43,
            0x32, 0x10, 0x00, 0x76};

    private static Machine machine() {
        return new Machine(TestMachines.metadata(ChipType.MC6850, false),
                new RomImage(Path.of("t.bin"), List.of(new ImageSegment(0, PROGRAM))));
    }

    @Test
    void firstWriteAndPortWithTheInstructionAddress() {
        Machine m = machine();
        m.runSlice(1000);
        AccessReport r = m.accessReport();
        assertEquals(2, r.ignoredWrites());
        assertEquals(2, r.unansweredPortAccesses());
        List<String> lines = r.summary();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("2 writes to ROM or unmapped memory were ignored, the first $2A to $0000"
                + " by the instruction at $0003"), lines.get(0));
        assertTrue(lines.get(1).startsWith("2 accesses to ports no chip answers ($42, $43), the first OUT $2A to $42 at $0006"),
                lines.get(1));
        assertEquals(1, m.memory().read(0x0001) == 0x3E ? 1 : 0, "ROM unchanged");
    }

    @Test
    void nothingToReportForAWellBehavedProgram() {
        Machine m = new Machine(TestMachines.metadata(ChipType.MC6850, false),
                new RomImage(Path.of("t.bin"), List.of(new ImageSegment(0, new byte[] {(byte) 0xF3, 0x76}))));
        m.runSlice(100);
        assertTrue(m.accessReport().isEmpty());
        assertTrue(m.accessReport().summary().isEmpty());
    }

    @Test
    void theRunnerPublishesTheNotesForTheApp() throws Exception {
        try (MachineRunner runner = new MachineRunner(machine())) {
            runner.start();
            runner.run();
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (runner.status().accessNotes().size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(2, runner.status().accessNotes().size(), runner.status().toString());
        }
    }
}
