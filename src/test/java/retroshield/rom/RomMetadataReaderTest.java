package retroshield.rom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retroshield.devices.BackspaceCode;
import retroshield.devices.LineEnding;

class RomMetadataReaderTest {

    static final String VALID = """
            {
              "name": "MINT 2",
              "version": "1.0",
              "language": "MINT",
              "description": "A tiny Forth-like language.",
              "licence": "MIT",
              "image": { "file": "mint.bin", "loadAddress": "0x0000" },
              "memory": [
                { "start": "$2000", "end": 65535, "type": "ram" },
                { "start": "0x0000", "end": "8191", "type": "rom" }
              ],
              "ramFill": "random",
              "serial": { "chip": "mc6850", "controlPort": "0x80", "dataPort": 129, "interruptDriven": false },
              "input": { "upperCase": true, "enter": "CRLF", "backspace": "DEL" },
              "clock": { "preset": "custom", "hz": "1000000" },
              "terminal": { "columns": 40, "rows": 25 },
              "ready": "> ",
              "examples": [ { "input": "1 2 + .", "expect": "3" } ],
              "notes": "free text"
            }
            """;

    private final RomMetadataReader reader = new RomMetadataReader();

    private RomMetadata parse(String json) throws RomFormatException {
        return reader.parse(json, Path.of("roms/mint.json"));
    }

    private String error(String json) {
        return assertThrows(RomFormatException.class, () -> parse(json)).getMessage();
    }

    /** VALID with one substring replaced (the test fails if the substring is not there). */
    private static String valid(String from, String to) {
        assertTrue(VALID.contains(from), from);
        return VALID.replace(from, to);
    }

    @Test
    void readsEveryField() throws Exception {
        RomMetadata m = parse(VALID);
        assertEquals("MINT 2", m.name());
        assertEquals("1.0", m.version());
        assertEquals("MINT", m.language());
        assertEquals("MIT", m.licence());
        assertEquals(Path.of("roms/mint.bin"), m.image().file());
        assertEquals(0, m.image().loadAddress());
        assertEquals(2, m.memory().size());
        assertEquals(new MemoryRegion(0, 0x1FFF, RegionType.ROM), m.memory().get(0), "sorted by start");
        assertEquals(new MemoryRegion(0x2000, 0xFFFF, RegionType.RAM), m.memory().get(1));
        assertEquals(RamFill.RANDOM, m.ramFill());
        assertEquals(new SerialSpec(ChipType.MC6850, 0x80, 0x81, false), m.serial());
        assertTrue(m.input().upperCase());
        assertEquals(LineEnding.CRLF, m.input().enter());
        assertEquals(BackspaceCode.DEL, m.input().backspace());
        assertEquals(new ClockSpec("custom", 1_000_000), m.clock());
        assertEquals(new TerminalSpec(40, 25), m.terminal());
        assertEquals("> ", m.ready());
        assertEquals(new RomExample("1 2 + .", "3"), m.examples().get(0));
        assertEquals("free text", m.notes());
        assertEquals(Path.of("roms/mint.json"), m.source());
    }

    @Test
    void defaultsForOptionalFields() throws Exception {
        RomMetadata m = parse("""
                { "image": { "file": "x.bin" }, "serial": { "chip": "i8251" } }""");
        assertEquals("mint", m.name(), "name defaults to the file name");
        assertEquals(new SerialSpec(ChipType.I8251, 0x01, 0x00, true), m.serial());
        assertEquals(new MemoryRegion(0, 0xFFFF, RegionType.RAM), m.memory().get(0));
        assertEquals(RamFill.ZERO, m.ramFill());
        assertEquals(RomMetadata.DEFAULT_INPUT, m.input());
        assertEquals(ClockSpec.DEFAULT, m.clock());
        assertEquals(TerminalSpec.DEFAULT, m.terminal());
        assertNull(m.ready());
        assertTrue(m.examples().isEmpty());
    }

    @Test
    void unknownChip() {
        assertEquals("roms/mint.json: serial.chip: unknown chip \"6502\", expected mc6850 or i8251",
                error(valid("\"chip\": \"mc6850\"", "\"chip\": \"6502\"")));
    }

    @Test
    void overlappingRegions() {
        assertEquals("roms/mint.json: memory[1]: rom $0000-$2000 overlaps memory[0] ram $2000-$FFFF",
                error(valid("\"end\": \"8191\"", "\"end\": \"0x2000\"")));
    }

    @Test
    void portOutOfRange() {
        assertEquals("roms/mint.json: serial.dataPort: 256 is out of range, expected 0..255 ($00..$FF)",
                error(valid("\"dataPort\": 129", "\"dataPort\": 256")));
    }

    @Test
    void addressOutOfRange() {
        assertEquals("roms/mint.json: memory[0].end: \"0x10000\" is out of range, expected $0000..$FFFF",
                error(valid("\"end\": 65535", "\"end\": \"0x10000\"")));
    }

