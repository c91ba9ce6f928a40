package retroshield.terminal;

/**
 * Splits a byte stream into printable characters, control characters and escape sequences,
 * after the state machine of DEC's VT100-family terminals.
 *
 * <pre>
 *  GROUND ──ESC──> ESCAPE ──'['──> CSI_PARAM ──0x20-0x2F──> CSI_INTERMEDIATE
 *                    │  │                  │  └──0x40-0x7E: csiDispatch──> GROUND
 *                    │  │                  └──bad byte──> CSI_IGNORE ──0x40-0x7E──> GROUND
 *                    │  ├──0x20-0x2F──> ESCAPE_INTERMEDIATE ──0x30-0x7E: escDispatch──> GROUND
 *                    │  └──0x30-0x7E: escDispatch──> GROUND
 *                    └──']' 'P' 'X' '^' '_'──> STRING (OSC, DCS, SOS, PM, APC: swallowed until
 *                                               BEL, or ESC which starts a new sequence: ESC \)
 * </pre>
 *
 * <ul>
 *   <li>C0 controls (0x00-0x1F) are executed in every state except STRING, as on a VT100;
 *       ESC restarts a sequence; CAN (0x18) and SUB (0x1A) cancel one.</li>
 *   <li>DEL (0x7F) is ignored everywhere. C1 controls (0x80-0x9F) are ignored; 0xA0-0xFF are
 *       printed as Latin-1 characters.</li>
 *   <li>CSI parameters: up to {@value #MAX_PARAMS} decimal numbers separated by ';' (or ':'),
 *       each capped at {@value #MAX_PARAM_VALUE}; an empty parameter is 0 (the default).
 *       A private marker ('&lt;' '=' '&gt;' '?') is allowed only before the first digit.</li>
 * </ul>
 * Nothing of an unknown or malformed sequence reaches the screen.
 */
final class EscapeParser {

    static final int MAX_PARAMS = 16;
    static final int MAX_PARAM_VALUE = 65535;

    static final int ESC = 0x1B;
    static final int CAN = 0x18;
    static final int SUB = 0x1A;
    static final int BEL = 0x07;
    static final int DEL = 0x7F;

    /** Receives what the parser recognises. */
    interface Listener {
        void print(int codepoint);

        void execute(int control);

        /** ESC [intermediate] final; intermediate is 0 when there was none. */
        void escDispatch(int intermediate, int finalByte);

        /**
         * ESC [ [marker] params [intermediate] final. The params array is reused: read it
         * during the call only. marker and intermediate are 0 when absent.
         */
        void csiDispatch(int marker, int[] params, int count, int intermediate, int finalByte);
    }

    private enum State { GROUND, ESCAPE, ESCAPE_INTERMEDIATE, CSI_PARAM, CSI_INTERMEDIATE, CSI_IGNORE, STRING }

    private final Listener listener;
    private final int[] params = new int[MAX_PARAMS];
    private State state = State.GROUND;
    private int paramCount;
    private boolean sawParamByte;
    private int marker;
    private int intermediate;

    EscapeParser(Listener listener) {
        this.listener = listener;
    }

    /** True when no sequence is in progress. */
    boolean isGround() {
        return state == State.GROUND;
    }

    void reset() {
        state = State.GROUND;
    }

    /** Feeds one byte (0..255; higher bits are ignored). */
    void accept(int value) {
        int b = value & 0xFF;
        if (state == State.GROUND) {
            if (b >= 0x20 && b < DEL) {
                listener.print(b);
            } else {
                ground(b);
            }
            return;
        }
        if (state == State.STRING) {
            string(b);
            return;
        }
        if (b < 0x20) {
            control(b);
            return;
        }
        if (b == DEL) {
            return;
        }
        if (b >= 0x80) {
            // An 8-bit byte inside a 7-bit sequence: drop the sequence and the byte.
            state = State.GROUND;
            return;
        }
        switch (state) {
            case ESCAPE -> escape(b);
            case ESCAPE_INTERMEDIATE -> escapeIntermediate(b);
            case CSI_PARAM -> csiParam(b);
            case CSI_INTERMEDIATE -> csiIntermediate(b);
            case CSI_IGNORE -> {
                if (b >= 0x40) {
                    state = State.GROUND;
                }
            }
            default -> state = State.GROUND;
        }
    }

    private void ground(int b) {
        if (b < 0x20) {
            control(b);
        } else if (b >= 0xA0) {
            listener.print(b);           // Latin-1
        }
        // DEL and C1 (0x80-0x9F): ignored
    }

    /** C0 control inside or outside a sequence. */
    private void control(int b) {
        if (b == ESC) {
            enterEscape();
        } else if (b == CAN || b == SUB) {
            state = State.GROUND;
        } else {
            listener.execute(b);
        }
    }

    private void enterEscape() {
        state = State.ESCAPE;
        intermediate = 0;
    }

    private void escape(int b) {
        if (b < 0x30) {
            intermediate = b;
            state = State.ESCAPE_INTERMEDIATE;
            return;
        }
        switch (b) {
            case '[' -> {
                state = State.CSI_PARAM;
                paramCount = 0;
                sawParamByte = false;
                params[0] = 0;
                marker = 0;
                intermediate = 0;
            }
            case ']', 'P', 'X', '^', '_' -> state = State.STRING;
            default -> {
                state = State.GROUND;
                listener.escDispatch(0, b);
            }
        }
    }

    private void escapeIntermediate(int b) {
        if (b < 0x30) {
            intermediate = b;    // keep the last one; sequences with several are all ignored
            return;
        }
        state = State.GROUND;
        listener.escDispatch(intermediate, b);
    }

    private void csiParam(int b) {
        if (b >= '0' && b <= '9') {
            if (!sawParamByte) {
                sawParamByte = true;
                paramCount = 1;
                params[0] = 0;
            }
            int i = paramCount - 1;
            params[i] = Math.min(MAX_PARAM_VALUE, params[i] * 10 + (b - '0'));
        } else if (b == ';' || b == ':') {
            if (!sawParamByte) {
                sawParamByte = true;
                paramCount = 1;
                params[0] = 0;
            }
            if (paramCount < MAX_PARAMS) {
                params[paramCount++] = 0;
            }
        } else if (b >= '<' && b <= '?') {
            if (sawParamByte || marker != 0) {
                state = State.CSI_IGNORE;
            } else {
                marker = b;
            }
        } else if (b < 0x30) {
            intermediate = b;
            state = State.CSI_INTERMEDIATE;
        } else {
            dispatchCsi(b);
        }
    }

    private void csiIntermediate(int b) {
        if (b < 0x30) {
            intermediate = b;
        } else if (b < 0x40) {
            state = State.CSI_IGNORE;
        } else {
            dispatchCsi(b);
        }
    }

    private void dispatchCsi(int finalByte) {
        state = State.GROUND;
        listener.csiDispatch(marker, params, paramCount, intermediate, finalByte);
    }

    private void string(int b) {
        if (b == BEL || b == CAN || b == SUB || b == 0x9C) {
            state = State.GROUND;
        } else if (b == ESC) {
            enterEscape();       // ESC \ (ST) ends the string; ESC \ itself is then ignored
        }
    }
}
