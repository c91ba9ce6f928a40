package retroshield.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random port writes and reads (with names biased towards traversal attempts) never touch a
 * file outside the card's folder, never create a subfolder, never break the limits, and never
 * throw.
 */
class SdCardFuzzTest {

    private static final String[] NAMES = {"A", "B.TXT", "../ESCAPE", "..", "/tmp/ESCAPE",
        "C:ESCAPE", "sub/ESCAPE", "..\\ESCAPE", "LINK", "x\u0001y", "B.txt", "SECRET", "../card/A"};

    @TempDir
    Path dir;

    @Test
    void randomPortTrafficStaysInsideTheFolder() throws IOException {
        Path folder = dir.resolve("card");
        Files.createDirectories(folder);
        Files.writeString(dir.resolve("SECRET"), "outside");
        Files.writeString(dir.resolve("ESCAPE"), "outside too");
        try {
            Files.createSymbolicLink(folder.resolve("LINK"), dir.resolve("SECRET"));
        } catch (UnsupportedOperationException | IOException e) {
            // fine: the rest of the fuzz still runs
        }
        Map<Path, String> outsideBefore = snapshotOutside(dir, folder);
        SdLimits limits = new SdLimits(4096, 6, 12_000);
        long largestTotal = 0;
        for (long seed = 1; seed <= 20; seed++) {
            fuzz(new SdCardDriver(folder, limits), new Random(seed), 10_000);
            assertEquals(outsideBefore, snapshotOutside(dir, folder), "seed " + seed);
            try (Stream<Path> inside = Files.list(folder)) {
                List<Path> entries = inside.toList();
                long total = 0;
                int files = 0;
                for (Path p : entries) {
                    assertTrue(Files.isRegularFile(p) || Files.isSymbolicLink(p), "only files: " + p);
                    if (!Files.isSymbolicLink(p)) {
                        assertTrue(Files.size(p) <= limits.maxFileBytes(), p + " within the size limit");
                        total += Files.size(p);
                        files++;
                    }
                }
                assertTrue(files <= limits.maxFiles(), "file count " + files);
                assertTrue(total <= limits.maxTotalBytes(), "total " + total);
                largestTotal = Math.max(largestTotal, total);
            }
        }
        assertTrue(largestTotal > 0, "the fuzz did write files inside");
    }

    private static void fuzz(SdCardDriver sd, Random random, int steps) {
        for (int i = 0; i < steps; i++) {
            int port = 0x10 + random.nextInt(10);
            int choice = random.nextInt(100);
            if (choice < 8) {
                sd.name(NAMES[random.nextInt(NAMES.length)]);
            } else if (choice < 18) {
                sd.card.write(SdCard.PORT_COMMAND, random.nextInt(12));
            } else if (choice < 24) {
                sd.card.write(SdCard.PORT_BLOCK, random.nextInt(3));
            } else if (choice < 60) {
                sd.card.read(port);
            } else {
                sd.card.write(port, random.nextInt(256));
            }
        }
        sd.card.reset();
    }

    private static Map<Path, String> snapshotOutside(Path root, Path folder) throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                if (!p.startsWith(folder) && Files.isRegularFile(p)) {
                    files.put(p, Files.readString(p, StandardCharsets.ISO_8859_1));
                } else if (!p.startsWith(folder) || !p.equals(folder) && Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    files.put(p, "<dir>");
                }
            }
        }
        return files;
    }
}
