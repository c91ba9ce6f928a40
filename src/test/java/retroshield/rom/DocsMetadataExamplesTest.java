package retroshield.rom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import retroshield.devices.I8251Usart;
import retroshield.devices.Mc6850Acia;
import retroshield.machine.Machine;

/**
 * Every metadata example in docs/rom-metadata.md is a complete file the real loader accepts
 * (no warnings either), and the examples for the known RetroShield ROMs carry the hardware
 * facts of DESIGN.md section 3: chip, ports, interrupt wiring, memory map.
 */
class DocsMetadataExamplesTest {

    private static final Path DOC = Path.of("docs", "rom-metadata.md");
    private static final Pattern BLOCK = Pattern.compile("```(json|jsonc)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern IMAGE_FILE = Pattern.compile("\"file\"\\s*:\\s*\"([^\"]+)\"");

    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> warnings = new ListAppender<>();
    private final Logger romLogger = (Logger) LoggerFactory.getLogger("retroshield.rom");

    @BeforeEach
    void captureWarnings() {
        warnings.start();
        romLogger.addAppender(warnings);
    }

    @AfterEach
    void releaseWarnings() {
        romLogger.detachAppender(warnings);
    }

    /** The blocks of the page, by the heading above them; the jsonc block with its comments removed. */
    private static Map<String, String> jsonBlocks() throws IOException {
        String page = Files.readString(DOC, StandardCharsets.UTF_8);
        Map<String, String> blocks = new LinkedHashMap<>();
        Matcher m = BLOCK.matcher(page);
        while (m.find()) {
            String text = m.group(2);
            if (m.group(1).equals("jsonc")) {
                text = text.replaceAll("(?m)\\s+//.*$", "");
            }
            String before = page.substring(0, m.start());
            int heading = before.lastIndexOf("\n#");
            String title = before.substring(heading + 1, before.indexOf('\n', heading + 1))
                    .replaceFirst("^#+\\s*", "");
            blocks.put(title, text);
        }
        return blocks;
    }

    private RomMetadata loadWithImage(String title, String json, int imageSize) throws IOException {
        Matcher file = IMAGE_FILE.matcher(json);
        assertTrue(file.find(), title + ": no image.file");
        Path folder = Files.createDirectories(dir.resolve("rom" + imageSize + "-" + Math.abs(title.hashCode())));
        Files.write(folder.resolve(file.group(1)), new byte[imageSize]);
        Path metadataFile = folder.resolve("rom.json");
        Files.writeString(metadataFile, json, StandardCharsets.UTF_8);
        LoadedRom loaded = new RomLoader().load(metadataFile);
        Machine machine = new Machine(loaded);          // the machine accepts it too
        assertNotNull(machine.serialDevice());
        return loaded.metadata();
    }

    @Test
    void everyExampleIsACompleteFileTheLoaderAcceptsWithoutWarnings() throws IOException {
        Map<String, String> blocks = jsonBlocks();
        assertTrue(blocks.size() >= 8, "expected the complete example and seven known ROMs, found " + blocks.keySet());
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> block : blocks.entrySet()) {
            for (int size : new int[] {0x2000, 0x10000}) {  // just the ROM, or a 64 KB dump
                try {
                    loadWithImage(block.getKey(), block.getValue(), size);
                } catch (IOException | RuntimeException e) {
                    failures.add(block.getKey() + " (" + size + "-byte image): " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), failures);
        List<String> warned = warnings.list.stream()
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .map(ILoggingEvent::getFormattedMessage).toList();
        assertEquals(List.of(), warned, "the examples must not use unknown fields");
    }

    private RomMetadata known(String headingStart) throws IOException {
        for (Map.Entry<String, String> block : jsonBlocks().entrySet()) {
            if (block.getKey().startsWith(headingStart)) {
                return loadWithImage(block.getKey(), block.getValue(), 0x10000);
            }
        }
        throw new AssertionError("no example under a heading starting with " + headingStart);
    }

    private static void assertSerial(RomMetadata m, ChipType chip, int control, int data, boolean interrupts) {
        assertEquals(chip, m.serial().chip(), m.name());
        assertEquals(control, m.serial().controlPort(), m.name() + " control port");
        assertEquals(data, m.serial().dataPort(), m.name() + " data port");
        assertEquals(interrupts, m.serial().interruptDriven(), m.name() + " interruptDriven");
    }

    private static RegionType typeAt(RomMetadata m, int address) {
        return m.memory().stream().filter(r -> r.contains(address)).map(MemoryRegion::type)
                .findFirst().orElse(null);
    }

    @Test
    void knownRomsFollowTheHardwareFacts() throws IOException {
        RomMetadata mint = known("MINT 1.1");
        assertSerial(mint, ChipType.MC6850, 0x80, 0x81, false);
        assertEquals(RegionType.ROM, typeAt(mint, 0x07FF), "MINT: ROM is the first 2 KB");
        assertEquals(RegionType.RAM, typeAt(mint, 0x0800));

        RomMetadata firth = known("Firth");
        assertSerial(firth, ChipType.MC6850, 0x80, 0x81, true);
        assertEquals(RegionType.ROM, typeAt(firth, 0x1FFF));
        assertEquals(RegionType.RAM, typeAt(firth, 0x2000));
        assertEquals(RegionType.RAM, typeAt(firth, 0xFFFF));

        RomMetadata basic8251 = known("Grant Searle's BASIC 4.7b, 8251");
        assertSerial(basic8251, ChipType.I8251, 0x01, 0x00, true);
        assertEquals("Memory top?", basic8251.ready());

        RomMetadata basic6850 = known("Grant Searle's BASIC 4.7b, 6850");
        assertSerial(basic6850, ChipType.MC6850, 0x80, 0x81, false);

        RomMetadata efexmon = known("EfexMon");
        assertSerial(efexmon, ChipType.I8251, 0x01, 0x00, false);

        RomMetadata pascal = known("Tiny Pascal");
        assertSerial(pascal, ChipType.MC6850, 0x80, 0x81, false);
        assertEquals(RegionType.RAM, typeAt(pascal, 0x2000));
        assertEquals(RegionType.RAM, typeAt(pascal, 0x37FF));
        assertFalse(typeAt(pascal, 0x3800) == RegionType.RAM, "Tiny Pascal: RAM ends at $37FF");

        RomMetadata fortran = known("Fortran");
        assertSerial(fortran, ChipType.MC6850, 0x80, 0x81, false);
        for (int a = 0; a <= 0xFFFF; a++) {
            RegionType type = typeAt(fortran, a);
            assertTrue(type == RegionType.RAM || type == RegionType.WRITABLE_ROM,
                    String.format("Fortran needs the whole space writable; $%04X is %s", a, type));
        }
    }

    @Test
    void theChipInTheMachineIsTheOneTheMetadataNames() throws IOException {
        Map<String, String> blocks = jsonBlocks();
        for (Map.Entry<String, String> block : blocks.entrySet()) {
            RomMetadata m = loadWithImage(block.getKey(), block.getValue(), 0x2000);
            Machine machine = new Machine(new RomLoader().load(m.source()));
            Class<?> expected = m.serial().chip() == ChipType.I8251 ? I8251Usart.class : Mc6850Acia.class;
            assertEquals(expected, machine.serialDevice().getClass(), block.getKey());
        }
    }
}
