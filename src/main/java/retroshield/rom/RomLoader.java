package retroshield.rom;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens what a user points at: a metadata {@code .json} (its image beside it) or a bare image
 * ({@code .bin}, {@code .rom}, {@code .hex}, {@code .ihx}, anything else is read as raw binary).
 */
public final class RomLoader {

    private static final Logger LOG = LoggerFactory.getLogger(RomLoader.class);

    /** The notice given for an image without metadata. */
    public static final String BARE_IMAGE_NOTICE = "no metadata file: the whole 64 KB is RAM, the image"
            + " loads at $0000 and the serial chip (8251 at $00/$01 or 6850 at $80/$81) is detected"
            + " at the first access";

    private final RomMetadataReader reader = new RomMetadataReader();

    /** True if {@code file} is a metadata file rather than an image. */
    public static boolean isMetadata(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    public LoadedRom load(Path romOrMetadata) throws IOException {
        RomMetadata metadata;
        List<String> notices = new ArrayList<>();
        if (isMetadata(romOrMetadata)) {
            metadata = reader.read(romOrMetadata);
        } else {
            metadata = RomMetadata.forBareImage(romOrMetadata);
            notices.add(romOrMetadata + ": " + BARE_IMAGE_NOTICE);
        }
        return load(metadata, notices);
    }

    /** Loads the image {@code metadata} names and checks it against its memory map. */
    public LoadedRom load(RomMetadata metadata) throws IOException {
        return load(metadata, new ArrayList<>());
    }

    private LoadedRom load(RomMetadata metadata, List<String> notices) throws IOException {
        RomImage image = RomImage.load(metadata.image().file(), metadata.image().loadAddress());
        notices.addAll(unmappedBytes(metadata, image));
        for (String notice : notices) {
            LOG.info(notice);
        }
        return new LoadedRom(metadata, image, notices);
    }

    /**
     * One notice per run of image bytes that falls into no memory region (they are dropped);
     * also for a memory map replaced after loading (command-line overrides).
     */
    public static List<String> unmappedBytes(RomMetadata metadata, RomImage image) {
        List<String> notices = new ArrayList<>();
        boolean[] mapped = new boolean[0x10000];
        for (MemoryRegion region : metadata.memory()) {
            for (int a = region.start(); a <= region.end(); a++) {
                mapped[a] = true;
            }
        }
        for (ImageSegment segment : image.segments()) {
            int a = segment.address();
            while (a <= segment.end()) {
                if (mapped[a]) {
                    a++;
                    continue;
                }
                int start = a;
                while (a <= segment.end() && !mapped[a]) {
                    a++;
                }
                notices.add(String.format("%s: image bytes at $%04X-$%04X fall into no memory region"
                        + " and are not loaded", image.source(), start, a - 1));
            }
        }
        return notices;
    }
}
