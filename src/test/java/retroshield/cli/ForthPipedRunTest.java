package retroshield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code printf '7 3 + .\n' | retroshield run roms/forth.json} with the default options: the
 * line piped in before the Forth has finished its cold start must still be answered before the
 * quiet exit (the ROM must not take the input while it is still compiling its boot source).
 */
class ForthPipedRunTest {

    @RegisterExtension
    final StandardStreams streams = new StandardStreams();

    @Test
    void pipedLineIsAnsweredWithDefaultOptions() {
        Path json = Path.of("roms", "forth.json");
        assumeTrue(Files.exists(Path.of("roms", "forth.bin")), "roms/forth.bin is missing");
        System.setIn(new ByteArrayInputStream("7 3 + .\n".getBytes(StandardCharsets.ISO_8859_1)));
        int code = RetroShieldCommand.execute(new String[] {"run", json.toString(), "--timeout", "60"});
        String out = streams.stdout.toString(StandardCharsets.ISO_8859_1);
        assertEquals(0, code, streams.stderr.toString(StandardCharsets.UTF_8));
        assertTrue(out.contains("7 3 + . 10  ok"), out);
    }
}
