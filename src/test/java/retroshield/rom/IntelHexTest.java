package retroshield.rom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntelHexTest {

    private static final String EOF = ":00000001FF";

    /** Builds one record with a correct checksum. */
    static String record(int type, int address, int... data) {
        StringBuilder sb = new StringBuilder(":");
        int sum = data.length + (address >> 8) + (address & 0xFF) + type;
        sb.append(String.format("%02X%04X%02X", data.length, address, type));
        for (int b : data) {
            sb.append(String.format("%02X", b));
            sum += b;
        }
        sb.append(String.format("%02X", (-sum) & 0xFF));
        return sb.toString();
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private static RomFormatException failure(String text) {
        return assertThrows(RomFormatException.class, () -> IntelHex.parse(text, "roms/x.hex"));
    }

    @Test
    void readsDataRecordsIntoContiguousSegments() throws Exception {
        String text = lines(
                record(0, 0x0000, 0xF3, 0x31, 0x00),
                record(0, 0x0003, 0x80),
                "",
                record(0, 0x2000, 0xAA, 0xBB),
                record(5, 0x0000, 0, 0, 0, 0),
                EOF);
        List<ImageSegment> segments = IntelHex.parse(text, "roms/x.hex");
        assertEquals(2, segments.size());
        assertEquals(0x0000, segments.get(0).address());
        assertArrayEquals(new byte[] {(byte) 0xF3, 0x31, 0x00, (byte) 0x80}, segments.get(0).bytes());
        assertEquals(0x2000, segments.get(1).address());
        assertEquals(0x2001, segments.get(1).end());
    }

    @Test
    void knownGoodRecordFromTheSpecificationChecksums() throws Exception {
        // A classic example record: 16 bytes at $0100 with checksum $40.
        String text = lines(":10010000214601360121470136007EFE09D2190140", EOF);
        List<ImageSegment> segments = IntelHex.parse(text, "a.hex");
        assertEquals(0x0100, segments.get(0).address());
        assertEquals(16, segments.get(0).bytes().length);
        assertEquals(0x21, segments.get(0).bytes()[0] & 0xFF);
    }

    @Test
    void extendedSegmentAndLinearAddressesWithin64k() throws Exception {
        String text = lines(
                record(2, 0, 0x01, 0x00),           // base $1000
                record(0, 0x0010, 0x11),            // -> $1010
                record(4, 0, 0x00, 0x00),           // base 0
                record(0, 0x0020, 0x22),
                EOF);
        List<ImageSegment> segments = IntelHex.parse(text, "a.hex");
        assertEquals(0x0020, segments.get(0).address());
        assertEquals(0x1010, segments.get(1).address());
    }

    @Test
    void addressAbove64kIsAnError() {
        RomFormatException e = failure(lines(record(4, 0, 0x00, 0x01), record(0, 0, 0x11), EOF));
        assertEquals("roms/x.hex line 2: data at $10000 is above $FFFF; a RetroShield Z80 image"
                + " must fit in 64 KB", e.getMessage());
    }

    @Test
    void badChecksumNamesFileLineAndBothValues() {
        String good = record(0, 0x0000, 0x01, 0x02);
        String bad = good.substring(0, good.length() - 2) + "3A";
        RomFormatException e = failure(lines(record(0, 0x10, 0x00), bad, EOF));
        String expected = good.substring(good.length() - 2);
        assertEquals("roms/x.hex line 2: checksum is 3A, expected " + expected, e.getMessage());
    }

    @Test
    void unknownRecordType() {
        RomFormatException e = failure(lines(record(6, 0, 0x00), EOF));
        assertEquals("roms/x.hex line 1: unknown record type 06, expected 00 to 05", e.getMessage());
    }

    @Test
    void oddNumberOfDigits() {
        RomFormatException e = failure(lines(record(0, 0, 0x12) + "0", EOF));
        assertEquals("roms/x.hex line 1: odd number of hex digits (13); each byte takes two",
                e.getMessage());
    }

    @Test
    void nonHexCharacter() {
        String r = record(0, 0, 0x12);
        String broken = r.substring(0, 9) + "G" + r.substring(10);
        RomFormatException e = failure(lines(broken, EOF));
        assertEquals("roms/x.hex line 1: 'G' at column 10 is not a hex digit", e.getMessage());
    }

    @Test
    void recordsAfterEndOfFile() {
        RomFormatException e = failure(lines(EOF, record(0, 0, 0x12)));
        assertEquals("roms/x.hex line 2: text after the end-of-file record", e.getMessage());
    }

    @Test
    void byteCountMismatch() {
        // Count says 2 but one data byte present (checksum fixed so only the count is wrong).
        String r = ":0200000012" + String.format("%02X", (-(2 + 0x12)) & 0xFF);
        RomFormatException e = failure(lines(r, EOF));
        assertEquals("roms/x.hex line 1: byte count says 2 data bytes but the record holds 1",
                e.getMessage());
    }

    @Test
    void overlappingRecords() {
        RomFormatException e = failure(lines(
                record(0, 0x0100, 1, 2, 3, 4),
                record(0, 0x0200, 9),
                record(0, 0x0102, 7)));
        assertEquals("roms/x.hex line 3: address $0102 was already written by line 1"
                + " (overlapping records)", e.getMessage());
    }

    @Test
    void missingEndOfFileRecord() {
        RomFormatException e = failure(lines(record(0, 0, 1), record(0, 1, 2)));
        assertEquals("roms/x.hex line 2: the file ends without an end-of-file record (:00000001FF)",
                e.getMessage());
    }

    @Test
    void lineWithoutColon() {
        RomFormatException e = failure(lines("10000000", EOF));
        assertEquals("roms/x.hex line 1: expected a record starting with ':', found '1'", e.getMessage());
    }
}
