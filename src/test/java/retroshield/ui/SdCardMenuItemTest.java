package retroshield.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retroshield.ui.crt.FxTestSupport;

/** The Machine menu's SD card entry follows the open ROM's card. */
class SdCardMenuItemTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startToolkit();
    }

    @Test
    void showsNoneThenTheFolderOfARomWithACard() throws Exception {
        Path plain = EchoRom.write(dir.resolve("plain"));
        Path withCard = EchoRom.write(dir.resolve("card"));
        Files.writeString(withCard, Files.readString(withCard)
                .replace("\"ready\": \"READY\",", "\"ready\": \"READY\", \"storage\": { \"folder\": \"files\" },"));
        List<Object> seen = FxTestSupport.onFx(() -> {
            AppViewModel m = new AppViewModel(new SettingsStore(dir));
            try {
                MenuItem item = SdCardMenuItem.create(m);
                String none = item.getText();
                boolean noneDisabled = item.isDisable();
                m.open(plain);
                String plainText = item.getText();
                m.open(withCard);
                return List.of(none, noneDisabled, plainText, item.getText(), item.isDisable());
            } finally {
                m.close();
            }
        });
        assertTrue(((String) seen.get(0)).startsWith("SD card: none"), seen.toString());
        assertEquals(true, seen.get(1));
        assertTrue(((String) seen.get(2)).startsWith("SD card: none"), seen.toString());
        assertTrue(((String) seen.get(3)).contains(dir.resolve("card").resolve("files").toString()), seen.toString());
        assertFalse((Boolean) seen.get(4));
    }
}
