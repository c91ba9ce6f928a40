package retroshield.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retroshield.devices.SdCard;
import retroshield.rom.ChipType;
import retroshield.rom.ImageSegment;
import retroshield.rom.RomImage;
import retroshield.rom.RomMetadata;
import retroshield.rom.StorageSpec;

/** The SD card's registers and open file are part of a machine snapshot and its file. */
class SdCardSaveStateTest {

    @TempDir
    Path dir;

    private Machine machine(Path folder) {
        RomMetadata metadata = TestMachines.metadata(ChipType.MC6850, false)
                .withStorage(StorageSpec.of(folder));
        return new Machine(metadata, new RomImage(Path.of("t.bin"),
                List.of(new ImageSegment(0, new Z80Asm().halt().bytes()))));
    }

    private static void open(Machine machine, String name) {
        for (char c : name.toCharArray()) {
            machine.out(SdCard.PORT_NAME, c);
        }
        machine.out(SdCard.PORT_NAME, 0);
        machine.out(SdCard.PORT_COMMAND, SdCard.CMD_OPEN_READ);
    }

    private static String readRest(Machine machine) {
        StringBuilder text = new StringBuilder();
        for (int b = machine.in(SdCard.PORT_DATA); b != 0; b = machine.in(SdCard.PORT_DATA)) {
            text.append((char) b);
        }
        return text.toString();
    }

    @Test
    void aSnapshotTakenMidFileReadsTheSameRestAfterRestore() throws Exception {
        Path folder = dir.resolve("sd");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("F.TXT"), "HELLO, CARD");
        Machine machine = machine(folder);
        open(machine, "F.TXT");
        machine.in(SdCard.PORT_DATA);
        machine.in(SdCard.PORT_DATA);
        machine.out(SdCard.PORT_DMA_LO, 0x34);
        Path file = dir.resolve("s.state");
        SaveStateFile.write(file, machine.snapshot());

        assertEquals("LLO, CARD", readRest(machine));
        assertEquals(SdCard.STATUS_READY, machine.in(SdCard.PORT_STATUS) & 0x7F);

        Machine again = machine(folder);
        again.restore(SaveStateFile.read(file));
        assertEquals("LLO, CARD", readRest(again));
        assertEquals(machine.sdCard().state().dma(), again.sdCard().state().dma());
    }

    @Test
    void damagedCardBytesAreRefusedWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SdCardStatePart.decode(new byte[] {1, 0, 0}));
        assertEquals(true, e.getMessage().startsWith("SD card state"), e.getMessage());
        IllegalArgumentException v = assertThrows(IllegalArgumentException.class,
                () -> SdCardStatePart.decode(new byte[] {9}));
        assertEquals("SD card state: version 9, expected 1", v.getMessage());
    }
}
