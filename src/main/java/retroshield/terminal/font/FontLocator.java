package retroshield.terminal.font;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds font files. Looks, in order, in:
 * <ol>
 *   <li>the folder named by the system property {@value #FONTS_DIR_PROPERTY}, if set;</li>
 *   <li>{@code fonts/} under the working directory;</li>
 *   <li>{@code fonts/} next to the jar (or classes folder) the emulator runs from, and in
 *       the folder above it (so {@code target/app.jar} finds the project's {@code fonts/});</li>
 *   <li>the class path resource {@code /fonts/<file>}.</li>
 * </ol>
 */
public final class FontLocator {

    public static final String FONTS_DIR_PROPERTY = "retroshield.fonts";
    public static final String FONTS_FOLDER = "fonts";

    private final Path workingDirectory;

    public FontLocator() {
        this(Path.of("").toAbsolutePath());
    }

    public FontLocator(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /** The folders searched, in order (existing or not). */
    public List<Path> searchFolders() {
        List<Path> folders = new ArrayList<>();
        String property = System.getProperty(FONTS_DIR_PROPERTY);
        if (property != null && !property.isBlank()) {
            folders.add(Path.of(property));
        }
        folders.add(workingDirectory.resolve(FONTS_FOLDER));
        codeLocation().ifPresent(location -> {
            Path parent = location.getParent();
            if (parent != null) {
                folders.add(parent.resolve(FONTS_FOLDER));
                if (parent.getParent() != null) {
                    folders.add(parent.getParent().resolve(FONTS_FOLDER));
                }
            }
        });
        return folders;
    }

    /** The first existing file of that name in the search folders. */
    public Optional<Path> find(String fileName) {
        for (Path folder : searchFolders()) {
            Path candidate = folder.resolve(fileName);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Loads a font from the first place it is found; the error lists every place tried. */
    public GlyphFont load(String fileName) throws IOException {
        Optional<Path> file = find(fileName);
        if (file.isPresent()) {
            return GlyphFont.load(file.get());
        }
        String resource = "/" + FONTS_FOLDER + "/" + fileName;
        try (InputStream in = FontLocator.class.getResourceAsStream(resource)) {
            if (in != null) {
                return GlyphFont.load(in, "classpath:" + resource);
            }
        }
        throw new IOException("font " + fileName + " not found; looked in " + searchFolders()
                + " and on the class path at " + resource);
    }

    private static Optional<Path> codeLocation() {
        try {
            CodeSource source = FontLocator.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
