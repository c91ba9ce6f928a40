package retroshield.ui;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the bundled ROM folder: {@code roms/} in the working directory, beside the jar (and one
 * level up, as in a jpackage app image where the jar sits in {@code lib/app}), or named by the
 * system property {@value #ROMS_PROPERTY}.
 */
public final class RomLocator {

    public static final String ROMS_PROPERTY = "retroshield.roms";
    public static final String DEFAULT_ROM = "mint.json";

    private RomLocator() {
    }

    /** Candidate folders in the order they are tried. */
    public static List<Path> candidates() {
        List<Path> out = new ArrayList<>();
        String prop = System.getProperty(ROMS_PROPERTY);
        if (prop != null && !prop.isBlank()) {
            out.add(Path.of(prop));
        }
        out.add(Path.of("roms").toAbsolutePath());
        jarFolder().ifPresent(dir -> {
            out.add(dir.resolve("roms"));
            if (dir.getParent() != null) {
                out.add(dir.getParent().resolve("roms"));
            }
        });
        return out;
    }

    /** The first candidate folder that exists. */
    public static Optional<Path> romsFolder() {
        return candidates().stream().filter(Files::isDirectory).findFirst();
    }

    private static Optional<Path> jarFolder() {
        try {
            Path p = Path.of(RomLocator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.ofNullable(Files.isDirectory(p) ? p : p.getParent());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
