package retroshield.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import retroshield.devices.SerialAutoDetect;
import retroshield.devices.SerialHost;
import retroshield.machine.ClockSpeed;
import retroshield.machine.Machine;
import retroshield.machine.Pacer;
import retroshield.machine.RunPolicy;

/**
 * The emulator loop of {@code run}: feeds input, runs paced slices, copies output to standard
 * output, and decides when to stop and with which exit code.
 */
final class ConsoleRun {

    static final int EXIT_OK = 0;
    static final int EXIT_BAD_INPUT = 1;
    static final int EXIT_TIMEOUT = 2;
    static final int EXIT_HALTED = 3;

    /** Input bytes handed to the serial host ahead of the ROM; more waits in the feeder (back-pressure). */
    static final int MAX_PENDING_INPUT = 64 * 1024;

    /**
     * What ends the run besides halting.
     *
     * @param until        text whose appearance ends the run with 0 (null: none)
     * @param cycles       T-states after which the run ends with 0 (0: no limit)
     * @param timeoutNanos wall time after which the run ends with 2 (0: none)
     * @param quietSeconds after the input is used up, emulated seconds without output that end
     *                     the run with 0 (negative: never; used only without until/cycles)
     */
    record Limits(String until, long cycles, long timeoutNanos, double quietSeconds) {
    }

    private final Machine machine;
    private final RunPolicy policy;
    private final ClockSpeed speed;
    private final InputFeeder input;
    private final OutputStream out;
    private final PrintStream err;
    private final SessionLog log;
    private final Limits limits;
    private final StringBuilder untilWindow = new StringBuilder();
    private boolean outputPending;
    private boolean untilFound;
    private IOException outputFailure;
    private IOException logFailure;
    private boolean failureReported;

    /** A write failure (standard output or log) was reported already. */
    boolean failureReported() {
        return failureReported;
    }
    private boolean rawTerminal;
    private boolean chipNoticeGiven;
    private long ranCycles;
    private long ranNanos;
    private ExpectScript script;
    private retroshield.devices.InputOptions scriptKeys;
    private boolean scriptDone;
    private int lastOutput = '\n';

    ConsoleRun(Machine machine, ClockSpeed speed, InputFeeder input, OutputStream out,
               PrintStream err, SessionLog log, Limits limits) {
        this.machine = machine;
        this.policy = new RunPolicy(machine);
        this.speed = speed;
        this.input = input;
        this.out = out;
        this.err = err;
        this.log = log;
        this.limits = limits;
        machine.serialHost().addOutputListener(this::onOutput);
    }

    private void onOutput(int b) {
        lastOutput = b;
        if (outputFailure == null) {
            try {
                out.write(b);
            } catch (IOException e) {
                outputFailure = e;
                machine.cpu().requestStop();
            }
        }
        outputPending = true;
        if (log != null && logFailure == null) {
            // The newest delivered byte may still sit unread in the chip: count it as pending,
            // so an echo is not preceded by the next typed line.
            try {
                log.stillPending(machine.serialHost().pendingInput() + 1);
                log.output(b);
            } catch (UncheckedIOException e) {
                logFailure = e.getCause();
                machine.cpu().requestStop();
            }
        }
        if (script != null && script.output(b)) {
            if (script.finished() && script.endsWithExpect()) {
                scriptDone = true;
            }
            machine.cpu().requestStop();          // type the next steps at once
        }
        if (limits.until() != null && !untilFound) {
            untilWindow.append((char) (b & 0xFF));
            if (untilWindow.length() >= limits.until().length()) {
                if (untilWindow.indexOf(limits.until()) >= 0) {
                    untilFound = true;
                    machine.cpu().requestStop();
                } else if (untilWindow.length() > 4 * limits.until().length() + 256) {
                    untilWindow.delete(0, untilWindow.length() - limits.until().length());
                }
            }
        }
    }

    /** Drives the run with an expect-style script, its text typed through {@code keys}. */
    void setScript(ExpectScript script, retroshield.devices.InputOptions keys) {
        this.script = script;
        this.scriptKeys = keys;
    }

    private void feedScript(SerialHost host) {
        if (script != null) {
            script.feed(text -> {
                byte[] bytes = scriptKeys.translate(text);
                host.send(bytes);
                if (log != null) {
                    log.queued(bytes);
                }
            });
        }
    }

    /** The terminal is in raw mode: messages end with CR LF. */
    void setRawTerminal(boolean raw) {
        this.rawTerminal = raw;
    }

    /** A one-line message on standard error, starting a line of its own in raw mode. */
    private void message(String text) {
        if (rawTerminal) {
            err.print("\r\n" + text + "\r\n");
        } else {
            err.println(text);
        }
        err.flush();
    }

    /** For a bare image: says once which chip the firmware's first access chose. */
    private void noticeChipChoice() {
        if (!chipNoticeGiven && machine.serialDevice() instanceof SerialAutoDetect auto) {
            auto.choiceReason().ifPresent(reason -> {
                chipNoticeGiven = true;
                message("run: note: " + reason);
            });
        }
    }

