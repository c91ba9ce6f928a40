package retroshield.cpu;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every SingleStepTests/z80 file (one dynamic test per opcode file): each test executes
 * one instruction and must end with every register (including WZ, Q, IFF1/2, IM, the EI and
 * LD A,I/R marks), the listed memory, the port traffic and the T-state count as recorded.
 */
class SingleStepTest {

    private static final int MAX_REPORTED = 5;

    private final SingleStepCase.Runner runner = new SingleStepCase.Runner();
    private long totalPassed;
    private long totalFailed;

    @TestFactory
    Stream<DynamicTest> everyOpcodeFile() throws IOException {
        if (!Files.isDirectory(Z80TestVectors.singleStepPath())) {
            // reported as one skipped (or, with Z80TESTS_REQUIRED=true, failed) test
            return Stream.of(DynamicTest.dynamicTest("SingleStepTests folder", Z80TestVectors::singleStepDir));
        }
        Path dir = Z80TestVectors.singleStepDir();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")
                            || p.getFileName().toString().endsWith(".json.gz"))
                    .sorted().collect(Collectors.toList());
        }
        assertTrue(!files.isEmpty(), "no *.json or *.json.gz files in " + dir);
        Stream<DynamicTest> perFile = files.stream().map(file ->
                DynamicTest.dynamicTest(file.getFileName().toString(), () -> runFile(file)));
        Stream<DynamicTest> summary = Stream.of(DynamicTest.dynamicTest("summary", () -> {
            System.out.printf("SingleStepTests: %d passed, %d failed (%d files)%n",
                    totalPassed, totalFailed, files.size());
            assertTrue(totalFailed == 0, totalFailed + " SingleStepTests failed");
        }));
        return Stream.concat(perFile, summary);
    }

    private void runFile(Path file) throws IOException {
        List<String> failures = new ArrayList<>();
        int count = 0;
        int failed = 0;
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             JsonReader json = new JsonReader(reader)) {
            json.beginArray();
            while (json.hasNext()) {
                SingleStepCase test = SingleStepCase.read(json);
                count++;
                String problem = runner.run(test);
                if (problem != null) {
                    failed++;
                    if (failures.size() < MAX_REPORTED) {
                        failures.add(test.name() + ": " + problem);
                    }
                }
            }
            if (json.peek() != JsonToken.END_ARRAY) {
                throw new IOException(file + ": expected the end of the test array");
            }
        }
        totalPassed += count - failed;
        totalFailed += failed;
        assertTrue(count > 0, file + " holds no tests");
        assertTrue(failed == 0, file.getFileName() + ": " + failed + " of " + count + " failed, e.g.\n"
                + String.join("\n", failures));
    }
}
