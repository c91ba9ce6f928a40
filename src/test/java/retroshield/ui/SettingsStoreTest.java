package retroshield.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retroshield.ui.crt.EffectSetting;
import retroshield.ui.crt.PhosphorColor;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void savedSettingsComeBack() {
        SettingsStore store = new SettingsStore(dir);
        AppSettings s = AppSettings.defaults()
                .withCrt(AppSettings.defaults().crt().withColor(PhosphorColor.AMBER)
                        .withGlow(EffectSetting.off(0.9)).withComfort(true))
                .withSpeed("mega").withSize(40, 25).withWindow(1500, 900)
                .withRomUsed("/roms/a.json").withRomUsed("/roms/b.json").withRomUsed("/roms/a.json");
        assertTrue(store.save(s));
        SettingsStore.Loaded loaded = store.load();
        assertNull(loaded.notice());
        assertEquals(s, loaded.settings());
        assertEquals("/roms/a.json", loaded.settings().lastRom());
        assertEquals(java.util.List.of("/roms/a.json", "/roms/b.json"), loaded.settings().recentRoms());
    }

    @Test
    void missingFileGivesDefaultsSilently() {
        SettingsStore.Loaded loaded = new SettingsStore(dir).load();
        assertEquals(AppSettings.defaults(), loaded.settings());
        assertNull(loaded.notice());
    }

    @Test
    void corruptFileFallsBackToDefaultsAndIsReportedAndKept() throws Exception {
        Path file = dir.resolve(SettingsStore.FILE_NAME);
        Files.writeString(file, "{ \"crt\": { \"scanlines\": [1, 2 ");
        SettingsStore.Loaded loaded = new SettingsStore(dir).load();
        assertEquals(AppSettings.defaults(), loaded.settings());
        assertNotNull(loaded.notice());
        assertTrue(loaded.notice().contains("settings.json.bad"), loaded.notice());
        assertFalse(Files.exists(file));
        assertTrue(Files.readString(dir.resolve("settings.json.bad")).startsWith("{ \"crt\""));
    }

    @Test
    void partialFileKeepsDefaultsForTheRest() throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "{\"speed\":\"mega\",\"columns\":7}");
        AppSettings s = new SettingsStore(dir).load().settings();
        assertEquals("mega", s.speed());
        assertEquals(80, s.columns(), "out-of-range columns fall back");
        assertEquals(AppSettings.defaults().crt(), s.crt());
    }

    @Test
    void configFolderFollowsThePlatform() {
        assertEquals(Path.of("/x/cfg"), SettingsStore.configFolder("/x/cfg", Map.of(), "Linux", "/home/u"));
        assertEquals(Path.of("/xdg", "retroshield"),
                SettingsStore.configFolder(null, Map.of("XDG_CONFIG_HOME", "/xdg"), "Linux", "/home/u"));
        assertEquals(Path.of("/home/u", ".config", "retroshield"),
                SettingsStore.configFolder(null, Map.of(), "Linux", "/home/u"));
        assertEquals(Path.of("C:/Users/u/AppData/Roaming", "RetroShield"),
                SettingsStore.configFolder(null, Map.of("APPDATA", "C:/Users/u/AppData/Roaming"), "Windows 11", "C:/Users/u"));
    }
}
