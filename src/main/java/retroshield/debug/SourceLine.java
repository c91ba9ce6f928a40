package retroshield.debug;

/** A line of a source file, e.g. {@code interp.c:120}. */
public record SourceLine(String file, int line) {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
