package retroshield.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import retroshield.ui.crt.CrtView;
import retroshield.ui.crt.FxTestSupport;

/**
 * The real window with its pictures composed on their own thread (the app's choice on four or
 * more cores; forced here): the banner and the echo of typed keys reach the screen.
 */
class ThreadedCompositionAppTest extends RunningAppTest {

    @BeforeAll
    static void composeOnItsOwnThread() {
        System.setProperty(CrtView.COMPOSE_THREAD_PROPERTY, "true");
    }

    @AfterAll
    static void back() {
        System.clearProperty(CrtView.COMPOSE_THREAD_PROPERTY);
    }

    @Test
    void typedKeysShowOnAScreenComposedOnItsOwnThread() throws Exception {
        assertTrue(FxTestSupport.onFx(() -> app.window().terminal().crt().composesOnItsOwnThread()));
        waitFor("the banner", () -> call(() -> screen().contains("READY")));
        FxTestSupport.onFx(() -> {
            app.window().focusTerminal();
            return null;
        });
        robot.write("own thread");
        robot.type(KeyCode.ENTER);
        waitFor("the echo", () -> call(() -> screen().contains("own thread")));
    }
}
