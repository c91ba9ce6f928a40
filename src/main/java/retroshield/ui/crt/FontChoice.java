package retroshield.ui.crt;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.text.Font;

/** Finds TrueType fonts for the terminal: Glass TTY VT220 when installed, else a monospace font. */
public final class FontChoice {

    /** Where Debian's fonts-glasstty installs Glass TTY VT220. */
    public static final Path GLASS_TTY = Path.of("/usr/share/fonts/truetype/glasstty/Glass_TTY_VT220.ttf");

    private FontChoice() {
    }

    /** Glass TTY VT220 if installed, else null. */
    public static Font glassTty(double size) {
        return Files.isReadable(GLASS_TTY) ? load(GLASS_TTY, size) : null;
    }

    /** Loads a TrueType file, or returns null if it cannot be read. */
    public static Font load(Path file, double size) {
        try (InputStream in = Files.newInputStream(file)) {
            return Font.loadFont(in, size);
        } catch (Exception e) {
            return null;
        }
    }

    /** Glass TTY if installed, else the platform's monospace font. */
    public static Font defaultTrueType(double size) {
        Font glass = glassTty(size);
        return glass != null ? glass : Font.font("Monospaced", size);
    }
}
