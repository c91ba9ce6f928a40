package retroshield.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Forth ROM's sources for the boot image generator: the Forth text of boot.inc (its
 * {@code .ascii} strings, {@code "..."} or {@code |...|} delimited, joined) and the equates of
 * ram.inc ({@code NAME = 0x1234}, {@code NAME = OTHER+0x12}, decimal too).
 */
final class ForthBootText {

    private ForthBootText() {
    }

    /** The Forth source held by boot.inc's {@code .ascii} lines, in order. */
    static String bootText(Path bootInc) throws IOException {
        List<String> lines = Files.readAllLines(bootInc, StandardCharsets.ISO_8859_1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith(";") || line.matches("[A-Za-z_.$][\\w.$]*:")) {
                continue;
            }
            if (!line.startsWith(".ascii\t") && !line.startsWith(".ascii ")) {
                throw new IOException(bootInc + ":" + (i + 1) + ": only .ascii lines, labels and comments are read here");
            }
            String rest = line.substring(".ascii".length()).strip();
            if (rest.length() < 2 || rest.charAt(rest.length() - 1) != rest.charAt(0)) {
                throw new IOException(bootInc + ":" + (i + 1) + ": .ascii string without matching delimiters");
            }
            String body = rest.substring(1, rest.length() - 1);
            if (rest.charAt(0) == '"' && body.indexOf('"') >= 0 || body.indexOf('\\') >= 0 && rest.charAt(0) == '"') {
                throw new IOException(bootInc + ":" + (i + 1) + ": use |...| for text holding \" or \\");
            }
            text.append(body);
        }
        if (text.length() == 0) {
            throw new IOException(bootInc + ": no .ascii lines");
        }
        return text.toString();
    }

    /** The numeric equates of ram.inc. */
    static Map<String, Integer> equates(Path ramInc) throws IOException {
        Map<String, Integer> values = new HashMap<>();
        List<String> lines = Files.readAllLines(ramInc, StandardCharsets.ISO_8859_1);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int semi = line.indexOf(';');
            if (semi >= 0) {
                line = line.substring(0, semi);
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String name = line.substring(0, eq).strip();
            String expr = line.substring(eq + 1).strip();
            int value = 0;
            for (String term : expr.split("\\+")) {
                value += term(term.strip(), values, ramInc, i + 1);
            }
            values.put(name, value);
        }
        return values;
    }

    private static int term(String term, Map<String, Integer> values, Path file, int line) throws IOException {
        try {
            if (term.startsWith("0x") || term.startsWith("0X")) {
                return Integer.parseInt(term.substring(2), 16);
            }
            if (Character.isDigit(term.charAt(0))) {
                return Integer.parseInt(term);
            }
        } catch (NumberFormatException e) {
            throw new IOException(file + ":" + line + ": bad number " + term);
        }
        Integer known = values.get(term);
        if (known == null) {
            throw new IOException(file + ":" + line + ": unknown symbol " + term);
        }
        return known;
    }

    static int require(Map<String, Integer> equates, String name) throws IOException {
        Integer value = equates.get(name);
        if (value == null) {
            throw new IOException("ram.inc has no " + name);
        }
        return value;
    }
}
