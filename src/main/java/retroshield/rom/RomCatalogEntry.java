package retroshield.rom;

import java.nio.file.Path;

/**
 * One ROM of the library: what the app lists.
 *
 * @param metadataFile the {@code .json} file to open
 * @param name         display name
 * @param language     language or kind
 * @param description  short description
 */
public record RomCatalogEntry(Path metadataFile, String name, String language, String description) {
}