    /**
     * The awaited text was seen: ends the output's last line, so what follows (the shell's
     * prompt) starts a line of its own.
     */
    private void endLine() throws IOException {
        if (lastOutput != '\n') {
            out.write(rawTerminal ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
            out.flush();
            lastOutput = '\n';
        }
    }

    static boolean isClosedPipe(IOException e) {
        String m = e.getMessage();
        return m != null && (m.contains("Broken pipe") || m.contains("pipe is being closed")
                || m.contains("pipe has been ended"));
    }

    private static String reason(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    /** Runs until a stop condition; returns the exit code. */
    int run() throws IOException {
        long startCycles = machine.cpu().cycles();
        long startNanos = System.nanoTime();
        try {
            return loop(startCycles, startNanos);
        } finally {
            ranCycles = machine.cpu().cycles() - startCycles;
            ranNanos = System.nanoTime() - startNanos;
        }
    }

    /**
     * The speed achieved over the whole run, for {@code --stats}: T-states, wall time, and
     * the average clock against the one asked for.
     */
    String speedSummary() {
        double seconds = ranNanos / 1e9;
        double mhz = seconds > 0 ? ranCycles / seconds / 1e6 : 0;
        String target = speed.unlimited() ? "unlimited" : formatHz(speed.hz());
        String ratio = speed.unlimited() || seconds <= 0 ? ""
                : String.format(" (%.0f%% of the target)", 100.0 * ranCycles / seconds / speed.hz());
        return String.format("%,d T-states in %.2f s: %s achieved, target %s%s",
                ranCycles, seconds, formatHz(mhz * 1e6), target, ratio);
    }

    private static String formatHz(double hz) {
        if (hz >= 1e6) {
            return String.format("%.2f MHz", hz / 1e6);
        }
        return String.format("%.1f kHz", hz / 1e3);
    }

    private int loop(long startCycles, long startNanos) throws IOException {
        SerialHost host = machine.serialHost();
        Pacer pacer = new Pacer(speed);
        long lastActivity = startCycles;
        long quietCycles = (long) (limits.quietSeconds() * speed.nominalHz());
        boolean quietExit = limits.quietSeconds() >= 0 && limits.until() == null && limits.cycles() == 0;
        pacer.start(startCycles);
        while (true) {
            feedScript(host);
            byte[] chunk;
            while (host.pendingInput() < MAX_PENDING_INPUT && (chunk = input.poll()) != null) {
                host.send(chunk);
                if (log != null) {
                    log.queued(chunk);
                }
                lastActivity = machine.cpu().cycles();
            }
            long budget = pacer.sliceCycles();
            if (limits.cycles() > 0) {
                budget = Math.min(budget, startCycles + limits.cycles() - machine.cpu().cycles());
            }
            if (budget > 0) {
                machine.runSlice(budget);
            }
            long now = machine.cpu().cycles();
            noticeChipChoice();
            int pending = host.pendingInput();
            if (log != null) {
                log.stillPending(pending);
            }
            if (outputPending) {
                outputPending = false;
                lastActivity = now;
                try {
                    out.flush();
                } catch (IOException e) {
                    outputFailure = outputFailure == null ? e : outputFailure;
                }
            }
            if (outputFailure instanceof TimedOutput.Blocked) {
                message(String.format("run: timeout after %.1f s: %s", limits.timeoutNanos() / 1e9,
                        outputFailure.getMessage()));
                failureReported = true;
                return EXIT_TIMEOUT;
            }
            if (outputFailure != null) {
                if (isClosedPipe(outputFailure)) {
                    return EXIT_OK;                 // the reader went away (| head): not an error
                }
                message("run: cannot write standard output: " + reason(outputFailure));
                failureReported = true;
                return EXIT_BAD_INPUT;
            }
            if (logFailure != null) {
                message("run: --log " + log.file() + ": cannot write: " + reason(logFailure));
                failureReported = true;
                return EXIT_BAD_INPUT;
            }
            if (untilFound || (scriptDone && limits.until() == null)) {
                endLine();
                return EXIT_OK;
            }
            if (limits.cycles() > 0 && now - startCycles >= limits.cycles()) {
                return EXIT_OK;
            }
            RunPolicy.Halt halt = policy.halt();
            if (halt == RunPolicy.Halt.FOREVER) {
                message("run: the CPU " + policy.haltReason());
                return EXIT_HALTED;
            }
            if (halt == RunPolicy.Halt.UNWIRED) {
                message("run: the CPU " + policy.haltReason()
                        + " (metadata interruptDriven false, or --no-interrupts): nothing can wake it");
                return EXIT_HALTED;
            }
            if (input.quitRequested()) {
                return EXIT_OK;
            }
            if (limits.timeoutNanos() > 0 && System.nanoTime() - startNanos >= limits.timeoutNanos()) {
                ExpectScript.Step waiting = script == null ? null : script.awaiting();
                message(String.format("run: timeout after %.1f s%s", limits.timeoutNanos() / 1e9,
                        waiting != null ? " waiting for \"" + waiting.text() + "\" (" + waiting.origin() + ")"
                                : limits.until() == null ? "" : " without seeing the --until text"));
                return EXIT_TIMEOUT;
            }
            if (pending > 0) {
                lastActivity = now;
            }
            if (quietExit && input.exhausted() && (script == null || script.finished())
                    && pending == 0 && now - lastActivity >= quietCycles) {
                return EXIT_OK;
            }
            policy.restIfIdle(speed);                        // waiting for input: rest the core
            pacer.paceTo(now);
        }
    }
}
