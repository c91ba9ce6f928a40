package retroshield.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading boot.inc's Forth text and ram.inc's equates for the image generator. */
class ForthBootTextTest {

    @TempDir
    Path dir;

    @Test
    void joinsAsciiStringsOfBothDelimiters() throws Exception {
        Path inc = dir.resolve("boot.inc");
        Files.writeString(inc, ";; comment\nboot_start:\n\t.ascii\t\": A 1 ; \"\n\t.ascii\t|: B .\" x\" ; |\nboot_end:\n");
        assertEquals(": A 1 ; : B .\" x\" ; ", ForthBootText.bootText(inc));
    }

    @Test
    void otherLinesAndBadStringsAreReportedWithTheirLine() throws Exception {
        Path inc = dir.resolve("boot.inc");
        Files.writeString(inc, "\t.ascii\t\": A ; \"\n\t.db\t0\n");
        IOException other = assertThrows(IOException.class, () -> ForthBootText.bootText(inc));
        assertTrue(other.getMessage().contains("boot.inc:2"), other.getMessage());
        Files.writeString(inc, "\t.ascii\t\": A ; \n");
        IOException open = assertThrows(IOException.class, () -> ForthBootText.bootText(inc));
        assertTrue(open.getMessage().contains("boot.inc:1") && open.getMessage().contains("delimiters"),
                open.getMessage());
    }

    @Test
    void equatesFollowSymbolsAndOffsets() throws Exception {
        Path inc = dir.resolve("ram.inc");
        Files.writeString(inc, ";; map\nVARS\t= 0x4700\t\t; variables\nv_here\t= VARS+0x02\nN = 64\nbad = NOPE+1\n");
        IOException e = assertThrows(IOException.class, () -> ForthBootText.equates(inc));
        assertTrue(e.getMessage().contains("ram.inc:5") && e.getMessage().contains("NOPE"), e.getMessage());
        Files.writeString(inc, ";; map\nVARS\t= 0x4700\t\t; variables\nv_here\t= VARS+0x02\nN = 64\n");
        Map<String, Integer> eq = ForthBootText.equates(inc);
        assertEquals(0x4702, eq.get("v_here"));
        assertEquals(64, eq.get("N"));
    }
}
