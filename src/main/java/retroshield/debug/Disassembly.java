package retroshield.debug;

/**
 * One disassembled instruction.
 *
 * @param address the address of its first byte (0..0xFFFF)
 * @param length  how many bytes it occupies (1..4)
 * @param text    the instruction in upper-case Zilog syntax with {@code $} hex numbers,
 *                e.g. {@code LD HL,$1234}
 */
public record Disassembly(int address, int length, String text) {
}
