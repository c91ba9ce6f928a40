package retroshield.rom;

import java.nio.file.Path;

/**
 * Where the image is and where it goes.
 *
 * @param file        the image file, resolved against the metadata file's folder
 * @param loadAddress the address of the image's first byte (raw binary only: Intel HEX
 *                    records carry their own addresses)
 */
public record ImageSpec(Path file, int loadAddress) {
}
