package retroshield.terminal.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled font file and the loader's error reporting. */
class GlyphFontTest {

    static final Path FONT_FILE = Path.of("fonts", GlyphFont.DEFAULT_FILE);
    static GlyphFont font;

    @BeforeAll
    static void load() throws IOException {
        font = GlyphFont.load(FONT_FILE);
    }

    @Test
    void bundledFontHasItsDeclaredShape() {
        assertEquals("RetroShield VT220", font.name());
        assertEquals(10, font.width());
        assertEquals(10, font.height());
        assertEquals(7, font.baseline());
        assertEquals(9, font.underlineRow());
    }

    @Test
    void everyPrintableAsciiGlyphIsPresent() {
        for (int cp = 0x20; cp <= 0x7E; cp++) {
            assertTrue(font.has(cp), String.format("glyph 0x%02X '%c' missing", cp, (char) cp));
        }
        assertEquals(0, font.glyph(' ').litDots(), "space is blank");
        for (int cp = 0x21; cp <= 0x7E; cp++) {
            assertTrue(font.glyph(cp).litDots() > 0, String.format("glyph 0x%02X '%c' is blank", cp, (char) cp));
        }
    }

    @Test
    void glyphsArePairwiseDistinct() {
        List<Integer> cps = new ArrayList<>(font.codepoints());
        cps.remove(Integer.valueOf(0xA0));   // the no-break space is meant to look like a space
        for (int i = 0; i < cps.size(); i++) {
            for (int j = i + 1; j < cps.size(); j++) {
                assertNotEquals(font.glyph(cps.get(i)), font.glyph(cps.get(j)),
                        String.format("glyphs 0x%02X and 0x%02X look the same", cps.get(i), cps.get(j)));
            }
            assertNotEquals(font.replacement(), font.glyph(cps.get(i)));
        }
    }

    @Test
    void latin1IsCoveredToo() {
        for (int cp = 0xA0; cp <= 0xFF; cp++) {
            assertTrue(font.has(cp), String.format("glyph 0x%02X missing", cp));
        }
        assertEquals(font.glyph(' '), font.glyph(0xA0), "no-break space looks like a space");
    }

    @Test
    void confusableGlyphsDifferInSeveralDots() {
        String[] pairs = {"0O", "1l", "1I", "lI", "l|", "5S", "2Z", "8B", "oO", "0o", "gq", "DO", "'`", "0\u00d8", "b\u00fe", "-\u00ad", "x\u00d7"};
        for (String pair : pairs) {
            Glyph a = font.glyph(pair.charAt(0));
            Glyph b = font.glyph(pair.charAt(1));
            int differing = 0;
            for (int y = 0; y < a.height(); y++) {
                differing += Long.bitCount(a.rows()[y] ^ b.rows()[y]);
            }
            assertTrue(differing >= 3, pair + " differ in only " + differing + " dots");
        }
        assertTrue(font.glyph(',').litDots() >= font.glyph('.').litDots() + 2, "comma has a tail");
        assertTrue(font.glyph(';').litDots() >= font.glyph(':').litDots() + 2, "semicolon has a tail");
    }

    @Test
    void glyphsStayInsideTheCellMargins() {
        for (int cp : font.codepoints()) {
            Glyph g = font.glyph(cp);
            for (int y = 0; y < g.height(); y++) {
                assertFalse(g.dot(0, y) || g.dot(8, y) || g.dot(9, y),
                        String.format("glyph 0x%02X touches the gap columns in row %d", cp, y));
            }
        }
    }

    @Test
    void missingCharactersGetTheReplacementGlyph() {
        assertSame(font.replacement(), font.glyph(0x2603));
        assertTrue(font.replacement().litDots() > 0);
        assertEquals(100, font.cursor().litDots(), "block cursor fills the cell");
    }

    @Test
    void glyphDotsMatchThePicture() {
        Glyph a = font.glyph('A');
        String picture = a.picture();
        assertEquals(10 * 11, picture.length());
        assertTrue(picture.startsWith("..........\n....#.....\n"), picture);
        assertTrue(a.dot(4, 1));
        assertFalse(a.dot(-1, 0));
        assertFalse(a.dot(0, 99));
    }

