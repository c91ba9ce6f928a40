package retroshield.ui.crt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import retroshield.terminal.TerminalFrame;

class SelectionTextTest {

    private final TerminalFrame frame = SampleFrames.of(20, 4, List.of("> 1 2 + .", "3", "> :A 10(`*`);", ""), 1);

    @Test
    void selectionAcrossLinesIsPlainTextWithoutTrailingSpaces() {
        assertEquals("1 2 + .\n3\n> :A", SelectionText.of(frame, new TextSelection(2, 0, 3, 2)));
    }

    @Test
    void endsMayBeGivenInEitherOrder() {
        assertEquals(SelectionText.of(frame, new TextSelection(2, 0, 3, 2)),
                SelectionText.of(frame, new TextSelection(3, 2, 2, 0)));
    }

    @Test
    void containsFollowsReadingOrder() {
        TextSelection s = new TextSelection(5, 1, 2, 2);
        assertTrue(s.contains(19, 1));
        assertTrue(s.contains(0, 2));
        assertFalse(s.contains(4, 1));
        assertFalse(s.contains(3, 2));
    }

    @Test
    void selectedCellsAreDrawnInReverse() {
        GlyphAtlas atlas = GlyphAtlas.blocks(4, 4);
        int[] plain = new int[20 * 4 * 4 * 4];
        int[] selected = new int[plain.length];
        TextRasterizer.draw(frame, atlas, null, false, plain);
        TextRasterizer.draw(frame, atlas, new TextSelection(0, 3, 0, 3), false, selected);
        int blankCellTopLeft = (3 * 4) * (20 * 4);
        assertEquals(0, plain[blankCellTopLeft]);
        assertEquals(TextRasterizer.NORMAL, selected[blankCellTopLeft]);
    }
}
