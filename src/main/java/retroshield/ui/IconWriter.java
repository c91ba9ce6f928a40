package retroshield.ui;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Writes the app icon as a PNG (used by the {@code package} Maven profile for jpackage).
 * Usage: {@code IconWriter out.png [size]}.
 */
public final class IconWriter {

    private IconWriter() {
    }

    public static void main(String[] args) throws IOException {
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, size, size, AppIcon.pixels(size), 0, size);
        File out = new File(args[0]);
        if (out.getParentFile() != null) {
            out.getParentFile().mkdirs();
        }
        ImageIO.write(img, "png", out);
    }
}
