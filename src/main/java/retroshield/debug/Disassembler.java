package retroshield.debug;

import java.util.function.IntUnaryOperator;

/**
 * A Z80 disassembler covering every opcode, undocumented ones included. Stateless and
 * thread-safe.
 *
 * <p>Conventions (see docs/disassembler-and-cpm.md):
 * <ul>
 *   <li>Upper-case Zilog mnemonics, {@code $} hex numbers: {@code LD HL,$1234},
 *       {@code LD A,(IY-$02)}; relative jumps show the absolute target: {@code JR $0105}.</li>
 *   <li>Undocumented forms: {@code SLL r}, {@code IXH}/{@code IXL}/{@code IYH}/{@code IYL},
 *       {@code IN F,(C)}, {@code OUT (C),0}, {@code LD B,RLC (IX+$05)} for the DD CB register
 *       copies, {@code BIT n,(IX+d)} for all of DD CB 40-7F.</li>
 *   <li>A DD or FD prefix that does not change the next opcode (it is followed by another
 *       prefix or by an opcode that does not use HL) is its own one-byte pseudo-instruction
 *       {@code DB $DD} / {@code DB $FD}; the CPU treats it as a 4 T-state no-op.</li>
 *   <li>An ED opcode with no instruction is the two-byte {@code DB $ED,$xx}.</li>
 * </ul>
 */
public final class Disassembler {

    private static final int PREFIX_CB = 0xCB;
    private static final int PREFIX_ED = 0xED;
    private static final int PREFIX_IX = 0xDD;
    private static final int PREFIX_IY = 0xFD;

    private final MainDecoder main = new MainDecoder();
    private final CbDecoder cb = new CbDecoder();
    private final EdDecoder ed = new EdDecoder();

    /**
     * Disassembles the instruction at {@code address}.
     *
     * @param readByte returns the byte at an address (0..255); addresses wrap at 0xFFFF
     */
    public Disassembly disassemble(IntUnaryOperator readByte, int address) {
        ByteCursor cursor = new ByteCursor(readByte, address);
        String text = decode(cursor);
        return new Disassembly(cursor.start(), cursor.length(), text);
    }

    private String decode(ByteCursor c) {
        int opcode = c.next();
        switch (opcode) {
            case PREFIX_CB:
                return cb.decode(c.next());
            case PREFIX_ED:
                return ed.decode(c.next(), c);
            case PREFIX_IX:
                return indexed(c, IndexMode.IX);
            case PREFIX_IY:
                return indexed(c, IndexMode.IY);
            default:
                return main.decode(opcode, c, IndexMode.HL);
        }
    }

    private String indexed(ByteCursor c, IndexMode mode) {
        int opcode = c.peek(0);
        if (opcode == PREFIX_CB) {
            c.next();
            int displacement = c.next();
            return cb.decodeIndexed(c.next(), displacement, mode);       // DD CB d op
        }
        if (IndexMode.prefixAffects(opcode)) {
            c.next();
            return main.decode(opcode, c, mode);
        }
        return "DB " + Hex.byte8(mode == IndexMode.IX ? PREFIX_IX : PREFIX_IY); // lone prefix
    }
}
