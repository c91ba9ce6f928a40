package retroshield.rom;

import java.nio.file.Path;
import java.util.List;
import retroshield.devices.BackspaceCode;
import retroshield.devices.InputOptions;
import retroshield.devices.LineEnding;

/**
 * Everything the emulator needs to know about a ROM, as read from its {@code NAME.json} (see
 * docs/rom-metadata.md) or made up for a bare image.
 *
 * @param name        display name
 * @param version     version text (may be empty)
 * @param language    the language or kind of program, e.g. "MINT", "BASIC", "Monitor"
 * @param description one or two sentences for the ROM library
 * @param licence     licence name (may be empty)
 * @param image       the image file and load address
 * @param memory      non-overlapping regions sorted by start address; addresses in no region
 *                    read $FF and ignore writes
 * @param ramFill     RAM contents at power-on
 * @param serial      chip, ports and interrupt wiring
 * @param input       key translation for this ROM
 * @param clock       default clock
 * @param terminal    terminal size
 * @param ready       text printed when the ROM waits for a line, or null
 * @param examples    lines to try, with the text the reply contains
 * @param notes       free text, or null
 * @param source      the metadata file, or null for a bare image
 * @param storage     the SD card on ports $10-$19, or null for none
 */
public record RomMetadata(
        String name, String version, String language, String description, String licence,
        ImageSpec image, List<MemoryRegion> memory, RamFill ramFill, SerialSpec serial,
        InputOptions input, ClockSpec clock, TerminalSpec terminal,
        String ready, List<RomExample> examples, String notes, Path source, StorageSpec storage) {

    /** Default key translation: Enter sends CR, Backspace sends BS, no upper-casing. */
    public static final InputOptions DEFAULT_INPUT =
            new InputOptions(false, LineEnding.CR, BackspaceCode.BS);

    public RomMetadata {
        memory = List.copyOf(memory);
        examples = List.copyOf(examples);
    }

    /** Metadata without an SD card. */
    public RomMetadata(String name, String version, String language, String description, String licence,
            ImageSpec image, List<MemoryRegion> memory, RamFill ramFill, SerialSpec serial,
            InputOptions input, ClockSpec clock, TerminalSpec terminal,
            String ready, List<RomExample> examples, String notes, Path source) {
        this(name, version, language, description, licence, image, memory, ramFill, serial, input,
                clock, terminal, ready, examples, notes, source, null);
    }

    /**
     * Metadata for an image given without a JSON file: the whole 64 KB is RAM, the image loads
     * at $0000, the serial chip is detected at its first access, the clock is 4 MHz.
     */
    public static RomMetadata forBareImage(Path imageFile) {
        String fileName = imageFile.getFileName().toString();
        return new RomMetadata(fileName, "", "", "Bare image (no metadata file)", "",
                new ImageSpec(imageFile, 0),
                List.of(new MemoryRegion(0, 0xFFFF, RegionType.RAM)), RamFill.ZERO,
                new SerialSpec(ChipType.AUTO, -1, -1, true), DEFAULT_INPUT, ClockSpec.DEFAULT,
                TerminalSpec.DEFAULT, null, List.of(), null, null);
    }

    /** A copy with another memory map (command-line overrides). */
    public RomMetadata withMemory(List<MemoryRegion> regions) {
        return new RomMetadata(name, version, language, description, licence, image, regions,
                ramFill, serial, input, clock, terminal, ready, examples, notes, source, storage);
    }

    /** A copy with another serial chip wiring (command-line overrides). */
    public RomMetadata withSerial(SerialSpec spec) {
        return new RomMetadata(name, version, language, description, licence, image, memory,
                ramFill, spec, input, clock, terminal, ready, examples, notes, source, storage);
    }

    /** A copy with another RAM fill. */
    public RomMetadata withRamFill(RamFill fill) {
        return new RomMetadata(name, version, language, description, licence, image, memory,
                fill, serial, input, clock, terminal, ready, examples, notes, source, storage);
    }

    /** A copy with another SD card (or none: null), e.g. from {@code run --sd}. */
    public RomMetadata withStorage(StorageSpec spec) {
        return new RomMetadata(name, version, language, description, licence, image, memory,
                ramFill, serial, input, clock, terminal, ready, examples, notes, source, spec);
    }
}
