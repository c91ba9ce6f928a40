package retroshield.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings files that could stop the app, and honest notices about them. */
class SettingsFaultsTest {

    @TempDir
    Path dir;

    @Test
    void aNulInTheFontSettingFallsBackToTheBuiltInFont() throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "{ \"font\": \"\\u0000\" }");
        SettingsStore.Loaded loaded = new SettingsStore(dir).load();
        assertEquals(AppSettings.FONT_DOT_MATRIX, loaded.settings().font());
    }

    @Test
    void aRenameThatFailedIsNotClaimed() throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "not json {");
        Path bad = Files.createDirectories(dir.resolve(SettingsStore.FILE_NAME + ".bad"));
        Files.writeString(bad.resolve("keep"), "x");          // a non-empty folder cannot be replaced
        SettingsStore.Loaded loaded = new SettingsStore(dir).load();
        assertEquals(AppSettings.defaults(), loaded.settings());
        assertFalse(loaded.notice().contains("old file kept"), loaded.notice());
        assertTrue(loaded.notice().contains("could not be renamed to settings.json.bad"), loaded.notice());
    }
}
