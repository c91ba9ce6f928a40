package retroshield.ui;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import retroshield.machine.MachineStatus;
import retroshield.ui.crt.FxTestSupport;

/** The app: F12 opens the debugger on the running ROM, pausing it; a step moves PC. */
class DebuggerWindowTest extends RunningAppTest {

    private String field(String id) {
        try {
            return FxTestSupport.onFx(() -> {
                Object n = robot.lookup(id).query();
                return n == null ? "" : n instanceof Label l ? l.getText() : ((TextField) n).getText();
            });
        } catch (Exception e) {
            return "";
        }
    }

    @Test
    void f12OpensTheDebuggerPausedAndAStepMovesPc() throws Exception {
        waitFor("the ROM running", () -> app.model().sessionProperty().get() != null
                && app.model().sessionProperty().get().status().state() == MachineStatus.State.RUNNING);
        FxTestSupport.onFx(() -> {
            app.window().terminal().requestFocus();
            return null;
        });
        robot.type(KeyCode.F12);
        waitFor("the debugger window, paused", () -> field("#dbg-message").startsWith("paused"));
        assertTrue(app.model().sessionProperty().get().status().state() != MachineStatus.State.RUNNING);
        String pc = field("#dbg-reg-PC");
        robot.clickOn("#dbg-into");
        waitFor("PC moved", () -> !field("#dbg-reg-PC").equals(pc) || field("#dbg-message").startsWith("step"));
        assertTrue(field("#dbg-message").startsWith("step"), field("#dbg-message"));
        assertNotEquals("", field("#dbg-reg-SP"));
    }
}
