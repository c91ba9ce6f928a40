package retroshield.machine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import retroshield.rom.LoadedRom;
import retroshield.rom.RomLoader;

/**
 * A machine driven from the caller's thread, unpaced, for tests and scripts: type text, run
 * until some text comes back.
 */
public final class HeadlessSession implements AutoCloseable {

    private static final long SLICE_CYCLES = 20_000;

    private final Machine machine;
    private final RunPolicy policy;
    private final StringBuilder output = new StringBuilder();
    private int expectMark;

    private HeadlessSession(Machine machine) {
        this.machine = machine;
        this.policy = new RunPolicy(machine);
        machine.serialHost().addOutputListener(b -> output.append((char) (b & 0xFF)));
    }

    /** Opens a metadata {@code .json} or a bare image and powers the machine on. */
    public static HeadlessSession open(Path romOrMetadata) throws IOException {
        return of(new Machine(new RomLoader().load(romOrMetadata)));
    }

    public static HeadlessSession open(LoadedRom rom) {
        return of(new Machine(rom));
    }

    /** A session around an existing machine (which must not be used elsewhere meanwhile). */
    public static HeadlessSession of(Machine machine) {
        return new HeadlessSession(machine);
    }

    /** Types text through the ROM's input options: "\n" or "\r" is Enter. */
    public void type(String text) {
        machine.serialHost().send(machine.metadata().input().translate(text));
    }

    /** Sends bytes without translation. */
    public void typeRaw(byte[] bytes) {
        machine.serialHost().send(bytes);
    }

    /**
     * Runs until {@code text} appears in the output produced since the previous expect.
     *
     * @return that output up to and including {@code text}
     * @throws AssertionError with the output so far when {@code maxCycles} pass without it, or
     *                        when the CPU halts with interrupts disabled
     */
    public String expect(String text, long maxCycles) {
        long start = machine.cpu().cycles();
        int found = output.indexOf(text, expectMark);
        while (found < 0) {
            long spent = machine.cpu().cycles() - start;
            if (spent >= maxCycles) {
                throw new AssertionError("expected \"" + printable(text) + "\" within " + maxCycles
                        + " T-states; output since the last match was:\n" + printable(output.substring(expectMark)));
            }
            if (policy.haltedForever()) {
                throw new AssertionError(String.format("expected \"%s\" but the CPU halted with"
                        + " interrupts disabled at $%04X; output since the last match was:%n%s",
                        printable(text), policy.haltAddress(), printable(output.substring(expectMark))));
            }
            int searchFrom = Math.max(expectMark, output.length() - text.length() + 1);
            machine.runSlice(Math.min(SLICE_CYCLES, maxCycles - spent));
            found = output.indexOf(text, searchFrom);
        }
        int end = found + text.length();
        String result = output.substring(expectMark, end);
        expectMark = end;
        return result;
    }

    /** Runs {@code cycles} T-states (less if the CPU halts for good); returns the new output. */
    public String runFor(long cycles) {
        int before = output.length();
        long start = machine.cpu().cycles();
        while (machine.cpu().cycles() - start < cycles && !policy.haltedForever()) {
            long ran = machine.runSlice(Math.min(SLICE_CYCLES, cycles - (machine.cpu().cycles() - start)));
            if (ran == 0) {
                break;
            }
        }
        return output.substring(before);
    }

    /**
     * Runs until the output has been quiet for {@code quietCycles} T-states (or
     * {@code maxCycles} passed), then marks everything so far as seen: the next
     * {@link #expect} looks only at newer output.
     *
     * @return the output skipped (since the previous expect or skip)
     */
    public String settle(long quietCycles, long maxCycles) {
        long start = machine.cpu().cycles();
        while (machine.cpu().cycles() - start < maxCycles && !policy.haltedForever()) {
            if (runFor(quietCycles).isEmpty() && machine.serialHost().pendingInput() == 0) {
                break;
            }
        }
        String skipped = output.substring(expectMark);
        expectMark = output.length();
        return skipped;
    }

    /** Everything the firmware transmitted so far. */
    public String output() {
        return output.toString();
    }

    /** The output as bytes (each char of {@link #output()} is one byte). */
    public byte[] outputBytes() {
        return output.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    public Machine machine() {
        return machine;
    }

    @Override
    public void close() {
        // Nothing to release: the machine runs on the caller's thread.
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\n' || (c >= 0x20 && c < 0x7F)) {
                sb.append(c);
            } else if (c == '\r') {
                sb.append("\\r");
            } else {
                sb.append(String.format("\\x%02X", (int) c));
            }
        }
        return sb.toString();
    }
}
