package retroshield.rom;

/**
 * A line a user can type and text the reply must contain.
 *
 * @param input  the line, without Enter
 * @param expect text that appears in the output after the line is typed
 */
public record RomExample(String input, String expect) {
}
