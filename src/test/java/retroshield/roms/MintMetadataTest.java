package retroshield.roms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** roms/mint.json follows the metadata contract and matches the committed image. */
class MintMetadataTest {

    private static final Path METADATA = Path.of("roms", "mint.json");
    private static final Path IMAGE = Path.of("roms", "mint.bin");

    private static JsonObject metadata() throws IOException {
        return JsonParser.parseString(Files.readString(METADATA, StandardCharsets.UTF_8))
                .getAsJsonObject();
    }

    private static int number(JsonElement e) {
        String s = e.getAsString().trim();
        if (s.startsWith("0x") || s.startsWith("0X")) {
            return Integer.parseInt(s.substring(2), 16);
        }
        if (s.startsWith("$")) {
            return Integer.parseInt(s.substring(1), 16);
        }
        return Integer.parseInt(s);
    }

    @Test
    void describesThePolledAciaAtPorts80And81() throws IOException {
        JsonObject m = metadata();
        assertEquals("MINT 2", m.get("name").getAsString());
        assertEquals("MINT", m.get("language").getAsString());
        assertEquals("MIT", m.get("licence").getAsString());
        JsonObject serial = m.getAsJsonObject("serial");
        assertEquals("mc6850", serial.get("chip").getAsString());
        assertEquals(0x80, number(serial.get("controlPort")));
        assertEquals(0x81, number(serial.get("dataPort")));
        assertFalse(serial.get("interruptDriven").getAsBoolean());
        JsonObject input = m.getAsJsonObject("input");
        assertEquals("CR", input.get("enter").getAsString());
        assertEquals("BS", input.get("backspace").getAsString());
        assertFalse(input.get("upperCase").getAsBoolean());
        assertEquals("> ", m.get("ready").getAsString());
    }

    @Test
    void imageFitsTheRomRegion() throws IOException {
        JsonObject m = metadata();
        JsonObject image = m.getAsJsonObject("image");
        assertEquals("mint.bin", image.get("file").getAsString());
        assertEquals(0, number(image.get("loadAddress")));
        JsonArray memory = m.getAsJsonArray("memory");
        JsonObject rom = memory.get(0).getAsJsonObject();
        assertEquals("rom", rom.get("type").getAsString());
        int romSize = number(rom.get("end")) - number(rom.get("start")) + 1;
        JsonObject ram = memory.get(1).getAsJsonObject();
        assertEquals("ram", ram.get("type").getAsString());
        assertEquals(number(rom.get("end")) + 1, number(ram.get("start")));
        assertEquals(0xFFFF, number(ram.get("end")));
        if (Files.exists(IMAGE)) {
            assertTrue(Files.size(IMAGE) <= romSize, "image larger than the ROM region");
        }
    }

    @Test
    void hasExamplesWithExpectedReplies() throws IOException {
        JsonArray examples = metadata().getAsJsonArray("examples");
        assertTrue(examples.size() >= 4 && examples.size() <= 6, "4-6 examples");
        for (JsonElement e : examples) {
            JsonObject example = e.getAsJsonObject();
            assertFalse(example.get("input").getAsString().isBlank());
            assertFalse(example.get("expect").getAsString().isBlank());
        }
    }
}
