package retroshield.rom;

import java.io.IOException;

/**
 * A ROM image or metadata file that cannot be used. The message names the file and, where it
 * helps, the line or JSON field and what was expected, ready to show to a user as it is.
 */
public final class RomFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public RomFormatException(String message) {
        super(message);
    }

    public RomFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
