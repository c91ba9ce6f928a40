package retroshield.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import retroshield.ui.crt.EffectSetting;
import retroshield.ui.crt.FxTestSupport;

/** The defects a new user met, each checked in the real (headless) window. */
class NewUserDefectsTest extends RunningAppTest {

    private static <T> T fx(Callable<T> c) {
        try {
            return FxTestSupport.onFx(c);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Menu speedMenu() {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu machine = bar.getMenus().stream().filter(m -> m.getText().contains("Machine")).findFirst().orElseThrow();
        return (Menu) machine.getItems().stream().filter(i -> i instanceof Menu).findFirst().orElseThrow();
    }

    private String checkedSpeed() {
        return fx(() -> speedMenu().getItems().stream()
                .filter(i -> ((RadioMenuItem) i).isSelected()).map(MenuItem::getText).findFirst().orElse("none"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void speedMenuAndToolbarAgree() throws Exception {
        ChoiceBox<SpeedPreset> choice = robot.lookup("#speed-choice").queryAs(ChoiceBox.class);
        assertEquals(choice.getValue().toString(), checkedSpeed(), "the menu checks the toolbar's speed");
        fx(() -> {
            ((RadioMenuItem) speedMenu().getItems().get(SpeedPreset.MEGA.ordinal())).fire();
            return null;
        });
        assertEquals(SpeedPreset.MEGA, fx(choice::getValue), "picking Mega in the menu shows in the toolbar");
        assertEquals(SpeedPreset.MEGA.toString(), checkedSpeed());
        fx(() -> {
            choice.setValue(SpeedPreset.UNLIMITED);
            return null;
        });
        assertEquals(SpeedPreset.UNLIMITED.toString(), checkedSpeed(), "and the toolbar's pick in the menu");
        waitFor("the machine at unlimited speed", () -> app.model().sessionProperty().get().status().clock().unlimited());
    }

    @Test
    void aLongNoticeDoesNotSqueezeTheMachineFigures() throws Exception {
        String longText = "x".repeat(400);
        fx(() -> {
            app.model().setNotice(longText);
            app.window().getScene().getRoot().applyCss();
            app.window().getScene().getRoot().layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"#status-state", "#status-pc", "#status-cycles", "#status-speed"}) {
            Label l = robot.lookup(id).queryAs(Label.class);
            assertFalse(fx(() -> l.getWidth() < l.prefWidth(-1) - 0.5),
                    id + " keeps its width: " + l.getWidth() + " < " + l.prefWidth(-1));
        }
        Label notice = robot.lookup("#status-notice").queryAs(Label.class);
        assertEquals(fx(() -> app.model().noticeProperty().get()), fx(() -> notice.getTooltip().getText()),
                "the full notice in the tooltip");
    }

    @Test
    void powerCycleStartsTheCycleCountAgain() throws Exception {
        waitFor("cycles counted", () -> app.model().sessionProperty().get().status().cycles() > 2_000_000);
        fx(() -> {
            app.model().coldReset();
            return null;
        });
        waitFor("a low count after the power cycle", () ->
                app.model().sessionProperty().get().status().cycles() < 1_500_000);
    }

    @Test
    void effectChangesAreSavedAtOnce() throws Exception {
        Path file = dir.resolve("config").resolve(SettingsStore.FILE_NAME);
        fx(() -> {
            app.model().updateSettings(s -> s.withCrt(s.crt().withNoise(EffectSetting.on(0.77))));
            app.model().saveSettingsSoon();
            return null;
        });
        waitFor("the settings file", () -> Files.exists(file) && read(file).contains("0.77"));
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    @Test
    void aBrokenJsonInTheLibraryIsReported() throws Exception {
        Path folder = dir.resolve("lib");
        EchoRom.write(folder);
        Files.writeString(folder.resolve("broken.json"), "{ \"name\": ");
        String notice = fx(() -> {
            System.setProperty(RomLocator.ROMS_PROPERTY, folder.toString());
            try {
                app.model().loadLibrary();
            } finally {
                System.clearProperty(RomLocator.ROMS_PROPERTY);
            }
            return app.model().noticeProperty().get();
        });
        assertTrue(notice.contains("broken.json"), notice);
        assertTrue(notice.startsWith("ROM library: 1 file skipped"), notice);
    }

    @Test
    @SuppressWarnings("unchecked")
    void profilesSetEveryEffectAndTheUsersOwnCanBeSavedAndReset() throws Exception {
        ChoiceBox<String> profile = robot.lookup("#crt-profile").queryAs(ChoiceBox.class);
        assertEquals(retroshield.ui.crt.CrtProfile.GREEN_P1.label(), fx(profile::getValue));
        fx(() -> {
            profile.setValue(retroshield.ui.crt.CrtProfile.AMBER_P3.label());
            return null;
        });
        assertEquals(retroshield.ui.crt.CrtProfile.AMBER_P3.settings(), app.model().settings().crt());
        fx(() -> {
            app.model().updateSettings(s -> s.withCrt(s.crt().withNoise(EffectSetting.on(0.9))));
            return null;
        });
        assertEquals(EffectsPane.CUSTOM, fx(profile::getValue), "a changed effect is a custom look");
        fx(() -> {
            robot.lookup("#crt-save-profile").queryButton().fire();
            return null;
        });
        assertEquals(EffectsPane.USER_PROFILE, fx(profile::getValue));
        fx(() -> {
            robot.lookup("#crt-reset").queryButton().fire();
            return null;
        });
        assertEquals(retroshield.ui.crt.CrtSettings.defaults(), app.model().settings().crt(), "reset");
        fx(() -> {
            profile.setValue(EffectsPane.USER_PROFILE);
            return null;
        });
        assertEquals(0.9, app.model().settings().crt().noise().strength(), 1e-9, "my profile back");
    }
}
