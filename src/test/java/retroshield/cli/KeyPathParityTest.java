package retroshield.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import retroshield.devices.BackspaceCode;
import retroshield.devices.InputOptions;
import retroshield.devices.LineEnding;
import retroshield.terminal.KeyEncoder;
import retroshield.ui.TerminalKeys;

/**
 * The app's key path (JavaFX key events and pastes through {@link KeyEncoder}) and the command
 * line's text path ({@code run}'s {@link InputFeeder}) give the same bytes for every Enter,
 * Backspace and upper-case setting a ROM's metadata can choose.
 */
class KeyPathParityTest {

    static java.util.stream.Stream<Arguments> settings() {
        java.util.List<Arguments> all = new java.util.ArrayList<>();
        for (LineEnding enter : LineEnding.values()) {
            for (BackspaceCode backspace : BackspaceCode.values()) {
                for (boolean upper : new boolean[] {false, true}) {
                    all.add(Arguments.of(new InputOptions(upper, enter, backspace)));
                }
            }
        }
        return all.stream();
    }

    private static KeyEvent pressed(KeyCode code) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
    }

    private static KeyEvent typed(String ch) {
        return new KeyEvent(KeyEvent.KEY_TYPED, ch, "", KeyCode.UNDEFINED, false, false, false, false);
    }

    private static byte[] cli(String typed, InputOptions options) {
        InputFeeder feeder = InputFeeder.ofBytes(typed.getBytes(StandardCharsets.ISO_8859_1), options);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk;
        while ((chunk = feeder.poll()) != null) {
            out.writeBytes(chunk);
        }
        return out.toByteArray();
    }

    private static byte[] expected(String text, InputOptions o) {
        String enter = new String(o.enter().bytes(), StandardCharsets.ISO_8859_1);
        String s = o.upperCase() ? text.toUpperCase(java.util.Locale.ROOT) : text;
        s = s.replace("\n", enter).replace('\b', (char) o.backspace().code());
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest
    @MethodSource("settings")
    void typingALineWithACorrectionGivesTheSameBytes(InputOptions options) {
        KeyEncoder keys = new KeyEncoder(options);
        ByteArrayOutputStream app = new ByteArrayOutputStream();
        for (char c : "prinx".toCharArray()) {
            app.writeBytes(TerminalKeys.typed(typed(String.valueOf(c)), keys));
        }
        app.writeBytes(TerminalKeys.pressed(pressed(KeyCode.BACK_SPACE), keys));
        app.writeBytes(TerminalKeys.typed(typed("t"), keys));
        app.writeBytes(TerminalKeys.pressed(pressed(KeyCode.ENTER), keys));

        byte[] want = expected("prinx\bt\n", options);
        assertArrayEquals(want, app.toByteArray(), "app keys");
        // A raw-mode console sends CR for Enter and BS or DEL for Backspace; a pipe sends LF.
        assertArrayEquals(want, cli("prinx\bt\r", options), "command line, BS and CR");
        assertArrayEquals(want, cli("prinx\u007ft\n", options), "command line, DEL and LF");
    }

    @ParameterizedTest
    @MethodSource("settings")
    void pastedTextGivesTheSameBytesAsPipedText(InputOptions options) {
        String text = "10 print \"hi\"\r\n20 goto 10\nrun\rx\u007fy\b\u00e9\u20ac\uD83D\uDE00z\n";
        byte[] app = new KeyEncoder(options).encodeText(text);
        // The same text as a Latin-1 pipe: the euro sign and the emoji arrive as one '?' each.
        String piped = "10 print \"hi\"\r\n20 goto 10\nrun\rx\u007fy\b\u00e9??z\n";
        assertArrayEquals(cli(piped, options), app);
        byte[] bs = {(byte) options.backspace().code()};
        String enter = new String(options.enter().bytes(), StandardCharsets.ISO_8859_1);
        String b = new String(bs, StandardCharsets.ISO_8859_1);
        String body = "10 print \"hi\"" + enter + "20 goto 10" + enter + "run" + enter + "x" + b + "y" + b;
        if (options.upperCase()) {
            body = body.toUpperCase(java.util.Locale.ROOT);
        }
        String want = body + "\u00e9??" + (options.upperCase() ? "Z" : "z") + enter;
        assertArrayEquals(want.getBytes(StandardCharsets.ISO_8859_1), app);
    }
}
