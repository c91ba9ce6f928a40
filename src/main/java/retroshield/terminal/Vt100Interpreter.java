package retroshield.terminal;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Gives meaning to what the {@link EscapeParser} recognises, acting on a {@link ScreenBuffer}.
 *
 * <table>
 *   <caption>Supported controls and sequences (n defaults to 1, positions are 1-based)</caption>
 *   <tr><td>BEL 07</td><td>counts a bell (visual bell in the view)</td></tr>
 *   <tr><td>BS 08</td><td>cursor left, non-destructive</td></tr>
 *   <tr><td>HT 09</td><td>next multiple of 8 columns</td></tr>
 *   <tr><td>LF 0A, VT 0B</td><td>line feed (plus CR when lfImpliesCr)</td></tr>
 *   <tr><td>FF 0C</td><td>clear screen, cursor home</td></tr>
 *   <tr><td>CR 0D</td><td>column 0</td></tr>
 *   <tr><td>ESC 7 / ESC 8</td><td>save / restore cursor and attributes</td></tr>
 *   <tr><td>ESC D / E / M</td><td>index, next line, reverse index</td></tr>
 *   <tr><td>ESC c</td><td>full reset (history kept)</td></tr>
 *   <tr><td>CSI n A B C D</td><td>cursor up, down, forward, back</td></tr>
 *   <tr><td>CSI n E F, CSI n G, CSI n d</td><td>next/previous line, column, row</td></tr>
 *   <tr><td>CSI r;c H, CSI r;c f</td><td>cursor position</td></tr>
 *   <tr><td>CSI n J, CSI n K</td><td>erase in display / line (0, 1, 2)</td></tr>
 *   <tr><td>CSI n @ P X L M</td><td>insert / delete / erase chars, insert / delete lines</td></tr>
 *   <tr><td>CSI t;b r</td><td>scrolling region</td></tr>
 *   <tr><td>CSI s / CSI u</td><td>save / restore cursor</td></tr>
 *   <tr><td>CSI ... m</td><td>SGR 0 1 4 5 7 22 24 25 27 (colours ignored)</td></tr>
 *   <tr><td>CSI ? 25 h/l, CSI ? 7 h/l</td><td>cursor show/hide, auto-wrap on/off</td></tr>
 *   <tr><td>CSI 5 n, CSI 6 n, CSI c</td><td>status, cursor position and device attribute
 *       reports, sent through the responder when one is set</td></tr>
 * </table>
 * Everything else is ignored.
 */
final class Vt100Interpreter implements EscapeParser.Listener {

    /** Reply to CSI c: "VT100 with no options". */
    private static final String DEVICE_ATTRIBUTES = "\u001b[?1;0c";
    /** Reply to CSI 5 n: "terminal OK". */
    private static final String STATUS_OK = "\u001b[0n";

    private final ScreenBuffer screen;
    private final boolean lfImpliesCr;
    private long bellCount;
    private Consumer<byte[]> responder = bytes -> { };

    Vt100Interpreter(ScreenBuffer screen, TerminalOptions options) {
        this.screen = screen;
        this.lfImpliesCr = options.lfImpliesCr();
    }

    /** Where replies to status requests go (normally back to the ROM's serial input). */
    void setResponder(Consumer<byte[]> responder) {
        this.responder = responder;
    }

    long bellCount() {
        return bellCount;
    }

    @Override
    public void print(int codepoint) {
        screen.print(codepoint);
    }

    @Override
    public void execute(int control) {
        switch (control) {
            case 0x07 -> {                                // BEL
                bellCount++;
                screen.touch();
            }
            case 0x08 -> screen.backspace();              // BS
            case 0x09 -> screen.tab();                    // HT
            case 0x0A, 0x0B -> lineFeed();                // LF, VT
            case 0x0C -> {                                // FF
                screen.eraseInDisplay(2);
                screen.moveTo(0, 0);
            }
            case 0x0D -> screen.carriageReturn();         // CR
            default -> { }                                // NUL, SO, SI, XON, ...: ignored
        }
    }

    private void lineFeed() {
        screen.index();
        if (lfImpliesCr) {
            screen.carriageReturn();
        }
    }

    @Override
    public void escDispatch(int intermediate, int finalByte) {
        if (intermediate != 0) {
            return;                                       // ESC ( B, ESC # 8, ...: ignored
        }
        switch (finalByte) {
            case '7' -> screen.saveCursor();              // DECSC
            case '8' -> screen.restoreCursor();           // DECRC
            case 'D' -> screen.index();                   // IND
            case 'E' -> {                                 // NEL
                screen.index();
                screen.carriageReturn();
            }
            case 'M' -> screen.reverseIndex();            // RI
            case 'c' -> screen.reset();                   // RIS (the bell count stays monotonic)
            default -> { }
        }
    }

