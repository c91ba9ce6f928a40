package retroshield.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retroshield.ui.crt.FxTestSupport;

class AppViewModelTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startToolkit();
    }

    @Test
    void corruptSettingsAreReportedInTheStatusLineAndDefaultsUsed() throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "not json at all {");
        String notice = FxTestSupport.onFx(() -> {
            AppViewModel m = new AppViewModel(new SettingsStore(dir));
            try {
                assertEquals(AppSettings.defaults(), m.settings());
                return m.noticeProperty().get();
            } finally {
                m.close();
            }
        });
        assertTrue(notice.contains("settings.json.bad"), notice);
        assertTrue(Files.exists(dir.resolve("settings.json.bad")));
    }

    @Test
    void aRomThatCannotBeReadIsReportedNotThrown() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ \"name\": ");
        String notice = FxTestSupport.onFx(() -> {
            AppViewModel m = new AppViewModel(new SettingsStore(dir));
            try {
                assertEquals(false, m.open(broken));
                assertEquals(null, m.sessionProperty().get());
                return m.noticeProperty().get();
            } finally {
                m.close();
            }
        });
        assertTrue(notice.startsWith("Could not open broken.json"), notice);
    }

    @Test
    void recentRomsKeepTheNewestFirst() {
        AppSettings s = AppSettings.defaults();
        for (int i = 0; i < AppSettings.MAX_RECENT + 3; i++) {
            s = s.withRomUsed("/r/" + i + ".json");
        }
        assertEquals(AppSettings.MAX_RECENT, s.recentRoms().size());
        assertEquals("/r/" + (AppSettings.MAX_RECENT + 2) + ".json", s.recentRoms().get(0));
        assertNotEquals(s.recentRoms().get(0), s.recentRoms().get(1));
    }
}
