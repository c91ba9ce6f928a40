package retroshield.machine;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import retroshield.rom.RomExample;
import retroshield.rom.RomMetadata;

/**
 * Smoke test of every bundled ROM ({@code roms/*.json} of the repository): boot until its
 * {@code ready} text, then type each example and expect its reply (the rest of each reply,
 * up to quiet, is skipped before the next example).
 */
class RomExamplesTest {

    private static final Path ROMS = Path.of("roms");
    private static final long BOOT_CYCLES = 400_000_000L;
    private static final long REPLY_CYCLES = 400_000_000L;
    private static final long QUIET_CYCLES = 2_000_000L;

    @TestFactory
    Stream<DynamicTest> everyBundledRomAnswersItsExamples() throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(ROMS)) {
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(ROMS, "*.json")) {
                stream.forEach(files::add);
            }
        }
        assumeTrue(!files.isEmpty(), "no roms/*.json in " + ROMS.toAbsolutePath() + ": nothing to smoke-test");
        files.sort(null);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> smokeTest(file)));
    }

    private static void smokeTest(Path file) throws IOException {
        try (HeadlessSession session = HeadlessSession.open(file)) {
            RomMetadata metadata = session.machine().metadata();
            String ready = metadata.ready() == null || metadata.ready().isEmpty() ? null : metadata.ready();
            if (ready != null) {
                session.expect(ready, BOOT_CYCLES);
            } else {
                session.runFor(BOOT_CYCLES / 100);
            }
            for (RomExample example : metadata.examples()) {
                session.type(example.input() + "\n");
                String reply = session.expect(example.expect(), REPLY_CYCLES);
                assertTrue(reply.contains(example.expect()));
                session.settle(QUIET_CYCLES, REPLY_CYCLES);  // the rest of the reply, the prompt

            }
        }
    }
}