    @Override
    public void csiDispatch(int marker, int[] params, int count, int intermediate, int finalByte) {
        if (intermediate != 0) {
            return;
        }
        if (marker == '?') {
            privateMode(params, count, finalByte);
            return;
        }
        if (marker != 0) {
            return;
        }
        int n = count > 0 && params[0] > 0 ? params[0] : 1;
        switch (finalByte) {
            case 'A' -> screen.cursorUp(n);                                       // CUU
            case 'B' -> screen.cursorDown(n);                                     // CUD
            case 'C' -> screen.cursorForward(n);                                  // CUF
            case 'D' -> screen.cursorBack(n);                                     // CUB
            case 'E' -> screen.moveTo(screen.cursorRow() + n, 0);                 // CNL
            case 'F' -> screen.moveTo(screen.cursorRow() - n, 0);                 // CPL
            case 'G' -> screen.moveTo(screen.cursorRow(), n - 1);                 // CHA
            case 'd' -> screen.moveTo(n - 1, screen.cursorColumn());              // VPA
            case 'H', 'f' -> screen.moveTo(n - 1, param(params, count, 1) - 1);   // CUP, HVP
            case 'J' -> screen.eraseInDisplay(count > 0 ? params[0] : 0);         // ED
            case 'K' -> screen.eraseInLine(count > 0 ? params[0] : 0);            // EL
            case '@' -> screen.insertCharacters(n);                               // ICH
            case 'P' -> screen.deleteCharacters(n);                               // DCH
            case 'X' -> screen.eraseCharacters(n);                                // ECH
            case 'L' -> screen.insertLines(n);                                    // IL
            case 'M' -> screen.deleteLines(n);                                    // DL
            case 'r' -> screen.setMargins(n - 1,                                  // DECSTBM
                    (count > 1 && params[1] > 0 ? params[1] : screen.rows()) - 1);
            case 's' -> screen.saveCursor();                                      // SCOSC
            case 'u' -> screen.restoreCursor();                                   // SCORC
            case 'm' -> selectGraphicRendition(params, count);                    // SGR
            case 'n' -> deviceStatusReport(count > 0 ? params[0] : 0);            // DSR
            case 'c' -> {                                                         // DA
                if (count == 0 || params[0] == 0) {
                    reply(DEVICE_ATTRIBUTES);
                }
            }
            default -> { }
        }
    }

    /** The i-th parameter, or 1 when absent or 0. */
    private static int param(int[] params, int count, int i) {
        return i < count && params[i] > 0 ? params[i] : 1;
    }

    private void deviceStatusReport(int request) {
        if (request == 5) {
            reply(STATUS_OK);
        } else if (request == 6) {                        // CPR: ESC [ row ; column R
            reply("\u001b[" + (screen.cursorRow() + 1) + ";" + (screen.cursorColumn() + 1) + "R");
        }
    }

    private void reply(String text) {
        responder.accept(text.getBytes(StandardCharsets.US_ASCII));
    }

    private void privateMode(int[] params, int count, int finalByte) {
        if (finalByte != 'h' && finalByte != 'l') {
            return;
        }
        boolean set = finalByte == 'h';
        for (int i = 0; i < count; i++) {
            switch (params[i]) {
                case 25 -> screen.setCursorVisible(set);  // DECTCEM
                case 7 -> screen.setAutoWrap(set);        // DECAWM
                default -> { }                            // ?1049 (alternate screen) etc.
            }
        }
    }

    private void selectGraphicRendition(int[] params, int count) {
        int attributes = screen.attributes();
        if (count == 0) {
            attributes = 0;
        }
        for (int i = 0; i < count; i++) {
            switch (params[i]) {
                case 0 -> attributes = 0;
                case 1 -> attributes |= TerminalFrame.BOLD;
                case 4 -> attributes |= TerminalFrame.UNDERLINE;
                case 5 -> attributes |= TerminalFrame.BLINK;
                case 7 -> attributes |= TerminalFrame.REVERSE;
                case 22 -> attributes &= ~TerminalFrame.BOLD;
                case 24 -> attributes &= ~TerminalFrame.UNDERLINE;
                case 25 -> attributes &= ~TerminalFrame.BLINK;
                case 27 -> attributes &= ~TerminalFrame.REVERSE;
                case 38, 48 -> {                          // extended colour: skip its arguments
                    if (i + 1 < count && params[i + 1] == 5) {
                        i += 2;
                    } else if (i + 1 < count && params[i + 1] == 2) {
                        i += 4;
                    }
                }
                default -> { }                            // colours and the rest: ignored
            }
        }
        screen.setAttributes((byte) attributes);
    }
}
