package retroshield.rom;

import java.nio.file.Path;
import retroshield.devices.SdLimits;

/**
 * The SD card of a ROM: the host folder that backs it and its limits.
 *
 * @param folder the folder (resolved against the metadata file's folder, or as given by
 *               {@code run --sd})
 * @param limits file size, file count and total size limits
 */
public record StorageSpec(Path folder, SdLimits limits) {

    public StorageSpec {
        if (folder == null || limits == null) {
            throw new IllegalArgumentException("storage needs a folder and limits");
        }
    }

    /** A card in {@code folder} with the default limits. */
    public static StorageSpec of(Path folder) {
        return new StorageSpec(folder, SdLimits.DEFAULT);
    }
}