    @Test
    void regionEndBelowStart() {
        assertEquals("roms/mint.json: memory[0].end: $1000 is below start $2000",
                error(valid("\"end\": 65535", "\"end\": 4096")));
    }

    @Test
    void notANumber() {
        assertEquals("roms/mint.json: image.loadAddress: \"zero\" is not a number, expected e.g. 4096,"
                        + " \"0x1000\", \"$1000\" or \"4096\"",
                error(valid("\"loadAddress\": \"0x0000\"", "\"loadAddress\": \"zero\"")));
    }

    @Test
    void wrongTypes() {
        assertEquals("roms/mint.json: serial: expected an object { ... }, found the string \"mc6850\"",
                error(valid("\"serial\": {", "\"serial\": \"mc6850\", \"x\": {")));
        assertEquals("roms/mint.json: memory: expected an array [ ... ], found an object",
                error(valid("\"memory\": [", "\"memory\": { \"a\": [").replace("\"type\": \"rom\" }\n  ],",
                        "\"type\": \"rom\" }\n  ]},")));
        assertEquals("roms/mint.json: serial.interruptDriven: expected true or false, found the string \"no\"",
                error(valid("\"interruptDriven\": false", "\"interruptDriven\": \"no\"")));
        assertEquals("roms/mint.json: name: expected a string, found the number 7",
                error(valid("\"name\": \"MINT 2\"", "\"name\": 7")));
        assertEquals("roms/mint.json: examples[0]: expected an object { ... }, found the string \"1 2 + .\"",
                error(valid("{ \"input\": \"1 2 + .\", \"expect\": \"3\" }", "\"1 2 + .\"")));
        assertEquals("roms/mint.json: image.loadAddress: expected a whole number, found 1.5",
                error(valid("\"loadAddress\": \"0x0000\"", "\"loadAddress\": 1.5")));
    }

    @Test
    void badEnumValues() {
        assertEquals("roms/mint.json: memory[0].type: unknown value \"flash\", expected rom or ram or writable-rom",
                error(valid("\"type\": \"ram\"", "\"type\": \"flash\"")));
        assertEquals("roms/mint.json: input.enter: unknown value \"NL\", expected CR or LF or CRLF",
                error(valid("\"enter\": \"CRLF\"", "\"enter\": \"NL\"")));
        assertEquals("roms/mint.json: ramFill: unknown value \"ones\", expected zero or ff or random",
                error(valid("\"ramFill\": \"random\"", "\"ramFill\": \"ones\"")));
        assertEquals("roms/mint.json: terminal.columns: 132 is not supported, expected 80 or 40",
                error(valid("\"columns\": 40", "\"columns\": 132")));
    }

    @Test
    void missingRequiredParts() {
        assertEquals("roms/mint.json: image: missing (an object with \"file\" and \"loadAddress\" is required)",
                error("{ \"serial\": { \"chip\": \"mc6850\" } }"));
        assertEquals("roms/mint.json: serial: missing (an object with \"chip\": \"mc6850\" or \"i8251\" is required)",
                error("{ \"image\": { \"file\": \"a.bin\" } }"));
        assertEquals("roms/mint.json: image.file: missing (a string is required)",
                error("{ \"image\": { }, \"serial\": { \"chip\": \"mc6850\" } }"));
        assertEquals("roms/mint.json: clock.hz: missing: the custom preset needs \"hz\", e.g. 1000000",
                error(valid(", \"hz\": \"1000000\"", "")));
    }

    @Test
    void samePortTwice() {
        assertEquals("roms/mint.json: serial.dataPort: $80 is also the control port; the chip needs two ports",
                error(valid("\"dataPort\": 129", "\"dataPort\": 128")));
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        String message = error(valid("\"version\": \"1.0\",", "\"version\": \"1.0\",,"));
        assertTrue(message.startsWith("roms/mint.json: malformed JSON: "), message);
        assertTrue(message.contains("line 3"), message);
        assertTrue(message.contains("column"), message);
        assertFalse(message.contains("https://"), message);
        assertTrue(error("[1, 2]").contains("expected a JSON object { ... } at the top, found an array"));
    }

    @Test
    void readsFromDiskAndReportsMissingFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rom.json");
        Files.writeString(file, VALID);
        RomMetadata m = reader.read(file);
        assertEquals(dir.resolve("mint.bin"), m.image().file());
        RomFormatException e = assertThrows(RomFormatException.class,
                () -> reader.read(dir.resolve("none.json")));
        assertEquals(dir.resolve("none.json") + ": no such file", e.getMessage());
    }

    @Test
    void numberTextForms() {
        assertEquals(31L, JsonFields.parseNumberText("0x1F"));
        assertEquals(31L, JsonFields.parseNumberText("$1f"));
        assertEquals(31L, JsonFields.parseNumberText("31"));
        assertEquals(31L, JsonFields.parseNumberText("1Fh"));
        assertNull(JsonFields.parseNumberText("-1"));
        assertNull(JsonFields.parseNumberText("0x"));
        assertNull(JsonFields.parseNumberText("ten"));
    }
}
