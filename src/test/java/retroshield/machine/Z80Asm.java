package retroshield.machine;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny hand assembler for test programs: each method emits one Z80 instruction (the
 * mnemonic is the method's javadoc), labels are resolved at {@link #bytes()}.
 */
public final class Z80Asm {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Map<String, Integer> labels = new HashMap<>();
    private final List<Fixup> fixups = new ArrayList<>();

    private record Fixup(int position, String label, boolean relative) {
    }

    /** Current address (programs start at $0000). */
    int here() {
        return out.size();
    }

    /** Pads with NOPs up to {@code address}. */
    Z80Asm org(int address) {
        if (address < here()) {
            throw new IllegalStateException(String.format("org $%04X is behind $%04X", address, here()));
        }
        while (here() < address) {
            out.write(0x00);
        }
        return this;
    }

    Z80Asm label(String name) {
        labels.put(name, here());
        return this;
    }

    private Z80Asm emit(int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
        return this;
    }

    private Z80Asm word(int value) {
        return emit(value & 0xFF, (value >> 8) & 0xFF);
    }

    private Z80Asm wordLabel(String label) {
        fixups.add(new Fixup(here(), label, false));
        return word(0);
    }

    private Z80Asm relative(int opcode, String label) {
        emit(opcode);
        fixups.add(new Fixup(here(), label, true));
        return emit(0);
    }

    /** NOP */ Z80Asm nop() { return emit(0x00); }
    /** DI */ Z80Asm di() { return emit(0xF3); }
    /** EI */ Z80Asm ei() { return emit(0xFB); }
    /** HALT */ Z80Asm halt() { return emit(0x76); }
    /** IM 1 */ Z80Asm im1() { return emit(0xED, 0x56); }
    /** IM 2 */ Z80Asm im2() { return emit(0xED, 0x5E); }
    /** LD I,A */ Z80Asm ldIA() { return emit(0xED, 0x47); }
    /** RETI */ Z80Asm reti() { return emit(0xED, 0x4D); }
    /** RET */ Z80Asm ret() { return emit(0xC9); }
    /** LD SP,nn */ Z80Asm ldSp(int nn) { emit(0x31); return word(nn); }
    /** LD HL,nn */ Z80Asm ldHl(int nn) { emit(0x21); return word(nn); }
    /** LD HL,(nn) */ Z80Asm ldHlInd(int nn) { emit(0x2A); return word(nn); }
    /** LD A,n */ Z80Asm ldA(int n) { return emit(0x3E, n); }
    /** LD B,n */ Z80Asm ldB(int n) { return emit(0x06, n); }
    /** LD C,n */ Z80Asm ldC(int n) { return emit(0x0E, n); }
    /** LD H,n */ Z80Asm ldH(int n) { return emit(0x26, n); }
    /** LD B,A */ Z80Asm ldBA() { return emit(0x47); }
    /** LD A,B */ Z80Asm ldAB() { return emit(0x78); }
    /** LD L,B */ Z80Asm ldLB() { return emit(0x68); }
    /** LD A,L */ Z80Asm ldAL() { return emit(0x7D); }
    /** LD (HL),A */ Z80Asm ldHlA() { return emit(0x77); }
    /** LD A,(HL) */ Z80Asm ldAHl() { return emit(0x7E); }
    /** LD (nn),A */ Z80Asm ldMemA(int nn) { emit(0x32); return word(nn); }
    /** LD A,(nn) */ Z80Asm ldAMem(int nn) { emit(0x3A); return word(nn); }
    /** INC A */ Z80Asm incA() { return emit(0x3C); }
    /** DEC C */ Z80Asm decC() { return emit(0x0D); }
    /** SUB (HL) */ Z80Asm subHl() { return emit(0x96); }
    /** AND n */ Z80Asm and(int n) { return emit(0xE6, n); }
    /** OR A */ Z80Asm orA() { return emit(0xB7); }
    /** XOR A */ Z80Asm xorA() { return emit(0xAF); }
    /** CP n */ Z80Asm cp(int n) { return emit(0xFE, n); }
    /** CP B */ Z80Asm cpB() { return emit(0xB8); }
    /** PUSH AF */ Z80Asm pushAf() { return emit(0xF5); }
    /** POP AF */ Z80Asm popAf() { return emit(0xF1); }
    /** PUSH HL */ Z80Asm pushHl() { return emit(0xE5); }
    /** POP HL */ Z80Asm popHl() { return emit(0xE1); }
    /** IN A,(n) */ Z80Asm in(int port) { return emit(0xDB, port); }
    /** OUT (n),A */ Z80Asm out(int port) { return emit(0xD3, port); }
    /** JR label */ Z80Asm jr(String label) { return relative(0x18, label); }
    /** JR Z,label */ Z80Asm jrZ(String label) { return relative(0x28, label); }
    /** JR NZ,label */ Z80Asm jrNz(String label) { return relative(0x20, label); }
    /** JR C,label */ Z80Asm jrC(String label) { return relative(0x38, label); }
    /** JR NC,label */ Z80Asm jrNc(String label) { return relative(0x30, label); }
    /** JP label */ Z80Asm jp(String label) { emit(0xC3); return wordLabel(label); }
    /** CALL label */ Z80Asm call(String label) { emit(0xCD); return wordLabel(label); }
    /** DW label (a data word) */ Z80Asm dw(String label) { return wordLabel(label); }
    /** DB bytes */ Z80Asm db(int... bytes) { return emit(bytes); }

    /** The program with every label resolved. */
    public byte[] bytes() {
        byte[] code = out.toByteArray();
        for (Fixup f : fixups) {
            Integer target = labels.get(f.label());
            if (target == null) {
                throw new IllegalStateException("undefined label " + f.label());
            }
            if (f.relative()) {
                int offset = target - (f.position() + 1);
                if (offset < -128 || offset > 127) {
                    throw new IllegalStateException("JR to " + f.label() + " out of range: " + offset);
                }
                code[f.position()] = (byte) offset;
            } else {
                code[f.position()] = (byte) target.intValue();
                code[f.position() + 1] = (byte) (target >> 8);
            }
        }
        return code;
    }
}
