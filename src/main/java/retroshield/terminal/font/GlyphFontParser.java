package retroshield.terminal.font;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the plain-text font format described in {@link GlyphFont}. One parser per file.
 */
final class GlyphFontParser {

    static final char DOT_ON = '#';
    static final char DOT_OFF = '.';
    static final int MAX_DIMENSION = 64;

    private final BufferedReader reader;
    private final String source;
    private int lineNumber;

    private String name = "";
    private int width = -1;
    private int height = -1;
    private int baseline = -1;
    private int underline = -1;
    private final Map<Integer, Glyph> glyphs = new LinkedHashMap<>();
    private Glyph cursor;
    private Glyph replacement;

    GlyphFontParser(BufferedReader reader, String source) {
        this.reader = reader;
        this.source = source;
    }

    GlyphFont parse() throws IOException {
        String line;
        while ((line = nextMeaningfulLine()) != null) {
            String[] words = line.trim().split("\\s+", 2);
            String keyword = words[0];
            String rest = words.length > 1 ? words[1].trim() : "";
            switch (keyword) {
                case "name" -> name = rest;
                case "cell" -> readCell(rest);
                case "baseline" -> baseline = readNumber(rest, "baseline");
                case "underline" -> underline = readNumber(rest, "underline");
                case "char" -> readGlyph(rest);
                default -> throw error("expected 'name', 'cell', 'baseline', 'underline' or 'char', found '"
                        + abbreviate(line) + "'");
            }
        }
        if (width < 0) {
            throw new FontFormatException(source, 0, "no 'cell <width> <height>' line");
        }
        if (replacement == null) {
            throw new FontFormatException(source, 0, "no 'char replacement' glyph");
        }
        if (cursor == null) {
            throw new FontFormatException(source, 0, "no 'char cursor' glyph");
        }
        if (baseline >= height || underline >= height) {
            throw new FontFormatException(source, 0, "baseline and underline must be rows 0.." + (height - 1)
                    + ", found " + baseline + " and " + underline);
        }
        int base = baseline >= 0 ? baseline : height - 1;
        int under = underline >= 0 ? underline : height - 1;
        return new GlyphFont(name, width, height, base, under, glyphs, cursor, replacement);
    }

    private void readCell(String rest) throws FontFormatException {
        if (!glyphs.isEmpty() || cursor != null || replacement != null) {
            throw error("'cell' must come before the first glyph");
        }
        String[] parts = rest.split("\\s+");
        if (parts.length != 2) {
            throw error("expected 'cell <width> <height>', found 'cell " + rest + "'");
        }
        width = readNumber(parts[0], "cell width");
        height = readNumber(parts[1], "cell height");
        if (width < 1 || width > MAX_DIMENSION || height < 1 || height > MAX_DIMENSION) {
            throw error("cell size must be 1.." + MAX_DIMENSION + " dots each way, found " + width + "x" + height);
        }
    }

    private int readNumber(String text, String what) throws FontFormatException {
        try {
            int value = Integer.parseInt(text.trim());
            if (value < 0) {
                throw error(what + " must not be negative, found " + value);
            }
            if (height > 0 && (what.equals("baseline") || what.equals("underline")) && value >= height) {
                throw error(what + " must be a row 0.." + (height - 1) + ", found " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw error("expected a number for " + what + ", found '" + text + "'");
        }
    }

    private void readGlyph(String rest) throws IOException {
        if (width < 0) {
            throw error("'cell <width> <height>' must come before the first glyph");
        }
        String code = rest.isEmpty() ? "" : rest.split("\\s+")[0];
        int headerLine = lineNumber;
        Integer codepoint = null;
        if (!code.equals("cursor") && !code.equals("replacement")) {
            codepoint = parseCodepoint(code);
        }
        long[] rows = new long[height];
        for (int y = 0; y < height; y++) {
            String row = reader.readLine();
            lineNumber++;
            if (row == null) {
                throw error("glyph '" + code + "' (line " + headerLine + ") ends after " + y + " of "
                        + height + " rows: the file ends");
            }
            rows[y] = parseRow(row, code, y);
        }
        Glyph glyph = new Glyph(width, height, rows);
        if (codepoint == null) {
            if (code.equals("cursor")) {
                checkNotDefined(cursor != null, code, headerLine);
                cursor = glyph;
            } else {
                checkNotDefined(replacement != null, code, headerLine);
                replacement = glyph;
            }
        } else {
            checkNotDefined(glyphs.containsKey(codepoint), code, headerLine);
            glyphs.put(codepoint, glyph);
        }
    }

    private void checkNotDefined(boolean defined, String code, int line) throws FontFormatException {
        if (defined) {
            throw new FontFormatException(source, line, "glyph '" + code + "' is defined twice");
        }
    }

    private Integer parseCodepoint(String code) throws FontFormatException {
        if (!code.startsWith("0x") && !code.startsWith("0X")) {
            throw error("expected 'char 0xNN', 'char cursor' or 'char replacement', found 'char " + code + "'");
        }
        try {
            int cp = Integer.parseInt(code.substring(2), 16);
            if (cp < 0 || cp > Character.MAX_CODE_POINT) {
                throw error("code " + code + " is not a Unicode code point");
            }
            return cp;
        } catch (NumberFormatException e) {
            throw error("expected a hexadecimal code after 'char 0x', found '" + code + "'");
        }
    }

    private long parseRow(String row, String code, int y) throws FontFormatException {
        String trimmed = row.stripTrailing();
        if (trimmed.length() != width) {
            throw error("row " + (y + 1) + " of glyph '" + code + "': expected " + width
                    + " characters of '.' or '#', found " + trimmed.length() + " ('" + abbreviate(trimmed) + "')");
        }
        long bits = 0;
        for (int x = 0; x < width; x++) {
            char c = trimmed.charAt(x);
            if (c == DOT_ON) {
                bits |= 1L << (width - 1 - x);
            } else if (c != DOT_OFF) {
                throw error("row " + (y + 1) + " of glyph '" + code + "', column " + (x + 1)
                        + ": expected '.' or '#', found '" + c + "'");
            }
        }
        return bits;
    }

    /** The next line that is neither blank nor a ';' comment, or null at the end. */
    private String nextMeaningfulLine() throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            String t = line.trim();
            if (!t.isEmpty() && !t.startsWith(";")) {
                return line;
            }
        }
        return null;
    }

    private FontFormatException error(String message) {
        return new FontFormatException(source, lineNumber, message);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
