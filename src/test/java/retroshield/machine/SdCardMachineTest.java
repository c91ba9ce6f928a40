package retroshield.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import retroshield.rom.RomMetadataReader;
import retroshield.rom.StorageSpec;

/** The SD card wired into the machine: the Z80's IN/OUT reach it, DMA goes through memory. */
class SdCardMachineTest {

    @TempDir
    Path dir;

    private Machine machine(Z80Asm program, StorageSpec storage) {
        RomMetadata metadata = TestMachines.metadata(ChipType.MC6850, false).withStorage(storage);
        return new Machine(metadata, new RomImage(Path.of("t.bin"), List.of(new ImageSegment(0, program.bytes()))));
    }

    @Test
    void aZ80ProgramCreatesAFileThroughThePorts() throws Exception {
        Z80Asm program = new Z80Asm();
        for (char c : "OUT.TXT".toCharArray()) {
            program.ldA(c).out(SdCard.PORT_NAME);
        }
        program.xorA().out(SdCard.PORT_NAME)
                .ldA(SdCard.CMD_CREATE).out(SdCard.PORT_COMMAND);
        for (char c : "Z80".toCharArray()) {
            program.ldA(c).out(SdCard.PORT_DATA);
        }
        program.ldA(SdCard.CMD_CLOSE).out(SdCard.PORT_COMMAND)
                .in(SdCard.PORT_STATUS).ldMemA(0x2000)
                .di().halt();
        Path folder = dir.resolve("sd");
        Machine machine = machine(program, StorageSpec.of(folder));
        machine.runSlice(10_000);
        assertTrue(machine.isHaltedForever());
        assertEquals("Z80", Files.readString(folder.resolve("OUT.TXT")));
        assertEquals(SdCard.STATUS_READY, machine.memory().read(0x2000));
        assertEquals(0, machine.unansweredPortAccesses());
    }

    @Test
    void withoutStorageThePortsAreUnanswered() {
        Machine machine = machine(new Z80Asm().halt(), null);
        assertNull(machine.sdCard());
        assertEquals(0xFF, machine.in(SdCard.PORT_STATUS));
        assertEquals(1, machine.unansweredPortAccesses());
    }

    @Test
    void blockReadsGoThroughMemoryAndCannotWriteRom() throws Exception {
        Path folder = dir.resolve("sd");
        Files.createDirectories(folder);
        byte[] data = new byte[128];
        java.util.Arrays.fill(data, (byte) 0xA5);
        Files.write(folder.resolve("D"), data);
        Machine machine = machine(new Z80Asm().halt(), StorageSpec.of(folder));
        for (char c : "D".toCharArray()) {
            machine.out(SdCard.PORT_NAME, c);
        }
        machine.out(SdCard.PORT_NAME, 0);
        machine.out(SdCard.PORT_COMMAND, SdCard.CMD_OPEN_READ);
        machine.out(SdCard.PORT_DMA_LO, 0xC0);
        machine.out(SdCard.PORT_DMA_HI, 0x1F);
        machine.out(SdCard.PORT_BLOCK, 0);
        assertEquals(0, machine.in(SdCard.PORT_BLOCK));
        assertEquals(0xFF, machine.memory().read(0x1FFF), "ROM below $2000 kept");
        assertEquals(0xA5, machine.memory().read(0x2000));
        assertEquals(0xA5, machine.memory().read(0x203F));
    }

    @Test
    void aColdResetClosesTheOpenFile() throws Exception {
        Path folder = dir.resolve("sd");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("F"), "x");
        Machine machine = machine(new Z80Asm().halt(), StorageSpec.of(folder));
        machine.out(SdCard.PORT_NAME, 'F');
        machine.out(SdCard.PORT_NAME, 0);
        machine.out(SdCard.PORT_COMMAND, SdCard.CMD_OPEN_READ);
        assertEquals(SdCard.STATUS_READY | SdCard.STATUS_OPEN, machine.in(SdCard.PORT_STATUS));
        machine.coldReset();
        assertEquals(SdCard.STATUS_READY, machine.in(SdCard.PORT_STATUS));
    }

    @Test
    void metadataStorageFolderIsRelativeToTheMetadataFile() throws Exception {
        Path json = dir.resolve("rom.json");
        String text = """
                { "image": { "file": "r.bin" }, "serial": { "chip": "mc6850" },
                  "storage": { "folder": "files", "maxFileSize": 1000, "maxFiles": 3 } }
                """;
        RomMetadata metadata = new RomMetadataReader().parse(text, json);
        assertNotNull(metadata.storage());
        assertEquals(dir.resolve("files"), metadata.storage().folder());
        assertEquals(1000, metadata.storage().limits().maxFileBytes());
        assertEquals(3, metadata.storage().limits().maxFiles());
        RomMetadata none = new RomMetadataReader().parse(
                "{ \"image\": { \"file\": \"r.bin\" }, \"serial\": { \"chip\": \"mc6850\" } }", json);
        assertNull(none.storage());
    }

    @Test
    void metadataStorageWithoutAFolderIsAnErrorNamingTheField() {
        Path json = dir.resolve("rom.json");
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> new RomMetadataReader().parse(
                "{ \"image\": { \"file\": \"r.bin\" }, \"serial\": { \"chip\": \"mc6850\" }, \"storage\": {} }", json));
        assertTrue(e.getMessage().contains("storage.folder"), e.getMessage());
    }
}
