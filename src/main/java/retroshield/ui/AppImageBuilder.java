package retroshield.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Builds the double-clickable desktop app image (run by the {@code package} Maven profile):
 * draws the icon ({@link AppIcon}) as a PNG, gathers the shaded jar with the bundled
 * {@code roms/} and {@code fonts/} folders, runs {@code jpackage --type app-image} (which adds a
 * Java runtime of its own), and on Linux writes a {@code .desktop} entry beside it.
 * Usage: {@code AppImageBuilder <project dir> <target dir> <version>}.
 */
public final class AppImageBuilder {

    public static final String APP_NAME = "RetroShield";
    /**
     * The JDK modules the app needs (JavaFX and everything else travel in the jar): a runtime
     * of these is about a third of the full JDK.
     */
    public static final String RUNTIME_MODULES = "java.base,java.desktop,java.logging,java.management,"
            + "java.naming,java.sql,java.xml,jdk.unsupported,jdk.zipfs";

    private AppImageBuilder() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]).toAbsolutePath();
        Path target = Path.of(args[1]).toAbsolutePath();
        String version = args.length > 2 ? args[2].replaceAll("[^0-9.].*$", "") : "0.1.0";
        Path work = target.resolve("jpackage");
        Path input = work.resolve("input");
        Path dist = target.resolve("dist");
        deleteTree(work);
        deleteTree(dist.resolve(APP_NAME));
        Files.createDirectories(input);

        Path icon = work.resolve(APP_NAME + ".png");
        writeIcon(icon, 256);
        Files.copy(target.resolve("retroshield.jar"), input.resolve("retroshield.jar"));
        copyFolder(project.resolve("roms"), input.resolve("roms"), n -> n.endsWith(".bin") || n.endsWith(".json"));
        copyFolder(project.resolve("fonts"), input.resolve("fonts"), n -> true);

        List<String> cmd = new ArrayList<>(List.of(
                "--type", "app-image", "--name", APP_NAME, "--app-version", version.isEmpty() ? "0.1.0" : version,
                "--vendor", "RetroShield", "--description", "RetroShield Z80 emulator",
                "--input", input.toString(), "--main-jar", "retroshield.jar",
                "--main-class", "retroshield.Main", "--icon", icon.toString(),
                "--add-modules", RUNTIME_MODULES,
                "--java-options", "-Xss4m", "--dest", dist.toString()));
        ToolProvider jpackage = ToolProvider.findFirst("jpackage")
                .orElseThrow(() -> new IllegalStateException("jpackage not found: build with a JDK 17 or newer"));
        StringWriter out = new StringWriter();
        int rc = jpackage.run(new PrintWriter(out, true), new PrintWriter(out, true), cmd.toArray(String[]::new));
        System.out.print(out);
        if (rc != 0) {
            throw new IllegalStateException("jpackage failed with exit code " + rc);
        }
        Path image = dist.resolve(APP_NAME);
        if (System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            writeDesktopEntry(image);
        }
        System.out.println("App image: " + image + " (" + sizeOf(image) / (1024 * 1024) + " MB)");
    }

    static void writeIcon(Path file, int size) throws IOException {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, size, size, AppIcon.pixels(size), 0, size);
        Files.createDirectories(file.getParent());
        ImageIO.write(img, "png", file.toFile());
    }

    private static void writeDesktopEntry(Path image) throws IOException {
        Path launcher = image.resolve("bin").resolve(APP_NAME);
        Path icon = image.resolve("lib").resolve(APP_NAME + ".png");
        String entry = "[Desktop Entry]\n"
                + "Type=Application\n"
                + "Name=RetroShield Z80\n"
                + "Comment=Emulator of the RetroShield Z80 board with a CRT terminal\n"
                + "Exec=\"" + launcher + "\" %f\n"
                + "MimeType=application/json;\n"
                + "Icon=" + icon + "\n"
                + "Terminal=false\n"
                + "Categories=Development;Emulator;\n";
        Path file = image.resolve(APP_NAME + ".desktop");
        Files.writeString(file, entry);
        file.toFile().setExecutable(true);
        writeInstallScript(image);
    }

    /** The script that installs the menu entry for wherever the app image now is. */
    public static final String INSTALL_SCRIPT = "install-desktop-entry.sh";

    /**
     * Writes {@value #INSTALL_SCRIPT} into the image: it finds the image from its own location,
     * so the folder can be moved or copied anywhere first, and writes
     * {@code ~/.local/share/applications/retroshield.desktop} (or under $XDG_DATA_HOME).
     */
    static void writeInstallScript(Path image) throws IOException {
        String script = "#!/bin/sh\n"
                + "# Installs a menu entry for this RetroShield app image, wherever the folder is now.\n"
                + "set -e\n"
                + "here=$(cd \"$(dirname \"$0\")\" && pwd)\n"
                + "apps=\"${XDG_DATA_HOME:-$HOME/.local/share}/applications\"\n"
                + "mkdir -p \"$apps\"\n"
                + "cat > \"$apps/retroshield.desktop\" <<EOF\n"
                + "[Desktop Entry]\n"
                + "Type=Application\n"
                + "Name=RetroShield Z80\n"
                + "Comment=Emulator of the RetroShield Z80 board with a CRT terminal\n"
                + "Exec=\"$here/bin/" + APP_NAME + "\" %f\n"
                + "MimeType=application/json;\n"
                + "Icon=$here/lib/" + APP_NAME + ".png\n"
                + "Terminal=false\n"
                + "Categories=Development;Emulator;\n"
                + "EOF\n"
                + "echo \"Installed $apps/retroshield.desktop (pointing at $here)\"\n";
        Path file = image.resolve(INSTALL_SCRIPT);
        Files.writeString(file, script);
        file.toFile().setExecutable(true);
    }

    private static void copyFolder(Path from, Path to, java.util.function.Predicate<String> take) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path rel = from.relativize(f);
                if (rel.getNameCount() == 1 && take.test(rel.toString())) {
                    Files.createDirectories(to);
                    Files.copy(f, to.resolve(rel), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