    @Test
    void locatorFindsTheBundledFontFromTheWorkingDirectory() throws IOException {
        FontLocator locator = new FontLocator(Path.of("").toAbsolutePath());
        assertTrue(locator.find(GlyphFont.DEFAULT_FILE).isPresent());
        assertEquals(font.codepoints(), locator.load(GlyphFont.DEFAULT_FILE).codepoints());
    }

    @Test
    void fontIsOnTheClassPathForTheJar() throws IOException {
        try (var in = GlyphFont.class.getResourceAsStream("/fonts/" + GlyphFont.DEFAULT_FILE)) {
            assertTrue(in != null, "the build copies fonts/ into the class path");
            assertEquals(font.codepoints(), GlyphFont.load(in, "classpath").codepoints());
        }
    }

    @Test
    void locatorErrorListsWhereItLooked(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class, () -> new FontLocator(dir).load("nope.txt"));
        assertTrue(e.getMessage().contains("nope.txt") && e.getMessage().contains(dir.toString()), e.getMessage());
    }

    @Test
    void loadsFromAFileWrittenByHand(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tiny.txt");
        Files.writeString(file, "; tiny\ncell 3 2\nchar 0x41 A\n#.#\n.#.\nchar cursor\n###\n###\n"
                + "char replacement\n#.#\n#.#\n");
        GlyphFont tiny = GlyphFont.load(file);
        assertEquals(3, tiny.width());
        assertEquals(1, tiny.baseline(), "default baseline is the last row");
        assertEquals("#.#\n.#.\n", tiny.glyph('A').picture());
    }

    // ------------------------------------------------------------------ malformed files

    private static FontFormatException failure(String text) {
        return assertThrows(FontFormatException.class, () -> GlyphFont.parse(new StringReader(text), "bad.txt"));
    }

    private static final String TAIL = "char cursor\n##\n##\nchar replacement\n#.\n.#\n";

    @Test
    void rowOfWrongLengthNamesTheLine() {
        FontFormatException e = failure("cell 2 2\nchar 0x41\n##\n###\n" + TAIL);
        assertEquals(4, e.line());
        assertEquals("bad.txt", e.source());
        assertTrue(e.getMessage().startsWith("bad.txt line 4: "), e.getMessage());
        assertTrue(e.getMessage().contains("expected 2 characters"), e.getMessage());
    }

    @Test
    void badDotCharacterNamesLineAndColumn() {
        FontFormatException e = failure("cell 2 2\nchar 0x41\n#x\n##\n" + TAIL);
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("column 2") && e.getMessage().contains("'x'"), e.getMessage());
    }

    @Test
    void unknownKeywordIsReported() {
        FontFormatException e = failure("cell 2 2\nglyph 0x41\n");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("found 'glyph 0x41'"), e.getMessage());
    }

    @Test
    void badCodeIsReported() {
        assertEquals(2, failure("cell 2 2\nchar A\n##\n##\n").line());
        assertEquals(2, failure("cell 2 2\nchar 0xZZ\n##\n##\n").line());
    }

    @Test
    void glyphBeforeCellIsReported() {
        FontFormatException e = failure("char 0x41\n##\n");
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("cell"), e.getMessage());
    }

    @Test
    void truncatedGlyphIsReported() {
        FontFormatException e = failure("cell 2 3\nchar 0x41\n##\n");
        assertTrue(e.getMessage().contains("file ends"), e.getMessage());
    }

    @Test
    void duplicateGlyphIsReported() {
        FontFormatException e = failure("cell 2 2\nchar 0x41\n##\n##\n; again\nchar 0x41\n#.\n#.\n");
        assertEquals(6, e.line());
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
    }

    @Test
    void missingCursorOrReplacementIsReported() {
        assertTrue(failure("cell 2 2\nchar replacement\n##\n##\n").getMessage().contains("cursor"));
        assertTrue(failure("cell 2 2\nchar cursor\n##\n##\n").getMessage().contains("replacement"));
    }

    @Test
    void badNumbersAreReported() {
        assertEquals(1, failure("cell 2\n").line());
        assertEquals(1, failure("cell 0 5\n").line());
        assertEquals(1, failure("cell 65 5\n").line());
        assertEquals(2, failure("cell 2 2\nbaseline two\n").line());
        assertEquals(2, failure("cell 2 2\nbaseline 2\n").line());
    }
}
