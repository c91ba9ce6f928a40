package retroshield.rom;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads Intel HEX text into image segments within the 64 KB space.
 *
 * <p>Record types: 00 data, 01 end of file, 02 extended segment address (base = value × 16),
 * 04 extended linear address (base = value × 65536), 03 and 05 start address (accepted and
 * ignored: the Z80 always starts at $0000 after reset). Byte counts and checksums are checked,
 * bytes above $FFFF are refused and two records writing the same address are an error. Blank
 * lines are ignored; anything after the end-of-file record must be blank.
 */
public final class IntelHex {

    private static final int SPACE = 0x10000;
    private static final int TYPE_DATA = 0x00;
    private static final int TYPE_EOF = 0x01;
    private static final int TYPE_EXTENDED_SEGMENT = 0x02;
    private static final int TYPE_START_SEGMENT = 0x03;
    private static final int TYPE_EXTENDED_LINEAR = 0x04;
    private static final int TYPE_START_LINEAR = 0x05;

    private IntelHex() {
    }

    /**
     * Parses the text of a HEX file.
     *
     * @param text  the file's content
     * @param label the file name used in error messages
     * @return the data as segments of consecutive addresses, sorted by address
     */
    public static List<ImageSegment> parse(String text, String label) throws RomFormatException {
        byte[] data = new byte[SPACE];
        int[] ownerLine = new int[SPACE];   // 0 = not written yet, else the line that wrote it
        if (text.startsWith("\u00EF\u00BB\u00BF")) {
            text = text.substring(3);                 // a UTF-8 byte-order mark, read as ISO-8859-1
        } else if (text.startsWith("\uFEFF")) {
            text = text.substring(1);                 // the same, read as UTF-8
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        int base = 0;
        boolean ended = false;
        int lastLine = 0;
        for (int index = 0; index < lines.length; index++) {
            int lineNo = index + 1;
            String line = lines[index].trim();
            if (line.isEmpty()) {
                continue;
            }
            lastLine = lineNo;
            String where = label + " line " + lineNo + ": ";
            if (ended) {
                throw new RomFormatException(where + "text after the end-of-file record");
            }
            int[] bytes = decodeRecord(line, where);
            int count = bytes[0];
            int offset = (bytes[1] << 8) | bytes[2];
            int type = bytes[3];
            switch (type) {
                case TYPE_DATA -> {
                    for (int i = 0; i < count; i++) {
                        long address = (long) base + offset + i;
                        if (address >= SPACE) {
                            throw new RomFormatException(where + String.format(
                                    "data at $%X is above $FFFF; a RetroShield Z80 image must fit in 64 KB",
                                    address));
                        }
                        int a = (int) address;
                        if (ownerLine[a] != 0) {
                            throw new RomFormatException(where + String.format(
                                    "address $%04X was already written by line %d (overlapping records)",
                                    a, ownerLine[a]));
                        }
                        ownerLine[a] = lineNo;
                        data[a] = (byte) bytes[4 + i];
                    }
                }
                case TYPE_EOF -> {
                    expectCount(count, 0, "end-of-file", where);
                    ended = true;
                }
                case TYPE_EXTENDED_SEGMENT -> {
                    expectCount(count, 2, "extended segment address", where);
                    base = ((bytes[4] << 8) | bytes[5]) << 4;
                }
                case TYPE_EXTENDED_LINEAR -> {
                    expectCount(count, 2, "extended linear address", where);
                    base = ((bytes[4] << 8) | bytes[5]) << 16;
                }
                case TYPE_START_SEGMENT, TYPE_START_LINEAR ->
                        expectCount(count, 4, "start address", where);
                default -> throw new RomFormatException(where + String.format(
                        "unknown record type %02X, expected 00 to 05", type));
            }
        }
        if (!ended) {
            throw new RomFormatException(label + " line " + Math.max(lastLine, 1)
                    + ": the file ends without an end-of-file record (:00000001FF)");
        }
        return segments(data, ownerLine);
    }

    /** Decodes one ':'-line into bytes [count, addrHi, addrLo, type, data..., checksum]. */
    private static int[] decodeRecord(String line, String where) throws RomFormatException {
        if (line.charAt(0) != ':') {
            throw new RomFormatException(where + "expected a record starting with ':', found '"
                    + line.charAt(0) + "'");
        }
        String hex = line.substring(1);
        for (int i = 0; i < hex.length(); i++) {
            if (Character.digit(hex.charAt(i), 16) < 0) {
                throw new RomFormatException(where + "'" + hex.charAt(i) + "' at column " + (i + 2)
                        + " is not a hex digit");
            }
        }
        if (hex.length() % 2 != 0) {
            throw new RomFormatException(where + "odd number of hex digits (" + hex.length()
                    + "); each byte takes two");
        }
        int n = hex.length() / 2;
        if (n < 5) {
            throw new RomFormatException(where + "record too short: " + n
                    + " bytes, a record has at least 5 (count, address, type, checksum)");
        }
        int[] bytes = new int[n];
        int sum = 0;
        for (int i = 0; i < n; i++) {
            bytes[i] = Integer.parseInt(hex, 2 * i, 2 * i + 2, 16);
            sum += bytes[i];
        }
        if (bytes[0] != n - 5) {
            throw new RomFormatException(where + String.format(
                    "byte count says %d data bytes but the record holds %d", bytes[0], n - 5));
        }
        if ((sum & 0xFF) != 0) {
            int given = bytes[n - 1];
            int expected = (given - sum) & 0xFF;
            throw new RomFormatException(where + String.format(
                    "checksum is %02X, expected %02X", given, expected));
        }
        return bytes;
    }

    private static void expectCount(int count, int expected, String what, String where)
            throws RomFormatException {
        if (count != expected) {
            throw new RomFormatException(where + what + " record must hold " + expected
                    + " data bytes, found " + count);
        }
    }

    private static List<ImageSegment> segments(byte[] data, int[] ownerLine) {
        List<ImageSegment> result = new ArrayList<>();
        int a = 0;
        while (a < SPACE) {
            if (ownerLine[a] == 0) {
                a++;
                continue;
            }
            int start = a;
            while (a < SPACE && ownerLine[a] != 0) {
                a++;
            }
            byte[] run = new byte[a - start];
            System.arraycopy(data, start, run, 0, run.length);
            result.add(new ImageSegment(start, run));
        }
        return result;
    }
}
