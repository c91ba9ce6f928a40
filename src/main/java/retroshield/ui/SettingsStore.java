package retroshield.ui;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and saves {@link AppSettings} as {@code settings.json} in the user's configuration
 * folder: {@code $XDG_CONFIG_HOME/retroshield} or {@code ~/.config/retroshield} on Linux,
 * {@code %APPDATA%\RetroShield} on Windows, {@code ~/Library/Application Support/RetroShield} on
 * macOS; the system property {@value #CONFIG_DIR_PROPERTY} overrides it (tests use it). A file
 * that cannot be read is reported, renamed to {@code settings.json.bad} and replaced by the
 * defaults; nothing here throws.
 */
public final class SettingsStore {

    public static final String CONFIG_DIR_PROPERTY = "retroshield.config.dir";
    public static final String FILE_NAME = "settings.json";

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

    private final Path file;
    private final Gson gson = new GsonBuilder().setPrettyPrinting().serializeNulls().create();

    /** The outcome of loading: the settings and, when the file was bad, a notice for the user. */
    public record Loaded(AppSettings settings, String notice) {
    }

    public SettingsStore(Path folder) {
        this.file = folder.resolve(FILE_NAME);
    }

    /** The store in the user's configuration folder. */
    public static SettingsStore forUser() {
        return new SettingsStore(configFolder(System.getProperties().getProperty(CONFIG_DIR_PROPERTY),
                System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", ".")));
    }

    static Path configFolder(String override, Map<String, String> env, String osName, String home) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase();
        if (os.contains("win") && env.get("APPDATA") != null) {
            return Path.of(env.get("APPDATA"), "RetroShield");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "RetroShield");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "retroshield");
        }
        return Path.of(home, ".config", "retroshield");
    }

    public Path file() {
        return file;
    }

    public Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(AppSettings.defaults(), null);
        }
        try {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            AppSettings s = gson.fromJson(json, AppSettings.class);
            if (s == null) {
                throw new JsonParseException("the file is empty");
            }
            return new Loaded(s, null);
        } catch (IOException | RuntimeException e) {
            Path bad = file.resolveSibling(FILE_NAME + ".bad");
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.warn("Settings file {} could not be read ({}); it is renamed to {} and the defaults are used",
                    file, why, bad.getFileName());
            try {
                Files.move(file, bad, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException moveError) {
                String reason = moveError.getMessage() == null ? moveError.getClass().getSimpleName() : moveError.getMessage();
                LOG.warn("Could not rename {}: {}", file, reason);
                return new Loaded(AppSettings.defaults(), "Settings file " + file + " was damaged (" + why
                        + "); defaults used. It could not be renamed to " + bad.getFileName() + " (" + reason
                        + ") and will be replaced when settings are saved");
            }
            return new Loaded(AppSettings.defaults(),
                    "Settings file was damaged; defaults used (old file kept as " + bad.getFileName() + ")");
        }
    }

    /** Saves the settings; returns false (and logs) when the file cannot be written. */
    public boolean save(AppSettings settings) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            Files.writeString(tmp, gson.toJson(settings), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not save settings to {}: {}", file, e.getMessage());
            return false;
        }
    }
}
