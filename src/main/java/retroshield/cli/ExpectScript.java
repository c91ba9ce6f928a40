package retroshield.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Expect-style scripting for {@code run}: steps in order, each either text to type or text to
 * wait for in the output. Typing steps run as soon as every earlier wait is over; a wait looks
 * only at output that came after the previous wait's match.
 *
 * <p>Script file (one step a line, escapes as for {@code --until}; blank lines and lines
 * starting with {@code #} are skipped):
 * <pre>
 *   send PRINT 2+3      types the text and Enter
 *   type \x03           types the text exactly (no Enter)
 *   expect Ok           waits for the text
 * </pre>
 */
final class ExpectScript {

    /** One step: text typed (with {@code \n} for Enter) or awaited; {@code origin} names it in messages. */
    record Step(boolean expect, String text, String origin) {
    }

    private final List<Step> steps;
    private final StringBuilder window = new StringBuilder();
    private int next;

    ExpectScript(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** Reads a script file; errors name the file and line. */
    static ExpectScript read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + ": is a folder, expected a script file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": script file not found");
        }
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not UTF-8 text");
        }
        List<Step> steps = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = file + ":" + (i + 1);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            String word = (space < 0 ? line : line.substring(0, space)).trim().toLowerCase(Locale.ROOT);
            String rest = space < 0 ? "" : line.substring(space + 1);
            String value;
            try {
                value = RunCommand.unescape(rest);
            } catch (IllegalArgumentException e) {
                throw new IOException(where + ": " + e.getMessage());
            }
            switch (word) {
                case "send" -> steps.add(new Step(false, value + "\n", where));
                case "type" -> steps.add(new Step(false, value, where));
                case "expect" -> {
                    if (value.isEmpty()) {
                        throw new IOException(where + ": expect needs the text to wait for");
                    }
                    steps.add(new Step(true, value, where));
                }
                default -> throw new IOException(where + ": unknown command \"" + word
                        + "\", expected send, type or expect");
            }
        }
        if (steps.isEmpty()) {
            throw new IOException(file + ": no steps (send TEXT, type TEXT, expect TEXT)");
        }
        return new ExpectScript(steps);
    }

    /** Types every step up to the next wait (or the end). */
    void feed(Consumer<String> typist) {
        while (next < steps.size() && !steps.get(next).expect()) {
            typist.accept(steps.get(next).text());
            next++;
        }
    }

    /**
     * One byte of output. Returns true when it completed the awaited text (the caller then
     * feeds the steps that follow).
     */
    boolean output(int b) {
        if (next >= steps.size() || !steps.get(next).expect()) {
            return false;
        }
        String wanted = steps.get(next).text();
        window.append((char) (b & 0xFF));
        if (window.length() >= wanted.length()
                && window.indexOf(wanted, window.length() - wanted.length()) >= 0) {
            window.setLength(0);
            next++;
            return true;
        }
        if (window.length() > 4 * wanted.length() + 256) {
            window.delete(0, window.length() - wanted.length());
        }
        return false;
    }

    /** Every step done. */
    boolean finished() {
        return next >= steps.size();
    }

    /** The last step is a wait (so the script's end is a success by itself). */
    boolean endsWithExpect() {
        return !steps.isEmpty() && steps.get(steps.size() - 1).expect();
    }

    /** The wait in progress, or null. */
    Step awaiting() {
        return next < steps.size() && steps.get(next).expect() ? steps.get(next) : null;
    }

    int size() {
        return steps.size();
    }

    /** 1-based number of the step in progress. */
    int position() {
        return next + 1;
    }
}
