package retroshield.rom;

import java.util.List;

/**
 * A ROM ready to put into a machine.
 *
 * @param metadata its metadata (read, or made up for a bare image)
 * @param image    its bytes
 * @param notices  things the user should know (bare image defaults, image bytes outside every
 *                 region); the CLI prints them to standard error
 */
public record LoadedRom(RomMetadata metadata, RomImage image, List<String> notices) {

    public LoadedRom {
        notices = List.copyOf(notices);
    }
}
