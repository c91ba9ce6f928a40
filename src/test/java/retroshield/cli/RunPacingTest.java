package retroshield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import retroshield.pacing.LineBasicRom;

/** run --pacing / --prompt against the linebasic test ROM (no flow control, 63-byte buffer). */
class RunPacingTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final StandardStreams streams = new StandardStreams();

    private String runListing(String listing, String... options) throws Exception {
        Path input = dir.resolve("listing.bas");
        Files.writeString(input, listing + "LIST\n");
        String[] args = new String[4 + options.length];
        args[0] = "run";
        args[1] = LineBasicRom.metadata().toString();
        args[2] = "--input";
        args[3] = input.toString();
        System.arraycopy(options, 0, args, 4, options.length);
        assertEquals(0, RetroShieldCommand.execute(args), streams.stderr.toString(StandardCharsets.UTF_8));
        return streams.stdout.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void pacingNoneLosesMostOfAPaste() throws Exception {
        String listing = LineBasicRom.listing(3_000);
        String out = runListing(listing, "--pacing", "none");
        assertFalse(out.contains("LIST\r\n" + listing.replace("\n", "\r\n")), out);
    }

    @Test
    void theMetadataChoiceLineDeliversAListingWhole() throws Exception {
        String listing = LineBasicRom.listing(10_000);
        String out = runListing(listing);
        assertTrue(out.contains("LIST\r\n" + listing.replace("\n", "\r\n") + "Ok\r\n"), out);
    }

    @Test
    void pacingEchoDeliversAListingWhole() throws Exception {
        String listing = LineBasicRom.listing(10_000);
        String out = runListing(listing, "--pacing", "ECHO");
        assertTrue(out.contains("LIST\r\n" + listing.replace("\n", "\r\n") + "Ok\r\n"), out);
    }

    @Test
    void linePacingWithAPromptGiven() throws Exception {
        String listing = LineBasicRom.listing(3_000);
        String out = runListing(listing + "RUN\n15 PRINT \"X\"\n", "--pacing", "line", "--prompt", "Ok\\r\\n");
        assertTrue(out.contains("\r\n15 PRINT \"X\"\r\n"), out);
    }

    @Test
    void badPacingIsRefused() throws Exception {
        assertEquals(1, RetroShieldCommand.execute("run", LineBasicRom.metadata().toString(), "--pacing", "xon"));
        assertTrue(streams.stderr.toString(StandardCharsets.UTF_8).contains("--pacing: unknown mode \"xon\""));
    }
}
