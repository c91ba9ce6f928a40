package retroshield.machine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retroshield.rom.RomLoader;

/** Machine snapshots and the save-state file: exact round trips and refused bad files. */
class SaveStateTest {

    static final Path MINT = Path.of("roms", "mint.json");
    static final Path MONITOR = Path.of("roms", "monitor.json");

    @TempDir
    Path dir;

    private static Machine boot(Path rom) throws IOException {
        return new Machine(new RomLoader().load(rom));
    }

    /** Runs in fixed slices so two machines in the same state do exactly the same. */
    private static String runSlices(Machine m, int slices) {
        StringBuilder out = new StringBuilder();
        java.util.function.IntConsumer l = b -> out.append((char) b);
        m.serialHost().addOutputListener(l);
        for (int i = 0; i < slices; i++) {
            m.runSlice(50_000);
        }
        m.serialHost().removeOutputListener(l);
        return out.toString();
    }

    @Test
    void saveAndLoadMidRunDoesNotChangeWhatTheRunPrints() throws IOException {
        Machine a = boot(MINT);
        String boot = runSlices(a, 200);
        assertTrue(boot.contains("> "), "booted: " + boot);
        a.serialHost().send("1 2 + .\r:A 3 4 * . ;\rA\r");
        String first = runSlices(a, 1);                       // in the middle of typing the input
        Path file = dir.resolve("mid.state");
        SaveStateFile.write(file, a.snapshot());
        String restOfRunA = runSlices(a, 400);
        MachineSnapshot endA = a.snapshot();

        Machine b = boot(MINT);
        runSlices(b, 3);                                      // somewhere else entirely
        b.restore(SaveStateFile.read(file));
        String restOfRunB = runSlices(b, 400);
        assertTrue(!first.contains("12 ") && restOfRunA.contains("12 "), "[" + first + "][" + restOfRunA + "]");
        assertEquals(restOfRunA, restOfRunB);
        assertEquals(endA, b.snapshot(), "final state identical");
    }

    @Test
    void snapshotRoundTripsThroughTheFileFormat() throws IOException {
        Machine m = boot(MONITOR);
        runSlices(m, 20);
        m.serialHost().send("queued");
        MachineSnapshot s = m.snapshot();
        MachineSnapshot back = SaveStateFile.decode(SaveStateFile.encode(s));
        assertEquals(s, back);
        assertArrayEquals("queued".getBytes(), back.host().pendingInput());
    }

    @Test
    void devicesJoinTheSnapshotThroughTheirOwnInterface() {
        Machine m = boot0();
        int[] value = {7};
        StateParticipant counter = new StateParticipant() {
            public String stateKey() { return "counter"; }
            public byte[] saveState() { return new byte[] {1, (byte) value[0]}; }
            public Runnable prepareRestore(byte[] data) {
                if (data.length != 2 || data[0] != 1) {
                    throw new IllegalArgumentException("version " + (data.length > 0 ? data[0] : -1) + " unknown");
                }
                return () -> value[0] = data[1];
            }
        };
        m.addStateParticipant(counter);
        MachineSnapshot s = SaveStateFile.decode(SaveStateFile.encode(m.snapshot()));
        value[0] = 99;
        m.restore(s);
        assertEquals(7, value[0]);
    }

    @Test
    void aBadDevicePartLeavesTheWholeMachineUntouched() {
        Machine m = boot0();
        byte[] part = {2};
        m.addStateParticipant(new StateParticipant() {
            public String stateKey() { return "disk"; }
            public byte[] saveState() { return part; }
            public Runnable prepareRestore(byte[] data) {
                if (data[0] != 2) {
                    throw new IllegalArgumentException("format " + data[0] + " is not 2");
                }
                return () -> { };
            }
        });
        MachineSnapshot good = m.snapshot();
        part[0] = 9;
        MachineSnapshot bad = m.snapshot();
        part[0] = 2;
        m.restore(good);
        m.runSlice(100_000);
        MachineSnapshot before = m.snapshot();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.restore(bad));
        assertTrue(e.getMessage().contains("disk") && e.getMessage().contains("format 9"), e.getMessage());
        assertEquals(before, m.snapshot(), "nothing was applied");
    }

    @Test
    void damagedFilesAreRefusedWithAReason() throws IOException {
        Machine m = boot0();
        m.runSlice(200_000);
        byte[] good = SaveStateFile.encode(m.snapshot());
        MachineSnapshot before = m.snapshot();

        byte[] flipped = good.clone();
        flipped[5000] ^= 0x40;
        assertMessage(flipped, "checksum mismatch");

        byte[] version = good.clone();
        ByteBuffer.wrap(version).putShort(8, (short) 7);
        assertMessage(version, "version 7 is not supported");

        assertMessage(Arrays.copyOf(good, good.length - 100), "truncated");
        assertMessage("hello, world".getBytes(), "not a RetroShield save state");

        Path file = dir.resolve("bad.state");
        Files.write(file, flipped);
        IOException e = assertThrows(IOException.class, () -> SaveStateFile.read(file));
        assertTrue(e.getMessage().startsWith(file.toString()), "names the file: " + e.getMessage());
        assertEquals(before, m.snapshot());
    }

    @Test
    void aStateOfAnotherRomIsRefusedBeforeAnythingChanges() throws IOException {
        Machine mint = boot(MINT);
        mint.runSlice(100_000);
        Machine monitor = boot(MONITOR);
        monitor.runSlice(100_000);
        MachineSnapshot before = monitor.snapshot();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> monitor.restore(mint.snapshot()));
        assertTrue(e.getMessage().contains("saved from ROM"), e.getMessage());
        assertEquals(before, monitor.snapshot());
        assertNotEquals(before, mint.snapshot());
    }

    private static void assertMessage(byte[] file, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SaveStateFile.decode(file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static Machine boot0() {
        try {
            return boot(MONITOR);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
