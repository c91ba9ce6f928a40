package retroshield.terminal.font;

import java.io.IOException;

/** A font file that does not follow the format: names the file, the line and what was expected. */
public final class FontFormatException extends IOException {

    private final String source;
    private final int line;

    public FontFormatException(String source, int line, String message) {
        super(source + (line > 0 ? " line " + line : "") + ": " + message);
        this.source = source;
        this.line = line;
    }

    /** The file or resource name. */
    public String source() {
        return source;
    }

    /** 1-based line number, or 0 when the problem is with the file as a whole. */
    public int line() {
        return line;
    }
}
