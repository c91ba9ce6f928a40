package retroshield.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retroshield.devices.SdCard;
import retroshield.devices.SdCardState;
import retroshield.rom.ChipType;
import retroshield.rom.ImageSegment;
import retroshield.rom.RomImage;
import retroshield.rom.StorageSpec;

/** The SD card's registers travel in machine snapshots and save-state files. */
class SdCardSnapshotTest {

    @TempDir
    Path dir;

    private Machine machine() {
        return new Machine(TestMachines.metadata(ChipType.MC6850, false).withStorage(StorageSpec.of(dir)),
                new RomImage(Path.of("t.bin"), List.of(new ImageSegment(0, new Z80Asm().halt().bytes()))));
    }

    private static void open(Machine m, String name, int command) {
        for (char c : name.toCharArray()) {
            m.out(SdCard.PORT_NAME, c);
        }
        m.out(SdCard.PORT_NAME, 0);
        m.out(SdCard.PORT_COMMAND, command);
    }

    private static String read(Machine m, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) m.in(SdCard.PORT_DATA));
        }
        return text.toString();
    }

    @Test
    void aSaveStateResumesReadingWhereItWasTaken() throws Exception {
        Files.writeString(dir.resolve("F"), "0123456789");
        Machine m = machine();
        open(m, "F", SdCard.CMD_OPEN_READ);
        assertEquals("0123", read(m, 4));
        m.out(SdCard.PORT_DMA_HI, 0x90);
        Path file = dir.resolve("state.sav");
        SaveStateFile.write(file, m.snapshot());
        assertEquals("456", read(m, 3));
        m.out(SdCard.PORT_COMMAND, SdCard.CMD_CLOSE);

        Machine other = machine();
        other.restore(SaveStateFile.read(file));
        assertEquals("456789", read(other, 6));
        assertEquals(0x9080, other.sdCard().state().dma());
    }

    @Test
    void everyFieldSurvivesTheEncoding() {
        SdCardState state = new SdCardState("PART", true, "X.BAS", SdCard.CMD_APPEND, 70_000,
                "A\r\nB\r\n", 3, SdCard.STATUS_READY | SdCard.STATUS_ERROR, 0xABCDEF, 0x1234, 1);
        assertEquals(state, SdCardParticipant.decode(SdCardParticipant.encode(state)));
        assertEquals(SdCardState.RESET, SdCardParticipant.decode(SdCardParticipant.encode(SdCardState.RESET)));
    }

    @Test
    void aDamagedCardPartIsRefusedAndLeavesTheMachineAlone() throws Exception {
        Files.writeString(dir.resolve("F"), "abc");
        Machine m = machine();
        open(m, "F", SdCard.CMD_OPEN_READ);
        MachineSnapshot good = m.snapshot();
        for (byte[] bad : new byte[][] {{}, {9}, {1, 0}, java.util.Arrays.copyOf(SdCardParticipant.encode(m.sdCard().state()), 40)}) {
            MachineSnapshot damaged = new MachineSnapshot(good.romName(), good.romChecksum(), good.cpu(), good.memory(),
                    good.ignoredWrites(), good.lastIgnoredWrite(), good.chip(), good.host(), good.interruptWired(),
                    good.unansweredPorts(), Map.of(SdCardParticipant.KEY, bad));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.restore(damaged));
            assertTrue(e.getMessage().contains("SD card state") || e.getMessage().contains("sdcard"), e.getMessage());
        }
        assertEquals("a", read(m, 1), "the card still has its file open at the same place");
    }
}
