package retroshield.devices;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The host folder behind an {@link SdCard}, and the guard that keeps firmware inside it.
 *
 * <p>The card is flat: a name is one file of the folder, never a path. A name is refused when
 * it is empty or longer than {@value #MAX_NAME_LENGTH} characters, is {@code .} or {@code ..},
 * holds a path separator ({@code /} or {@code \}), a drive letter colon, a control character
 * or NUL, a character above $7E, one of {@code * ? " < > |}, ends in a dot or a space, or is a
 * device name of Windows (CON, NUL, COM1 ...). A symbolic link in the folder is followed only
 * when its target is a regular file inside the folder. Opening for reading matches the name
 * exactly, or else ignoring case when exactly one file matches that way.
 */
public final class SdFolder {

    /** Longest accepted file name. */
    public static final int MAX_NAME_LENGTH = 64;

    private static final String FORBIDDEN = "/\\:*?\"<>|";
    private static final Set<String> DEVICE_NAMES = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private final Path root;
    private final SdLimits limits;
    /** The folder's real path, found once it exists. */
    private Path realRoot;

    public SdFolder(Path root, SdLimits limits) {
        this.root = root.toAbsolutePath().normalize();
        this.limits = limits;
    }

    public Path root() {
        return root;
    }

    public SdLimits limits() {
        return limits;
    }

    /** Null if {@code name} is an acceptable file name, else why not. */
    public static String checkName(String name) {
        if (name == null || name.isEmpty()) {
            return "empty file name";
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return "file name longer than " + MAX_NAME_LENGTH + " characters";
        }
        if (name.equals(".") || name.equals("..")) {
            return "\"" + name + "\" names a folder, not a file";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == 0) {
                return "NUL byte in the file name";
            }
            if (c < 0x20 || c > 0x7E) {
                return String.format("character $%02X in the file name", (int) c);
            }
            if (FORBIDDEN.indexOf(c) >= 0) {
                return "character '" + c + "' in the file name (paths and drives are not allowed)";
            }
        }
        char last = name.charAt(name.length() - 1);
        if (last == '.' || last == ' ' || name.charAt(0) == ' ') {
            return "file name begins with a space or ends in a dot or a space";
        }
        String stem = name.toUpperCase(Locale.ROOT);
        int dot = stem.indexOf('.');
        if (DEVICE_NAMES.contains(dot < 0 ? stem : stem.substring(0, dot))) {
            return "\"" + name + "\" is a reserved device name";
        }
        return null;
    }

    private static void requireName(String name) throws SdRefusal {
        String problem = checkName(name);
        if (problem != null) {
            throw new SdRefusal(problem);
        }
    }

    /** Creates the folder if it is missing. */
    public void ensureExists() throws SdRefusal {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new SdRefusal("cannot create the card folder " + root + ": " + e.getMessage());
        }
    }

    /** The existing regular file for {@code name} (exact, else the one case-insensitive match). */
    public Path existing(String name) throws SdRefusal {
        requireName(name);
        Path path = root.resolve(name);
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            path = null;
            for (String candidate : names()) {
                if (candidate.equalsIgnoreCase(name)) {
                    if (path != null) {
                        throw new SdRefusal("\"" + name + "\" matches several files when case is ignored");
                    }
                    path = root.resolve(candidate);
                }
            }
            if (path == null) {
                throw new SdRefusal("no file \"" + name + "\"");
            }
        }
        requireInside(path);
        return path;
    }

    /**
     * The path a file {@code name} is created at: an existing file of that name (exactly, else
     * ignoring case), or a new one when the file count allows.
     */
    public Path forWriting(String name) throws SdRefusal {
        requireName(name);
        try {
            return existing(name);
        } catch (SdRefusal missing) {
            if (!missing.getMessage().startsWith("no file")) {
                throw missing;
            }
        }
        Path path = root.resolve(name);
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(path)) {
            throw new SdRefusal("\"" + name + "\" is not a regular file of the card");
        }
        if (names().size() >= limits.maxFiles()) {
            throw new SdRefusal("the card holds " + limits.maxFiles() + " files already (limit)");
        }
        return path;
    }

    /** Refuses anything but a regular file whose real location is directly in the folder. */
    private void requireInside(Path path) throws SdRefusal {
        try {
            Path real = path.toRealPath();
            if (realRoot == null) {
                realRoot = root.toRealPath();
            }
            if (!realRoot.equals(real.getParent())) {
                throw new SdRefusal("\"" + path.getFileName() + "\" leads outside the card folder");
            }
            if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                throw new SdRefusal("\"" + path.getFileName() + "\" is not a regular file");
            }
        } catch (IOException e) {
            throw new SdRefusal("\"" + path.getFileName() + "\" cannot be reached: " + e.getMessage());
        }
    }

    /** Names of the card's files (acceptable names, regular files inside), sorted ignoring case. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return names;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(root)) {
            for (Path entry : stream) {
                String name = entry.getFileName().toString();
                if (checkName(name) == null && isInsideFile(entry)) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            return names;
        }
        names.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(n -> n));
        return names;
    }

    private boolean isInsideFile(Path entry) {
        try {
            requireInside(entry);
            return true;
        } catch (SdRefusal e) {
            return false;
        }
    }

    /** Bytes of all the card's files together. */
    public long totalBytes() {
        long total = 0;
        for (String name : names()) {
            try {
                total += Files.size(root.resolve(name));
            } catch (IOException e) {
                // vanished meanwhile: counts nothing
            }
        }
        return total;
    }
}
