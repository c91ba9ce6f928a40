package retroshield.rom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The bytes of a ROM image placed in the 64 KB space: a raw binary at its load address, or
 * the records of an Intel HEX file ({@code .hex}, {@code .ihx}) at their own addresses.
 * A full 64 KB memory dump is a valid raw image at $0000.
 *
 * @param source   the file it came from
 * @param segments runs of bytes at consecutive addresses, sorted by address
 */
public record RomImage(Path source, List<ImageSegment> segments) {

    public RomImage {
        segments = List.copyOf(segments);
    }

    /** True for file names the HEX reader handles. */
    public static boolean isIntelHex(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".hex") || name.endsWith(".ihx");
    }

    /**
     * Loads {@code file}; a raw binary goes to {@code loadAddress} (ignored for Intel HEX).
     *
     * @throws RomFormatException if the file is missing, empty, malformed or runs past $FFFF
     */
    public static RomImage load(Path file, int loadAddress) throws IOException {
        String label = file.toString();
        if (!Files.exists(file)) {
            throw new RomFormatException(label + ": image file not found");
        }
        if (!Files.isRegularFile(file)) {
            throw new RomFormatException(label + ": is not a file");
        }
        if (isIntelHex(file)) {
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            List<ImageSegment> segments = IntelHex.parse(text, label);
            if (segments.isEmpty()) {
                throw new RomFormatException(label + ": holds no data records");
            }
            return new RomImage(file, segments);
        }
        long size = Files.size(file);
        if (size == 0) {
            throw new RomFormatException(label + ": is empty");
        }
        if (loadAddress + size > 0x10000) {
            throw new RomFormatException(String.format(
                    "%s: the image is %d bytes; loaded at $%04X it runs past $FFFF by %d bytes",
                    label, size, loadAddress, loadAddress + size - 0x10000));
        }
        return new RomImage(file, List.of(new ImageSegment(loadAddress, Files.readAllBytes(file))));
    }

    /** Total number of image bytes. */
    public int size() {
        int total = 0;
        for (ImageSegment segment : segments) {
            total += segment.bytes().length;
        }
        return total;
    }
}
