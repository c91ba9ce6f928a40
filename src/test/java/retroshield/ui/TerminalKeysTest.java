package retroshield.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;
import retroshield.terminal.KeyEncoder;
import retroshield.devices.BackspaceCode;
import retroshield.devices.InputOptions;
import retroshield.devices.LineEnding;

class TerminalKeysTest {

    private final KeyEncoder crlfDel = new KeyEncoder(new InputOptions(true, LineEnding.CRLF, BackspaceCode.DEL));

    private static KeyEvent pressed(KeyCode code, boolean shift, boolean ctrl) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, ctrl, false, false);
    }

    private static KeyEvent typed(String ch, boolean ctrl) {
        return new KeyEvent(KeyEvent.KEY_TYPED, ch, "", KeyCode.UNDEFINED, false, ctrl, false, false);
    }

    @Test
    void enterAndBackspaceFollowTheRomsOptions() {
        assertArrayEquals(new byte[] {'\r', '\n'}, TerminalKeys.pressed(pressed(KeyCode.ENTER, false, false), crlfDel));
        assertArrayEquals(new byte[] {0x7F}, TerminalKeys.pressed(pressed(KeyCode.BACK_SPACE, false, false), crlfDel));
    }

    @Test
    void typedLettersAreUpperCasedWhenTheRomAsks() {
        assertArrayEquals(new byte[] {'A'}, TerminalKeys.typed(typed("a", false), crlfDel));
        assertArrayEquals(new byte[] {'a'}, TerminalKeys.typed(typed("a", false), new KeyEncoder()));
    }

    @Test
    void controlLettersAndArrowsAndEscape() {
        assertArrayEquals(new byte[] {3}, TerminalKeys.pressed(pressed(KeyCode.C, false, true), crlfDel));
        assertArrayEquals(new byte[] {0x1B, '[', 'A'}, TerminalKeys.pressed(pressed(KeyCode.UP, false, false), crlfDel));
        assertArrayEquals(new byte[] {0x1B, '[', 'D'}, TerminalKeys.pressed(pressed(KeyCode.LEFT, false, false), crlfDel));
        assertArrayEquals(new byte[] {0x1B}, TerminalKeys.pressed(pressed(KeyCode.ESCAPE, false, false), crlfDel));
    }

    @Test
    void shortcutsAreNotTaken() {
        assertArrayEquals(new byte[0], TerminalKeys.pressed(pressed(KeyCode.C, true, true), crlfDel), "Ctrl+Shift+C is Copy");
        assertArrayEquals(new byte[0], TerminalKeys.pressed(pressed(KeyCode.F5, false, false), crlfDel), "F5 is Run");
        assertArrayEquals(new byte[0], TerminalKeys.typed(typed("\u0003", true), crlfDel), "Ctrl chars come from KEY_PRESSED");
        assertArrayEquals(new byte[0], TerminalKeys.typed(typed("\r", false), crlfDel), "Enter comes from KEY_PRESSED");
    }
}
