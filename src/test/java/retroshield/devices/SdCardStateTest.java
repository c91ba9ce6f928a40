package retroshield.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** state() and restore() carry the card's registers through a save state. */
class SdCardStateTest {

    @TempDir
    Path folder;

    @Test
    void aFileOpenMidwayContinuesFromTheSavedPosition() throws IOException {
        Files.writeString(folder.resolve("F"), "abcdef");
        SdCardDriver sd = new SdCardDriver(folder, SdLimits.DEFAULT);
        sd.named("F", SdCard.CMD_OPEN_READ);
        sd.card.read(SdCard.PORT_DATA);
        sd.card.read(SdCard.PORT_DATA);
        sd.dma(0x4000);
        sd.seek(0x123456);
        sd.name("NEXT");
        SdCardState saved = sd.card.state();
        assertEquals("bcdef".substring(1), sd.readToEnd());

        SdCardDriver other = new SdCardDriver(folder, SdLimits.DEFAULT);
        other.card.restore(saved);
        assertEquals(saved, other.card.state());
        assertEquals("cdef", other.readToEnd());
        assertEquals(0x4000, other.card.state().dma());
        assertEquals(0x123456, other.card.state().seek());
    }

    @Test
    void aFileOpenForWritingIsNotTruncatedByRestore() throws IOException {
        SdCardDriver sd = new SdCardDriver(folder, SdLimits.DEFAULT);
        sd.named("W", SdCard.CMD_CREATE);
        sd.put("hello");
        SdCardState saved = sd.card.state();
        sd.put(" world");
        sd.card.restore(saved);
        sd.put("!");
        sd.command(SdCard.CMD_CLOSE);
        assertEquals("hello!world", Files.readString(folder.resolve("W")));
        assertEquals(SdCard.CMD_CREATE, saved.openMode());
    }

    @Test
    void aListingIsRestoredAndAVanishedFileBecomesAnError() throws IOException {
        Files.writeString(folder.resolve("A"), "1");
        SdCardDriver sd = new SdCardDriver(folder, SdLimits.DEFAULT);
        sd.command(SdCard.CMD_DIRECTORY);
        sd.card.read(SdCard.PORT_DATA);
        SdCardState listing = sd.card.state();
        sd.card.restore(listing);
        assertEquals("\r\n", sd.readToEnd());

        sd.named("A", SdCard.CMD_OPEN_READ);
        SdCardState open = sd.card.state();
        sd.command(SdCard.CMD_CLOSE);
        Files.delete(folder.resolve("A"));
        sd.card.restore(open);
        assertTrue(sd.error());
        assertNull(sd.card.state().openName());
    }

    @Test
    void aCraftedStateCannotOpenAFileOutsideTheFolder() throws IOException {
        Path card = folder.resolve("card");
        Files.createDirectories(card);
        Files.writeString(folder.resolve("secret"), "outside");
        SdCardDriver sd = new SdCardDriver(card, SdLimits.DEFAULT);
        for (String name : new String[] {"../secret", "a\u0000b", "/etc/passwd", "C:secret"}) {
            sd.card.restore(new SdCardState("", false, name, SdCard.CMD_CREATE, 0, null, 0,
                    SdCard.STATUS_READY, 0, 0x80, 0));
            assertTrue(sd.error(), name);
            assertNull(sd.card.state().openName(), name);
            sd.put("x");
        }
        assertEquals("outside", Files.readString(folder.resolve("secret")));
    }

    @Test
    void theResetStateIsThePowerOnState() {
        SdCardDriver sd = new SdCardDriver(folder, SdLimits.DEFAULT);
        assertEquals(SdCardState.RESET, sd.card.state());
    }
}
