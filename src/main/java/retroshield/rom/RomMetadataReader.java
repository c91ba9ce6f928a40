package retroshield.rom;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import retroshield.devices.BackspaceCode;
import retroshield.devices.InputOptions;
import retroshield.devices.InputPacing;
import retroshield.devices.LineEnding;
import retroshield.devices.SdLimits;

/**
 * Reads and checks a ROM metadata file (schema in docs/rom-metadata.md). Every problem comes
 * back as a {@link RomFormatException} naming the file and the field.
 */
public final class RomMetadataReader {

    private static final Set<String> TOP_LEVEL = Set.of("name", "version", "language",
            "description", "licence", "license", "image", "memory", "ramFill", "serial", "input",
            "clock", "terminal", "ready", "examples", "notes", "storage");

    /** Reads {@code file}; the image path inside is resolved against the file's folder. */
    public RomMetadata read(Path file) throws IOException {
        String label = file.toString();
        if (Files.isDirectory(file)) {
            throw new RomFormatException(label + ": is a folder, expected a metadata file");
        }
        if (!Files.exists(file)) {
            throw new RomFormatException(label + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new RomFormatException(label + ": is not a regular file (a device or pipe?)");
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new RomFormatException(label + ": " + Files.size(file) + " bytes is too large for a metadata file");
        }
        return parse(decodeUtf8(Files.readAllBytes(file), label), file);
    }

    /** Metadata files are small; anything larger is not one. */
    static final long MAX_FILE_BYTES = 1 << 20;

    /** The text of a UTF-8 file (a byte-order mark is skipped); bad bytes are named with their offset. */
    static String decodeUtf8(byte[] bytes, String label) throws RomFormatException {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new RomFormatException(String.format("%s: not UTF-8 text: byte $%02X at offset %d",
                    label, bytes[in.position()] & 0xFF, in.position()));
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Parses metadata text; {@code file} names it in messages and anchors the image path. */
    public RomMetadata parse(String text, Path file) throws RomFormatException {
        String label = file.toString();
        if (text.isBlank()) {
            throw new RomFormatException(label + ": the file is empty, expected a JSON object { ... }");
        }
        JsonElement root;
        com.google.gson.stream.JsonReader reader = new com.google.gson.stream.JsonReader(new java.io.StringReader(text));
        try {
            root = JsonParser.parseReader(reader);
        } catch (JsonParseException e) {
            throw new RomFormatException(label + ": malformed JSON: " + cleanGsonMessage(e), e);
        }
        boolean trailing;
        try {
            trailing = reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT;
        } catch (java.io.IOException | RuntimeException e) {
            trailing = true;
        }
        if (trailing) {
            java.util.regex.Matcher where = java.util.regex.Pattern.compile("line \\d+ column \\d+").matcher(reader.toString());
            throw new RomFormatException(label + ": text after the end of the JSON object"
                    + (where.find() ? " (" + where.group() + ")" : "") + "; a metadata file holds one object { ... }");
        }
        if (!root.isJsonObject()) {
            throw new RomFormatException(label + ": expected a JSON object { ... } at the top, found "
                    + JsonFields.describe(root));
        }
        JsonFields top = new JsonFields(label, "", root.getAsJsonObject());
        top.warnUnknown(TOP_LEVEL);

        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String name = top.string("name", stem);
        String licence = top.string("licence", top.string("license", ""));
        ImageSpec image = readImage(top, file);
        List<MemoryRegion> memory = readMemory(top);
        RamFill ramFill = RamFill.valueOf(top.choice("ramFill", "zero", "zero", "ff", "random")
                .toUpperCase(java.util.Locale.ROOT));
        SerialSpec serial = readSerial(top);
        InputOptions input = readInput(top);
        ClockSpec clock = readClock(top);
        TerminalSpec terminal = readTerminal(top);
        List<RomExample> examples = readExamples(top);
        StorageSpec storage = readStorage(top, file);
        return new RomMetadata(name, top.string("version", ""), top.string("language", ""),
                top.string("description", ""), licence, image, memory, ramFill, serial, input,
                clock, terminal, top.string("ready", null), examples, top.string("notes", null),
                file, storage);
    }

    private static ImageSpec readImage(JsonFields top, Path file) throws RomFormatException {
        JsonFields image = top.object("image");
        if (image == null) {
            throw top.error("image", "missing (an object with \"file\" and \"loadAddress\" is required)");
        }
        image.warnUnknown(Set.of("file", "loadAddress"));
        String imageName = image.requiredString("file");
        if (imageName.isBlank()) {
            throw image.error("file", "is empty, expected the image's file name");
        }
        int load = (int) image.number("loadAddress", 0, 0, 0xFFFF);
        Path folder = file.getParent();
        Path resolved;
        try {
            resolved = folder == null ? Path.of(imageName) : folder.resolve(imageName);
        } catch (java.nio.file.InvalidPathException e) {
            throw image.error("file", "\"" + imageName.replace("\0", "\\u0000") + "\" is not a valid file name ("
                    + e.getReason() + ")");
        }
        return new ImageSpec(resolved, load);
    }

    /** "storage": { "folder": ..., "maxFileSize", "maxFiles", "maxTotalSize" }, or null. */
    private static StorageSpec readStorage(JsonFields top, Path file) throws RomFormatException {
        JsonFields storage = top.object("storage");
        if (storage == null) {
            return null;
        }
        storage.warnUnknown(Set.of("folder", "maxFileSize", "maxFiles", "maxTotalSize"));
        String folderName = storage.requiredString("folder");
        if (folderName.isBlank()) {
            throw storage.error("folder", "is empty, expected the SD card's folder, e.g. \"sdcard\"");
        }
        SdLimits defaults = SdLimits.DEFAULT;
        long maxFile = storage.number("maxFileSize", defaults.maxFileBytes(), 0, 1L << 24);
        int maxFiles = (int) storage.number("maxFiles", defaults.maxFiles(), 0, 100_000);
        long maxTotal = storage.number("maxTotalSize", defaults.maxTotalBytes(), 0, 1L << 40);
        Path folder;
        try {
            Path parent = file.getParent();
            folder = parent == null ? Path.of(folderName) : parent.resolve(folderName);
        } catch (java.nio.file.InvalidPathException e) {
            throw storage.error("folder", "is not a valid path: " + e.getMessage());
        }
        return new StorageSpec(folder, new SdLimits(maxFile, maxFiles, maxTotal));
    }

    private static List<MemoryRegion> readMemory(JsonFields top) throws RomFormatException {
        JsonArray array = top.array("memory");
        if (array == null) {
            return List.of(new MemoryRegion(0, 0xFFFF, RegionType.RAM));
        }
        if (array.isEmpty()) {
            throw top.error("memory", "is empty, expected at least one region");
        }
        List<MemoryRegion> regions = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonFields entry = top.arrayObject("memory", array, i);
            entry.warnUnknown(Set.of("start", "end", "type"));
            int start = (int) entry.requiredNumber("start", 0, 0xFFFF);
            int end = (int) entry.requiredNumber("end", 0, 0xFFFF);
            if (end < start) {
                throw entry.error("end", String.format("$%04X is below start $%04X", end, start));
            }
            String type = entry.choice("type", null, "rom", "ram", "writable-rom");
            if (type == null) {
                throw entry.error("type", "missing, expected rom, ram or writable-rom");
            }
            RegionType regionType = switch (type) {
                case "rom" -> RegionType.ROM;
                case "ram" -> RegionType.RAM;
                default -> RegionType.WRITABLE_ROM;
            };
            MemoryRegion region = new MemoryRegion(start, end, regionType);
            for (int j = 0; j < regions.size(); j++) {
                if (regions.get(j).overlaps(region)) {
                    throw entry.selfError(region + " overlaps memory[" + paths.get(j) + "] "
                            + regions.get(j));
                }
            }
            regions.add(region);
            paths.add(Integer.toString(i));
        }
        regions.sort(Comparator.comparingInt(MemoryRegion::start));
        return regions;
    }

    private static SerialSpec readSerial(JsonFields top) throws RomFormatException {
        JsonFields serial = top.object("serial");
        if (serial == null) {
            throw top.error("serial", "missing (an object with \"chip\": \"mc6850\" or \"i8251\" is required)");
        }
        serial.warnUnknown(Set.of("chip", "controlPort", "dataPort", "interruptDriven"));
        String chipName = serial.requiredString("chip");
        ChipType chip = ChipType.byName(chipName.trim());
        if (chip == null) {
            throw serial.error("chip", "unknown chip \"" + chipName + "\", expected mc6850 or i8251");
        }
        int control = (int) serial.number("controlPort", chip.defaultControlPort(), 0, 0xFF);
        int data = (int) serial.number("dataPort", chip.defaultDataPort(), 0, 0xFF);
        if (control == data) {
            throw serial.error("dataPort", String.format(
                    "$%02X is also the control port; the chip needs two ports", data));
        }
        return new SerialSpec(chip, control, data, serial.bool("interruptDriven", true));
    }

    private static InputOptions readInput(JsonFields top) throws RomFormatException {
        JsonFields input = top.object("input");
        if (input == null) {
            return RomMetadata.DEFAULT_INPUT;
        }
        input.warnUnknown(Set.of("upperCase", "enter", "backspace", "pacing", "prompt", "pacingTimeout"));
        boolean upper = input.bool("upperCase", false);
        LineEnding enter = LineEnding.valueOf(input.choice("enter", "CR", "CR", "LF", "CRLF"));
        BackspaceCode backspace = BackspaceCode.valueOf(input.choice("backspace", "BS", "BS", "DEL"));
        InputPacing.Mode mode = InputPacing.Mode.byName(input.choice("pacing", "rts", "none", "rts", "echo", "line"));
        String prompt = input.string("prompt", null);
        int timeout = (int) input.number("pacingTimeout", InputPacing.DEFAULT_TIMEOUT_MILLIS, 1,
                InputPacing.MAX_TIMEOUT_MILLIS);
        return new InputOptions(upper, enter, backspace, new InputPacing(mode, prompt, timeout));
    }

    private static ClockSpec readClock(JsonFields top) throws RomFormatException {
        JsonFields clock = top.object("clock");
        if (clock == null) {
            return ClockSpec.DEFAULT;
        }
        clock.warnUnknown(Set.of("preset", "hz"));
        String preset = clock.choice("preset", "4mhz", "mega", "4mhz", "unlimited", "custom");
        if (preset.equals("custom")) {
            if (!clock.has("hz")) {
                throw clock.error("hz", "missing: the custom preset needs \"hz\", e.g. 1000000");
            }
            return new ClockSpec(preset, clock.number("hz", 0, 1, 1_000_000_000L));
        }
        return new ClockSpec(preset, 0);
    }

    private static TerminalSpec readTerminal(JsonFields top) throws RomFormatException {
        JsonFields terminal = top.object("terminal");
        if (terminal == null) {
            return TerminalSpec.DEFAULT;
        }
        terminal.warnUnknown(Set.of("columns", "rows"));
        int columns = (int) terminal.number("columns", 80, 1, 1000);
        int rows = (int) terminal.number("rows", 24, 1, 1000);
        if (columns != 80 && columns != 40) {
            throw terminal.error("columns", columns + " is not supported, expected 80 or 40");
        }
        if (rows != 24 && rows != 25) {
            throw terminal.error("rows", rows + " is not supported, expected 24 or 25");
        }
        return new TerminalSpec(columns, rows);
    }

    private static List<RomExample> readExamples(JsonFields top) throws RomFormatException {
        JsonArray array = top.array("examples");
        if (array == null) {
            return List.of();
        }
        List<RomExample> examples = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonFields entry = top.arrayObject("examples", array, i);
            entry.warnUnknown(Set.of("input", "expect"));
            examples.add(new RomExample(entry.requiredString("input"), entry.string("expect", "")));
        }
        return examples;
    }

    /** Gson's message without its advice URL ("See https://...") tail. */
    private static String cleanGsonMessage(JsonParseException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? e.toString() : cause.getMessage();
        int see = message.indexOf("\nSee ");
        if (see >= 0) {
            message = message.substring(0, see);
        }
        return message.replace("com.google.gson.stream.MalformedJsonException: ", "").trim();
    }
}
