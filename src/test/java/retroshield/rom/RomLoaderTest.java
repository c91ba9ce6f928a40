package retroshield.rom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RomLoaderTest {

    @TempDir
    Path dir;

    private final RomLoader loader = new RomLoader();

    private Path metadata(String imageName, String load, String memory) throws Exception {
        Path json = dir.resolve("rom.json");
        Files.writeString(json, """
                { "image": { "file": "%s", "loadAddress": "%s" },
                  "memory": [ %s ],
                  "serial": { "chip": "mc6850" } }""".formatted(imageName, load, memory));
        return json;
    }

    @Test
    void fullDumpIsFineBytesInRamAreInitialContents() throws Exception {
        Files.write(dir.resolve("dump.bin"), new byte[0x10000]);
        LoadedRom rom = loader.load(metadata("dump.bin", "0",
                "{\"start\":0,\"end\":\"0x1FFF\",\"type\":\"rom\"},{\"start\":\"0x2000\",\"end\":\"0xFFFF\",\"type\":\"ram\"}"));
        assertEquals(0x10000, rom.image().size());
        assertTrue(rom.notices().isEmpty(), rom.notices().toString());
    }

    @Test
    void imagePastFFFFIsAnError() throws Exception {
        Files.write(dir.resolve("big.bin"), new byte[0x2001]);
        Path json = metadata("big.bin", "0xE000", "{\"start\":0,\"end\":\"0xFFFF\",\"type\":\"ram\"}");
        RomFormatException e = assertThrows(RomFormatException.class, () -> loader.load(json));
        assertEquals(dir.resolve("big.bin") + ": the image is 8193 bytes; loaded at $E000 it runs past"
                + " $FFFF by 1 bytes", e.getMessage());
    }

    @Test
    void missingImageFile() throws Exception {
        Path json = metadata("gone.bin", "0", "{\"start\":0,\"end\":\"0xFFFF\",\"type\":\"ram\"}");
        RomFormatException e = assertThrows(RomFormatException.class, () -> loader.load(json));
        assertEquals(dir.resolve("gone.bin") + ": image file not found", e.getMessage());
    }

    @Test
    void emptyImage() throws Exception {
        Files.write(dir.resolve("empty.bin"), new byte[0]);
        Path json = metadata("empty.bin", "0", "{\"start\":0,\"end\":\"0xFFFF\",\"type\":\"ram\"}");
        assertEquals(dir.resolve("empty.bin") + ": is empty",
                assertThrows(RomFormatException.class, () -> loader.load(json)).getMessage());
    }

    @Test
    void bytesOutsideEveryRegionGiveANotice() throws Exception {
        Files.write(dir.resolve("rom.bin"), new byte[0x3000]);
        LoadedRom rom = loader.load(metadata("rom.bin", "0",
                "{\"start\":0,\"end\":\"0x1FFF\",\"type\":\"rom\"},{\"start\":\"0x2800\",\"end\":\"0xFFFF\",\"type\":\"ram\"}"));
        assertEquals(1, rom.notices().size());
        assertTrue(rom.notices().get(0).endsWith("image bytes at $2000-$27FF fall into no memory region"
                + " and are not loaded"), rom.notices().get(0));
    }

    @Test
    void bareImageGetsDefaultsAndANotice() throws Exception {
        Path bin = dir.resolve("basic.bin");
        Files.write(bin, new byte[] {1, 2, 3});
        LoadedRom rom = loader.load(bin);
        assertEquals(ChipType.AUTO, rom.metadata().serial().chip());
        assertEquals(new MemoryRegion(0, 0xFFFF, RegionType.RAM), rom.metadata().memory().get(0));
        assertEquals(0, rom.metadata().image().loadAddress());
        assertEquals(bin + ": " + RomLoader.BARE_IMAGE_NOTICE, rom.notices().get(0));
    }

    @Test
    void intelHexImageByExtension() throws Exception {
        Path hex = dir.resolve("prog.ihx");
        Files.writeString(hex, IntelHexTest.record(0, 0x0100, 0x3E, 0x41) + "\n:00000001FF\n");
        LoadedRom rom = loader.load(hex);
        assertEquals(0x0100, rom.image().segments().get(0).address());
        assertEquals(2, rom.image().size());
    }

    @Test
    void catalogListsGoodFilesAndReportsBrokenOnes() throws Exception {
        Files.writeString(dir.resolve("b.json"), """
                { "name": "Beta", "language": "BASIC", "description": "d",
                  "image": { "file": "b.bin" }, "serial": { "chip": "i8251" } }""");
        Files.writeString(dir.resolve("a.json"), """
                { "name": "Alpha", "language": "MINT", "description": "tiny",
                  "image": { "file": "a.bin" }, "serial": { "chip": "mc6850" } }""");
        Files.writeString(dir.resolve("broken.json"), "{ \"name\": ");
        Files.writeString(dir.resolve("notes.txt"), "not metadata");
        RomCatalog.Listing listing = new RomCatalog().list(dir);
        assertEquals(2, listing.entries().size());
        assertEquals(new RomCatalogEntry(dir.resolve("a.json"), "Alpha", "MINT", "tiny"), listing.entries().get(0));
        assertEquals("Beta", listing.entries().get(1).name());
        assertEquals(1, listing.problems().size());
        assertTrue(listing.problems().get(0).startsWith(dir.resolve("broken.json") + ": malformed JSON"),
                listing.problems().get(0));
        assertEquals(1, new RomCatalog().list(dir.resolve("none")).problems().size());
    }
}
