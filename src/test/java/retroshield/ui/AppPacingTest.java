package retroshield.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retroshield.devices.InputPacing;
import retroshield.pacing.LineBasicRom;
import retroshield.ui.crt.FxTestSupport;

/** Machine > Input pacing: the choice reaches the running machine and the status line says so. */
class AppPacingTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startToolkit();
    }

    @Test
    void choosingAModeTellsItAndTheRomsChoiceComesBack() throws Exception {
        Path rom = LineBasicRom.metadata();
        String[] notices = FxTestSupport.onFx(() -> {
            AppViewModel m = new AppViewModel(new SettingsStore(dir));
            try {
                m.open(rom);
                m.setPacing(InputPacing.Mode.ECHO);
                String echo = m.noticeProperty().get();
                m.setPacing(null);
                return new String[] {echo, m.noticeProperty().get()};
            } finally {
                m.close();
            }
        });
        assertTrue(notices[0].startsWith("Input pacing: echo"), notices[0]);
        assertTrue(notices[1].startsWith("Input pacing: line") && notices[1].contains("the ROM's choice"), notices[1]);
        assertTrue(notices[1].contains("Ok"), "the ROM's prompt: " + notices[1]);
    }
}
