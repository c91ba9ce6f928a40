package retroshield.devices;

import java.nio.charset.StandardCharsets;

/**
 * The state of {@link InputPacing}: decides, on the emulator thread, whether the next queued
 * byte may go to the chip now. {@link SerialHost} asks {@link #mayDeliver(long)} before each
 * delivery, reports each delivery ({@link #delivered}) and each byte the firmware sends
 * ({@link #output}). Times are the machine's cycle counter.
 */
final class InputPacer {

    private enum Wait { NOTHING, ECHO, LINE_END }

    private volatile InputPacing pacing = InputPacing.DEFAULT;
    private volatile long cpuHz = 4_000_000;

    /** In line mode nothing is sent before the ROM's first prompt (or the first quiet line end). */
    private Wait wait = Wait.LINE_END;
    private long waitStart;
    private boolean outputSeen;
    private int awaited = -1;
    private boolean lineEndEchoed;
    private long lastOutput;
    private byte[] prompt = new byte[0];
    private int promptMatched;
    private boolean promptSeen;
    private long timeouts;

    void configure(InputPacing newPacing, long hz) {
        this.pacing = newPacing;
        if (wait == Wait.LINE_END) {
            prompt = promptBytes(newPacing);
            promptMatched = 0;
        }
        if (hz > 0) {
            this.cpuHz = hz;
        }
    }

    InputPacing pacing() {
        return pacing;
    }

    /** Whether the firmware's flow control (RTS) is to be honoured. */
    boolean honoursFlowControl() {
        return pacing.mode() != InputPacing.Mode.NONE;
    }

    /** Waits that ended by the timeout rather than by an echo or a prompt. */
    long timeouts() {
        return timeouts;
    }

    /** True when nothing holds the next byte back; ends a wait whose condition is met. */
    boolean mayDeliver(long now) {
        if (wait == Wait.NOTHING) {
            return true;
        }
        InputPacing p = pacing;
        long timeout = p.timeoutMillis() * cpuHz / 1000;
        boolean elapsed = now < waitStart || now - waitStart >= timeout;
        boolean done = switch (wait) {
            case ECHO -> outputSeen || p.mode() != InputPacing.Mode.ECHO;  // the echo of the byte
            case LINE_END -> p.mode() != InputPacing.Mode.LINE || promptSeen
                    || (lineEndEchoed && now - lastOutput >= Math.max(1, timeout / 10));
            case NOTHING -> true;
        };
        if (!done && elapsed) {
            timeouts++;
            done = true;
        }
        if (done) {
            wait = Wait.NOTHING;
        }
        return done;
    }

    /**
     * Byte {@code b} went to the chip at {@code now}; {@code next} is the byte queued after it
     * (-1: none), so that the LF of a CR LF line end does not wait for its own echo.
     */
    void delivered(int b, int next, long now) {
        InputPacing p = pacing;
        boolean lineEnd = b == '\n' || (b == '\r' && next != '\n');
        switch (p.mode()) {
            case ECHO -> {
                if (b == '\r' && next == '\n') {
                    return;
                }
                startWait(Wait.ECHO, now);
                awaited = b;
            }
            case LINE -> {
                if (lineEnd) {
                    prompt = promptBytes(p);
                    promptMatched = 0;
                    promptSeen = false;
                    lineEndEchoed = false;
                    startWait(Wait.LINE_END, now);
                }
            }
            default -> {
            }
        }
    }

    private static byte[] promptBytes(InputPacing p) {
        return p.prompt() == null ? new byte[0] : p.prompt().getBytes(StandardCharsets.ISO_8859_1);
    }

    private void startWait(Wait w, long now) {
        wait = w;
        waitStart = now;
        outputSeen = false;
        awaited = -1;
    }

    /**
     * Whether output byte {@code out} echoes typed byte {@code typed}: the same byte, the same
     * letter in the other case, CR or LF for a line end, BS or DEL for a rubout.
     */
    static boolean isEchoOf(int out, int typed) {
        if (out == typed) {
            return true;
        }
        if (Character.isLetter(out) && Character.toUpperCase(out) == Character.toUpperCase(typed)) {
            return true;
        }
        boolean outLineEnd = out == '\r' || out == '\n';
        boolean typedLineEnd = typed == '\r' || typed == '\n';
        boolean outRubout = out == 8 || out == 0x7F;
        boolean typedRubout = typed == 8 || typed == 0x7F;
        return (outLineEnd && typedLineEnd) || (outRubout && typedRubout);
    }

    /** The firmware sent {@code b} at about {@code now}. */
    void output(int b, long now) {
        if (wait == Wait.ECHO && isEchoOf(b, awaited)) {
            outputSeen = true;
        }
        lastOutput = now;
        if (wait != Wait.LINE_END) {
            return;
        }
        if (b == '\r' || b == '\n') {
            lineEndEchoed = true;
        }
        if (prompt.length > 0 && !promptSeen) {
            promptMatched = advance(promptMatched, (byte) b);
            if (promptMatched == prompt.length) {
                promptSeen = true;
            }
        }
    }

    /** Prompt matching that restarts correctly after a partial match (naive, prompts are short). */
    private int advance(int matched, byte b) {
        int m = matched;
        while (true) {
            if (prompt[m] == b) {
                return m + 1;
            }
            if (m == 0) {
                return 0;
            }
            // the longest proper suffix of prompt[0..m) that is a prefix of the prompt
            int k = m - 1;
            while (k > 0 && !regionMatches(m - k, k)) {
                k--;
            }
            m = k;
        }
    }

    private boolean regionMatches(int from, int length) {
        for (int i = 0; i < length; i++) {
            if (prompt[from + i] != prompt[i]) {
                return false;
            }
        }
        return true;
    }

    /** Forgets any wait (input cleared). */
    void reset() {
        wait = Wait.NOTHING;
    }

    /** The machine was reset: in line mode, wait for the ROM's first prompt again. */
    void machineReset(long now) {
        prompt = promptBytes(pacing);
        promptMatched = 0;
        promptSeen = false;
        lineEndEchoed = false;
        startWait(Wait.LINE_END, now);
    }

    InputPacerState saveState() {
        return new InputPacerState(wait.ordinal(), waitStart, outputSeen, awaited, lineEndEchoed, lastOutput, prompt,
                promptMatched, promptSeen, timeouts);
    }

    void restoreState(InputPacerState s) {
        wait = Wait.values()[s.waitingFor()];
        waitStart = s.waitStart();
        outputSeen = s.outputSeen();
        awaited = s.awaited();
        lineEndEchoed = s.lineEndEchoed();
        lastOutput = s.lastOutput();
        prompt = s.prompt();
        promptMatched = s.promptMatched();
        promptSeen = s.promptSeen();
        timeouts = s.timeouts();
    }
}
