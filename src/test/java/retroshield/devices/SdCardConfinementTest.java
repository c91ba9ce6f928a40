package retroshield.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Names that would leave the folder are refused; limits stop a runaway writer. */
class SdCardConfinementTest {

    private static final int FAILED = SdCard.STATUS_READY | SdCard.STATUS_ERROR;

    @TempDir
    Path dir;
    Path folder;
    Path secret;
    SdCardDriver sd;

    @BeforeEach
    void setUp() throws IOException {
        folder = dir.resolve("card");
        Files.createDirectories(folder.resolve("sub"));
        secret = dir.resolve("secret.txt");
        Files.writeString(secret, "outside");
        Files.writeString(folder.resolve("sub").resolve("inner"), "in a subfolder");
        sd = new SdCardDriver(folder, SdLimits.DEFAULT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.txt", "..", ".", "sub/inner", "sub\\inner", "/etc/passwd",
            "C:secret.txt", "C:\\secret.txt", "..\\secret.txt", "%2e%2e/secret.txt/", "NUL", "con.txt",
            "trailing.", " lead", "star*", "tab\tname", "sub"})
    void refusedNamesFailEveryCommandAndTouchNothing(String name) throws IOException {
        for (int command : new int[] {SdCard.CMD_OPEN_READ, SdCard.CMD_CREATE, SdCard.CMD_APPEND,
                SdCard.CMD_OPEN_READ_WRITE, SdCard.CMD_DELETE}) {
            assertEquals(FAILED, sd.named(name, command), name + " with command " + command);
            sd.put("overwrite");
        }
        assertEquals("outside", Files.readString(secret));
        assertEquals("in a subfolder", Files.readString(folder.resolve("sub").resolve("inner")));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(folder, secret), files.sorted().toList());
        }
        try (var files = Files.list(folder)) {
            assertEquals(List.of(folder.resolve("sub")), files.toList());
        }
    }

    @Test
    void theNameCheckNamesTheReason() {
        assertNull(SdFolder.checkName("HELLO.BAS"));
        assertNull(SdFolder.checkName("my prog.txt"));
        assertTrue(SdFolder.checkName("../x").contains("'/'"));
        assertTrue(SdFolder.checkName("a\u0000b").contains("NUL"));
        assertTrue(SdFolder.checkName("C:x").contains("':'"));
        assertTrue(SdFolder.checkName("x".repeat(65)).contains("longer"));
        assertNotNull(SdFolder.checkName("caf\u00e9"));
    }

    @Test
    void aLongNameWrittenToThePortIsRefused() {
        assertEquals(FAILED, sd.named("A".repeat(300), SdCard.CMD_CREATE));
        assertTrue(sd.card.lastRefusal().contains("longer"));
    }

    @Test
    void aSymbolicLinkLeadingOutsideIsRefusedAndNotListed() throws IOException {
        Path link = folder.resolve("LINK");
        try {
            Files.createSymbolicLink(link, secret);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
        }
        assertEquals(FAILED, sd.named("LINK", SdCard.CMD_OPEN_READ));
        assertEquals(FAILED, sd.named("LINK", SdCard.CMD_CREATE));
        assertEquals(FAILED, sd.named("LINK", SdCard.CMD_APPEND));
        assertEquals(FAILED, sd.named("LINK", SdCard.CMD_DELETE));
        assertEquals("outside", Files.readString(secret));
        sd.command(SdCard.CMD_DIRECTORY);
        assertEquals("", sd.readToEnd());
    }

    @Test
    void aDanglingSymbolicLinkCannotCreateItsTarget() throws IOException {
        Path target = dir.resolve("created-outside");
        try {
            Files.createSymbolicLink(folder.resolve("DANGLE"), target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
        }
        assertEquals(FAILED, sd.named("DANGLE", SdCard.CMD_CREATE));
        sd.put("x");
        assertFalse(Files.exists(target));
    }

    @Test
    void aSymbolicLinkToAFileInsideIsFollowed() throws IOException {
        Files.writeString(folder.resolve("REAL"), "real");
        try {
            Files.createSymbolicLink(folder.resolve("ALIAS"), folder.resolve("REAL"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
        }
        sd.named("ALIAS", SdCard.CMD_OPEN_READ);
        assertEquals("real", sd.readToEnd());
    }

    @Test
    void theFileSizeLimitStopsWritesWithTheErrorStatus() throws IOException {
        sd = new SdCardDriver(folder, new SdLimits(10, 100, 1000));
        sd.named("BIG", SdCard.CMD_CREATE);
        sd.put("0123456789");
        assertFalse(sd.error());
        sd.put("X");
        assertTrue(sd.error());
        assertTrue(sd.card.lastRefusal().contains("file size limit"));
        sd.command(SdCard.CMD_CLOSE);
        assertEquals(10, Files.size(folder.resolve("BIG")));
        sd.named("BIG", SdCard.CMD_OPEN_READ_WRITE);
        sd.seek(11);
        assertTrue((sd.command(SdCard.CMD_SEEK) & SdCard.STATUS_ERROR) != 0, "seek past the limit");
        assertEquals(SdCard.BLOCK_FAILED, sd.block(1), "a block would pass the limit");
        assertEquals(10, Files.size(folder.resolve("BIG")));
    }

    @Test
    void theFileCountLimitStopsCreatingNewFilesButNotRewritingOldOnes() throws IOException {
        sd = new SdCardDriver(folder, new SdLimits(100, 2, 1000));
        assertFalse((sd.named("ONE", SdCard.CMD_CREATE) & SdCard.STATUS_ERROR) != 0);
        assertFalse((sd.named("TWO", SdCard.CMD_CREATE) & SdCard.STATUS_ERROR) != 0);
        assertEquals(FAILED, sd.named("THREE", SdCard.CMD_CREATE));
        assertEquals(FAILED, sd.named("THREE", SdCard.CMD_APPEND));
        assertTrue(sd.card.lastRefusal().contains("limit"));
        assertFalse((sd.named("ONE", SdCard.CMD_CREATE) & SdCard.STATUS_ERROR) != 0);
        assertFalse(Files.exists(folder.resolve("THREE")));
    }

    @Test
    void theTotalSizeLimitCountsTheOtherFiles() throws IOException {
        Files.write(folder.resolve("OLD"), new byte[90]);
        sd = new SdCardDriver(folder, new SdLimits(100, 10, 100));
        sd.named("NEW", SdCard.CMD_CREATE);
        sd.put("0123456789");
        assertFalse(sd.error());
        sd.put("!");
        assertTrue(sd.error());
        assertTrue(sd.card.lastRefusal().contains("total size limit"));
        sd.command(SdCard.CMD_CLOSE);
        assertEquals(10, Files.size(folder.resolve("NEW")));
    }
}
