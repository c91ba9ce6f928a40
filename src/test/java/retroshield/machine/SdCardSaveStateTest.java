package retroshield.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retroshield.rom.ChipType;
import retroshield.rom.ImageSegment;
import retroshield.rom.RomImage;
import retroshield.rom.RomMetadata;
import retroshield.rom.StorageSpec;

/** The SD card joins save states through its StateParticipant. */
class SdCardSaveStateTest {

    @TempDir
    Path folder;

    private Machine machine() {
        RomMetadata metadata = TestMachines.metadata(ChipType.MC6850, false).withStorage(StorageSpec.of(folder));
        return new Machine(metadata, new RomImage(Path.of("test.bin"),
                List.of(new ImageSegment(0, new Z80Asm().halt().bytes()))));
    }

    @Test
    void theCardsRegistersComeBackFromAFile() {
        Machine a = machine();
        a.out(0x13, 'A');
        a.out(0x13, 'B');
        a.out(0x16, 0x34);
        byte[] file = SaveStateFile.encode(a.snapshot());
        assertTrue(a.snapshot().devices().containsKey("sdcard"));

        Machine b = machine();
        b.restore(SaveStateFile.decode(file));
        assertEquals("AB", b.sdCard().state().name());
        assertEquals(a.sdCard().state(), b.sdCard().state());
    }

    @Test
    void aStateWithoutTheCardIsRefusedByAMachineWithOne() {
        Machine plain = new Machine(TestMachines.metadata(ChipType.MC6850, false), new RomImage(Path.of("test.bin"),
                List.of(new ImageSegment(0, new Z80Asm().halt().bytes()))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> machine().restore(plain.snapshot()));
        assertTrue(e.getMessage().contains("sdcard"), e.getMessage());
    }
}
