package retroshield.cpm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs Frank Cringle's ZEXDOC / ZEXALL when their .COM files are supplied (they are not in the
 * repository): set the environment variable ZEXDOC_COM and/or ZEXALL_COM to the file and run
 * with -Pfull. Expects every group to pass and the published total of 46,734,977,146 T-states.
 */
@Tag("slow")
class ZexExerciserTest {

    private static final long PUBLISHED_T_STATES = 46_734_977_146L;

    @ParameterizedTest
    @ValueSource(strings = {"ZEXDOC_COM", "ZEXALL_COM"})
    void exerciserPassesWithThePublishedTStateCount(String variable) throws IOException {
        String file = System.getenv(variable);
        Assumptions.assumeTrue(file != null && !file.isBlank(), variable + " is not set: exerciser skipped");
        byte[] program = Files.readAllBytes(Path.of(file));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CpmMachine machine = new CpmMachine(program, new ByteArrayInputStream(new byte[0]), out, false);
        CpmResult result = machine.run(PUBLISHED_T_STATES * 2);
        String text = out.toString(StandardCharsets.ISO_8859_1);
        System.out.println(text);
        System.out.println(result.report());
        assertEquals(CpmResult.Ending.WARM_BOOT, result.ending(), text);
        assertTrue(text.contains("Tests complete"), text);
        assertFalse(text.contains("ERROR"), text);
        assertEquals(PUBLISHED_T_STATES, result.tStates());
    }
}
