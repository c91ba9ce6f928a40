package retroshield.devices;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each command and status bit of the SD card, through its ports. */
class SdCardTest {

    private static final int READY = SdCard.STATUS_READY;
    private static final int FAILED = SdCard.STATUS_READY | SdCard.STATUS_ERROR;
    private static final int OPEN = SdCard.STATUS_READY | SdCard.STATUS_OPEN;

    @TempDir
    Path dir;
    Path folder;
    SdCardDriver sd;

    @BeforeEach
    void setUp() {
        folder = dir.resolve("card");
        sd = new SdCardDriver(folder, SdLimits.DEFAULT);
    }

    private void hostFile(String name, String text) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name), text, StandardCharsets.ISO_8859_1);
    }

    private String hostText(String name) throws IOException {
        return Files.readString(folder.resolve(name), StandardCharsets.ISO_8859_1);
    }

    @Test
    void powersUpReadyWithNothingOpenAndAnswersOnlyItsPorts() {
        assertEquals(READY, sd.status());
        assertTrue(sd.card.answers(0x10) && sd.card.answers(0x19) && sd.card.answers(0x1310));
        assertFalse(sd.card.answers(0x0F) || sd.card.answers(0x1A) || sd.card.answers(0x80));
        assertEquals(0xFF, sd.card.read(SdCard.PORT_COMMAND));
        assertEquals(0xFF, sd.card.read(SdCard.PORT_NAME));
        assertEquals(0, sd.card.read(SdCard.PORT_BLOCK));
        assertFalse(sd.card.interruptRequested());
    }

    @Test
    void createWritesTheFileAndTruncatesAnOldOne() throws IOException {
        hostFile("OUT.TXT", "a much longer old content");
        assertEquals(OPEN, sd.named("OUT.TXT", SdCard.CMD_CREATE));
        sd.put("HELLO\r\n");
        assertEquals(OPEN, sd.status());
        assertEquals(READY, sd.command(SdCard.CMD_CLOSE));
        assertEquals("HELLO\r\n", hostText("OUT.TXT"));
    }

    @Test
    void createMakesTheFolderWhenMissing() throws IOException {
        assertFalse(Files.exists(folder));
        assertEquals(OPEN, sd.named("NEW", SdCard.CMD_CREATE));
        sd.command(SdCard.CMD_CLOSE);
        assertTrue(Files.isRegularFile(folder.resolve("NEW")));
        assertEquals(0, Files.size(folder.resolve("NEW")));
    }

    @Test
    void openForReadingGivesTheBytesThenZeroAndCloses() throws IOException {
        hostFile("IN.TXT", "AB\u0001");
        assertEquals(OPEN, sd.named("IN.TXT", SdCard.CMD_OPEN_READ));
        assertEquals('A', sd.card.read(SdCard.PORT_DATA));
        assertEquals('B', sd.card.read(SdCard.PORT_DATA));
        assertEquals(1, sd.card.read(SdCard.PORT_DATA));
        assertEquals(OPEN, sd.status(), "still open until the end is read");
        assertEquals(0, sd.card.read(SdCard.PORT_DATA));
        assertEquals(READY, sd.status(), "the end closed the file");
        assertEquals(0, sd.card.read(SdCard.PORT_DATA));
        assertEquals(FAILED, sd.status(), "reading with nothing open is an error");
    }

    @Test
    void aFileWrittenOnTheHostReadsBackWithItsZeroBytes() throws IOException {
        Files.createDirectories(folder);
        byte[] data = new byte[300];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7);
        }
        Files.write(folder.resolve("BIN"), data);
        sd.named("BIN", SdCard.CMD_OPEN_READ);
        assertArrayEquals(data, sd.readToEnd().getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void readingWithNoFileOpenReturnsZeroAndSetsTheErrorBit() {
        assertEquals(0, sd.card.read(SdCard.PORT_DATA));
        assertEquals(FAILED, sd.status());
        assertNotNull(sd.card.lastRefusal());
        assertEquals(READY, sd.command(SdCard.CMD_CLOSE), "the next good command clears the error");
    }

    @Test
    void openingAMissingFileFailsWithReadyAndError() {
        assertEquals(FAILED, sd.named("NOPE", SdCard.CMD_OPEN_READ));
        assertEquals(FAILED, sd.named("NOPE", SdCard.CMD_OPEN_READ_WRITE));
        assertTrue(sd.card.lastRefusal().contains("NOPE"));
    }

    @Test
    void theNameIsClearedAfterEachOpen() throws IOException {
        hostFile("A", "x");
        assertEquals(OPEN, sd.named("A", SdCard.CMD_OPEN_READ));
        assertEquals(FAILED, sd.command(SdCard.CMD_OPEN_READ), "no name written since");
    }

    @Test
    void aZeroEndsTheNameAndTheNextCharacterStartsANewOne() throws IOException {
        hostFile("B", "b");
        sd.name("A");
        sd.name("B");
        assertEquals(OPEN, sd.command(SdCard.CMD_OPEN_READ));
        assertEquals("b", sd.readToEnd());
    }

    @Test
    void openingIgnoresCaseWhenTheExactNameIsMissing() throws IOException {
        hostFile("Hello.bas", "10 PRINT");
        assertEquals(OPEN, sd.named("HELLO.BAS", SdCard.CMD_OPEN_READ));
        assertEquals("10 PRINT", sd.readToEnd());
    }

    @Test
    void appendAddsAtTheEndAndCreatesAMissingFile() throws IOException {
        hostFile("LOG", "one\n");
        assertEquals(OPEN, sd.named("LOG", SdCard.CMD_APPEND));
        sd.put("two\n");
        sd.command(SdCard.CMD_CLOSE);
        assertEquals("one\ntwo\n", hostText("LOG"));
        assertEquals(OPEN, sd.named("LOG2", SdCard.CMD_APPEND));
        sd.put("x");
        sd.command(SdCard.CMD_CLOSE);
        assertEquals("x", hostText("LOG2"));
    }

    @Test
    void readWriteOpenKeepsTheContentsAndOverwritesInPlace() throws IOException {
        hostFile("DATA", "0123456789");
        assertEquals(OPEN, sd.named("DATA", SdCard.CMD_OPEN_READ_WRITE));
        sd.seek(4);
        assertEquals(OPEN, sd.command(SdCard.CMD_SEEK));
        sd.put("ab");
        assertEquals('6', sd.card.read(SdCard.PORT_DATA));
        assertEquals(OPEN, sd.command(SdCard.CMD_SEEK_START));
        assertEquals('0', sd.card.read(SdCard.PORT_DATA));
        sd.command(SdCard.CMD_CLOSE);
        assertEquals("0123ab6789", hostText("DATA"));
    }

    @Test
    void seekUsesAll24BitsAndCommand09IsTheSame() throws IOException {
        hostFile("BIG", "x");
        sd.named("BIG", SdCard.CMD_OPEN_READ_WRITE);
        sd.seek(0x010203);
        assertEquals(OPEN, sd.command(SdCard.CMD_SEEK_16));
        sd.put("y");
        sd.command(SdCard.CMD_CLOSE);
        assertEquals(0x010204, Files.size(folder.resolve("BIG")));
    }

    @Test
    void seekFailsWithNoFileOrPastTheEndOfAReadOnlyFile() throws IOException {
        assertEquals(FAILED, sd.command(SdCard.CMD_SEEK_START));
        assertEquals(FAILED, sd.command(SdCard.CMD_SEEK));
        hostFile("S", "abc");
        sd.named("S", SdCard.CMD_OPEN_READ);
        sd.seek(3);
        assertEquals(OPEN, sd.command(SdCard.CMD_SEEK));
        sd.seek(4);
        assertEquals(FAILED | SdCard.STATUS_OPEN, sd.command(SdCard.CMD_SEEK));
        sd.seek(1);
        sd.command(SdCard.CMD_SEEK);
        assertEquals("bc", sd.readToEnd());
    }

    @Test
    void writingToAFileOpenedForReadingOrWithNothingOpenIsAnError() throws IOException {
        sd.put("x");
        assertEquals(FAILED, sd.status());
        hostFile("R", "abc");
        sd.named("R", SdCard.CMD_OPEN_READ);
        sd.put("x");
        assertEquals(FAILED | SdCard.STATUS_OPEN, sd.status());
        sd.command(SdCard.CMD_CLOSE);
        assertEquals("abc", hostText("R"));
    }

    @Test
    void listingOfAnEmptyFolderEndsAtOnce() {
        assertEquals(OPEN, sd.command(SdCard.CMD_DIRECTORY));
        assertEquals(0, sd.card.read(SdCard.PORT_DATA));
        assertEquals(READY, sd.status());
        assertTrue(Files.isDirectory(folder), "the listing created the folder");
    }

    @Test
    void listingGivesOneNamePerLineSortedAndSkipsFolders() throws IOException {
        hostFile("b.txt", "1");
        hostFile("A.BAS", "22");
        Files.createDirectories(folder.resolve("sub"));
        assertEquals(OPEN, sd.command(SdCard.CMD_DIRECTORY));
        assertEquals("A.BAS\r\nb.txt\r\n", sd.readToEnd());
        assertEquals(READY, sd.status());
    }

    @Test
    void closeEndsAListingAndAFile() throws IOException {
        hostFile("F", "abc");
        sd.command(SdCard.CMD_DIRECTORY);
        assertEquals(READY, sd.command(SdCard.CMD_CLOSE));
        sd.named("F", SdCard.CMD_OPEN_READ);
        assertEquals(READY, sd.command(SdCard.CMD_CLOSE));
    }

    @Test
    void deleteRemovesTheNamedFileAndFailsWhenMissing() throws IOException {
        hostFile("GONE", "x");
        assertEquals(READY, sd.named("GONE", SdCard.CMD_DELETE));
        assertFalse(Files.exists(folder.resolve("GONE")));
        assertEquals(FAILED, sd.named("GONE", SdCard.CMD_DELETE));
    }

    @Test
    void deletingTheOpenFileClosesItFirst() throws IOException {
        hostFile("OPEN", "x");
        sd.named("OPEN", SdCard.CMD_OPEN_READ);
        assertEquals(READY, sd.named("OPEN", SdCard.CMD_DELETE));
        assertFalse(Files.exists(folder.resolve("OPEN")));
    }

    @Test
    void unknownCommandsAreErrors() {
        assertEquals(FAILED, sd.command(0x00));
        assertEquals(READY, sd.command(SdCard.CMD_CLOSE));
        assertEquals(FAILED, sd.command(0xFF));
    }

    @Test
    void resetClosesEverythingAndRestoresTheDefaults() throws IOException {
        hostFile("F", "abc");
        sd.named("F", SdCard.CMD_OPEN_READ);
        sd.dma(0x1234);
        sd.name("PARTIAL");
        sd.card.reset();
        assertEquals(READY, sd.status());
        assertEquals(FAILED, sd.command(SdCard.CMD_OPEN_READ), "name cleared");
        assertEquals(SdCard.DEFAULT_DMA, sd.card.state().dma());
    }
}
