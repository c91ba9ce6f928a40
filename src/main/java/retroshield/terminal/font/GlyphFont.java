package retroshield.terminal.font;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A dot-matrix terminal font read from a plain text file, pure Java (the view turns the
 * glyphs into images). Immutable and thread-safe once loaded.
 *
 * <h2>File format</h2>
 * <pre>
 * ; comment lines start with ';', blank lines are ignored
 * name RetroShield VT220
 * cell 10 10          ; width and height of a character cell in dots (1..64)
 * baseline 7          ; row the capitals stand on (0-based; default: last row)
 * underline 9         ; row where underlining is drawn (0-based; default: last row)
 *
 * char 0x41  A        ; a glyph: hexadecimal code point, then an optional label
 * ..........          ; exactly "height" rows of "width" characters:
 * ....#.....          ;   '.' dot off, '#' dot on
 * ...
 * char cursor         ; the block cursor (required)
 * char replacement    ; drawn for characters the font lacks (required)
 * </pre>
 * Errors name the file and line and say what was expected.
 */
public final class GlyphFont {

    /** File name of the bundled font in the {@code fonts/} folder. */
    public static final String DEFAULT_FILE = "retroshield-vt220.txt";

    private final String name;
    private final int width;
    private final int height;
    private final int baseline;
    private final int underlineRow;
    private final Map<Integer, Glyph> glyphs;
    private final Glyph cursor;
    private final Glyph replacement;

    GlyphFont(String name, int width, int height, int baseline, int underlineRow,
              Map<Integer, Glyph> glyphs, Glyph cursor, Glyph replacement) {
        this.name = name;
        this.width = width;
        this.height = height;
        this.baseline = baseline;
        this.underlineRow = underlineRow;
        this.glyphs = Collections.unmodifiableMap(new LinkedHashMap<>(glyphs));
        this.cursor = cursor;
        this.replacement = replacement;
    }

    /** Reads a font file. */
    public static GlyphFont load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        }
    }

    /** Reads a font from a stream (not closed); source names it in error messages. */
    public static GlyphFont load(InputStream in, String source) throws IOException {
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8), source);
    }

    /** Reads a font from text; source names it in error messages. */
    public static GlyphFont parse(Reader reader, String source) throws IOException {
        BufferedReader buffered = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        return new GlyphFontParser(buffered, source).parse();
    }

    /** The bundled font, found by {@link FontLocator} (fonts/ folder or class path). */
    public static GlyphFont loadDefault() throws IOException {
        return new FontLocator().load(DEFAULT_FILE);
    }

    public String name() {
        return name;
    }

    /** Cell width in dots. */
    public int width() {
        return width;
    }

    /** Cell height in dots. */
    public int height() {
        return height;
    }

    /** Row (0-based) the capitals stand on; descenders go below it. */
    public int baseline() {
        return baseline;
    }

    /** Row (0-based) where underlining is drawn. */
    public int underlineRow() {
        return underlineRow;
    }

    /** The glyph for a code point, or the replacement glyph when the font lacks it. */
    public Glyph glyph(int codepoint) {
        Glyph g = glyphs.get(codepoint);
        return g != null ? g : replacement;
    }

    public boolean has(int codepoint) {
        return glyphs.containsKey(codepoint);
    }

    /** Code points the font defines, in file order. */
    public Set<Integer> codepoints() {
        return glyphs.keySet();
    }

    public Glyph cursor() {
        return cursor;
    }

    public Glyph replacement() {
        return replacement;
    }
}
