package retroshield.rom;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ROM library: every {@code *.json} metadata file in a folder. A broken file does not hide
 * the others: it is reported in {@link Listing#problems()} and skipped.
 */
public final class RomCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(RomCatalog.class);

    /**
     * @param entries  readable ROMs, sorted by name
     * @param problems one message per file that could not be read
     */
    public record Listing(List<RomCatalogEntry> entries, List<String> problems) {
        public Listing {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }
    }

    private final RomMetadataReader reader = new RomMetadataReader();

    /** Lists {@code folder}; a missing folder gives an empty listing with one problem. */
    public Listing list(Path folder) {
        List<RomCatalogEntry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            problems.add(folder + ": no such folder");
            return new Listing(entries, problems);
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            problems.add(folder + ": cannot list: " + e.getMessage());
        }
        files.sort(Comparator.naturalOrder());
        for (Path file : files) {
            try {
                RomMetadata metadata = reader.read(file);
                entries.add(new RomCatalogEntry(file, metadata.name(), metadata.language(),
                        metadata.description()));
            } catch (IOException e) {
                LOG.warn("ROM library: skipping {}", e.getMessage());
                problems.add(e.getMessage());
            }
        }
        entries.sort(Comparator.comparing(RomCatalogEntry::name, String.CASE_INSENSITIVE_ORDER));
        return new Listing(entries, problems);
    }
}
