package retroshield.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a binary program file for {@code disasm} and {@code cpm}, refusing what is not one
 * with a message naming the file: a folder, a device or pipe (which could be endless or
 * never end), a file too large, an empty file, or text (ROM metadata JSON, a listing).
 */
final class BinaryInput {

    private BinaryInput() {
    }

    /** A problem with the file; the message names it. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * The bytes of {@code file}.
     *
     * @param maxBytes the largest size accepted
     * @param what     what the file should be, for messages ("a binary file", "a CP/M program")
     */
    static byte[] read(Path file, long maxBytes, String what) throws IOException {
        if (Files.isDirectory(file)) {
            throw new Refused(file + ": is a folder, expected " + what);
        }
        if (!Files.exists(file)) {
            throw new Refused(file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new Refused(file + ": is not a regular file (a device or a pipe), expected " + what
                    + "; copy it to a file first");
        }
        long size = Files.size(file);
        if (size == 0) {
            throw new Refused(file + ": is empty, expected " + what);
        }
        if (size > maxBytes) {
            throw new Refused(String.format("%s: is %,d bytes, more than the %,d bytes %s can be", file, size,
                    maxBytes, what));
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new Refused(file + ": no such file");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new Refused(file + ": permission denied");
        }
    }

    /**
     * Why {@code bytes} look like text rather than machine code, or null: every byte is
     * printable ASCII or white space (code has zero bytes, $C3, $CD ...).
     */
    static String textKind(byte[] bytes) {
        int first = -1;
        for (byte value : bytes) {
            int b = value & 0xFF;
            boolean text = (b >= 0x20 && b < 0x7F) || b == '\n' || b == '\r' || b == '\t';
            if (!text) {
                return null;
            }
            if (first < 0 && b > ' ') {
                first = b;
            }
        }
        if (first == '{' || first == '[') {
            return "JSON text (ROM metadata?)";
        }
        if (first == ':') {
            return "Intel HEX text";
        }
        return "text";
    }
}
