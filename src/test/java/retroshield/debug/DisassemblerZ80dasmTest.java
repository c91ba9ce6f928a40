package retroshield.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares the disassembler with Debian's z80dasm over every opcode byte pattern (see
 * {@link OpcodePatterns}). Each pattern sits in its own 8-byte slot padded with NOPs, so a
 * different instruction length never shifts the later patterns.
 *
 * <p>Numbers are compared by value ({@code 01234h}, {@code $1234} and {@code $+7} relative
 * targets all become decimal). Where z80dasm spells or splits things differently the test
 * applies a documented normalisation, counted by kind:
 * <ul>
 *   <li>SPELLING: z80dasm writes {@code sli} for SLL and {@code rlc (ix+5) & ld b,(ix+5)} for
 *       {@code LD B,RLC (IX+$05)}; for BIT it appends a register copy that BIT does not make.</li>
 *   <li>DUPLICATE: z80dasm does not decode the duplicate ED encodings (NEG, RETN, IM, and
 *       ED 63/6B = LD (nn),HL / LD HL,(nn)); they are compared with z80dasm's text for the
 *       main encoding.</li>
 *   <li>ED_NOP: z80dasm prints an undefined ED xx as a one-byte {@code defb 0edh} and then
 *       decodes xx; the disassembler shows the 2-byte no-op the CPU executes, {@code DB $ED,$xx}.</li>
 *   <li>LONE_PREFIX: z80dasm calls a DD/FD before an opcode that does not use HL an "illegal
 *       sequence" of 3 bytes; the disassembler shows the prefix alone, {@code DB $DD}.</li>
 * </ul>
 */
class DisassemblerZ80dasmTest {

    private static final int SLOT = 8;

    enum Normalisation { NONE, SPELLING, DUPLICATE, ED_NOP, LONE_PREFIX }

    /** Duplicate ED encodings → the encoding z80dasm does decode, and the extra length. */
    private static final Map<Integer, byte[]> DUPLICATES = new HashMap<>();

    static {
        for (int op : new int[] {0x4C, 0x54, 0x5C, 0x64, 0x6C, 0x74, 0x7C}) {
            DUPLICATES.put(op, OpcodePatterns.bytes(0xED, 0x44, 0x34, 0x12));   // NEG
        }
        for (int op : new int[] {0x55, 0x5D, 0x65, 0x6D, 0x75, 0x7D}) {
            DUPLICATES.put(op, OpcodePatterns.bytes(0xED, 0x45, 0x34, 0x12));   // RETN
        }
        for (int op : new int[] {0x4E, 0x66, 0x6E}) {
            DUPLICATES.put(op, OpcodePatterns.bytes(0xED, 0x46, 0x34, 0x12));   // IM 0 (4E/6E: "IM 0/1")
        }
        DUPLICATES.put(0x76, OpcodePatterns.bytes(0xED, 0x56, 0x34, 0x12));     // IM 1
        DUPLICATES.put(0x7E, OpcodePatterns.bytes(0xED, 0x5E, 0x34, 0x12));     // IM 2
        DUPLICATES.put(0x63, OpcodePatterns.bytes(0x22, 0x34, 0x12));           // LD (nn),HL
        DUPLICATES.put(0x6B, OpcodePatterns.bytes(0x2A, 0x34, 0x12));           // LD HL,(nn)
    }

    private static final Pattern Z80DASM_HEX = Pattern.compile("\\b([0-9][0-9a-f]*)h\\b");
    private static final Pattern Z80DASM_RELATIVE = Pattern.compile("\\$([+-]\\d+)");
    private static final Pattern OUR_HEX = Pattern.compile("\\$([0-9a-f]+)");

    private final Disassembler disassembler = new Disassembler();

    @Test
    void everyOpcodePatternAgreesWithZ80dasm(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Z80dasmReference.installed(),
                "z80dasm is not installed (apt-get install z80dasm): comparison skipped");
        List<byte[]> patterns = OpcodePatterns.all();
        byte[] binary = new byte[patterns.size() * SLOT];
        Map<String, Integer> slotOf = new HashMap<>();
        for (int i = 0; i < patterns.size(); i++) {
            byte[] p = patterns.get(i);
            System.arraycopy(p, 0, binary, i * SLOT, p.length);
            slotOf.putIfAbsent(HexFormat.of().formatHex(p), i * SLOT);
        }
        Map<Integer, Z80dasmReference.Line> reference = Z80dasmReference.disassemble(binary, dir);

        Map<Normalisation, Integer> counts = new EnumMap<>(Normalisation.class);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            int address = i * SLOT;
            byte[] p = patterns.get(i);
            Disassembly ours = disassembler.disassemble(a -> binary[a] & 0xFF, address);
            Expected expected = expected(p, address, reference, slotOf);
            counts.merge(expected.kind, 1, Integer::sum);
            String got = normaliseOurs(ours.text());
            if (!got.equals(expected.text) || ours.length() != expected.length) {
                mismatches.add(HexFormat.ofDelimiter(" ").formatHex(p) + ": ours '" + ours.text() + "' ("
                        + ours.length() + " bytes), z80dasm '" + expected.text + "' (" + expected.length
                        + " bytes, " + expected.kind + ")");
            }
        }
        System.out.println("z80dasm comparison: " + patterns.size() + " patterns, by normalisation " + counts);
        assertEquals(2816, patterns.size(), "pattern count");
        assertTrue(mismatches.isEmpty(), mismatches.size() + " mismatches:\n" + String.join("\n", mismatches));
    }

    private record Expected(String text, int length, Normalisation kind) {
    }

    private static Expected expected(byte[] p, int address, Map<Integer, Z80dasmReference.Line> reference,
                                     Map<String, Integer> slotOf) {
        int first = p[0] & 0xFF;
        int second = p[1] & 0xFF;
        if (first == 0xED && DUPLICATES.containsKey(second)) {
            byte[] main = DUPLICATES.get(second);
            int mainAddress = slotOf.get(HexFormat.of().formatHex(main));
            Z80dasmReference.Line line = lineAt(reference, mainAddress);
            int extra = (main[0] & 0xFF) == 0xED ? 0 : 1;
            return new Expected(normaliseZ80dasm(line.text(), mainAddress), line.length() + extra,
                    Normalisation.DUPLICATE);
        }
        Z80dasmReference.Line line = lineAt(reference, address);
        String text = line.text();
        if (text.contains("next byte illegal after ed")) {
            return new Expected("db 237," + second, 2, Normalisation.ED_NOP);
        }
        if (text.contains("illegal sequence")) {
            return new Expected("db " + first, 1, Normalisation.LONE_PREFIX);
        }
        String normalised = normaliseZ80dasm(text, address);
        boolean respelled = text.startsWith("sli") || text.contains(" & ");
        return new Expected(normalised, line.length(), respelled ? Normalisation.SPELLING : Normalisation.NONE);
    }

    private static Z80dasmReference.Line lineAt(Map<Integer, Z80dasmReference.Line> reference, int address) {
        Z80dasmReference.Line line = reference.get(address);
        if (line == null) {
            throw new AssertionError("z80dasm printed no instruction at " + Integer.toHexString(address));
        }
        return line;
    }

    /** z80dasm text → the comparison form: lower case, numbers in decimal, our spellings. */
    static String normaliseZ80dasm(String text, int address) {
        String t = text.toLowerCase();
        if (t.startsWith("sli")) {
            t = "sll" + t.substring(3);                               // sli r → sll r
        }
        int amp = t.indexOf(" & ");
        if (amp >= 0) {
            String operation = t.substring(0, amp);
            String copy = t.substring(amp + 3);                       // "ld b,(ix+005h)"
            t = operation.startsWith("bit ") ? operation
                    : copy.substring(0, copy.indexOf(',') + 1) + operation;   // ld b,rlc (ix+005h)
        }
        t = replaceAll(Z80DASM_RELATIVE, t, m -> String.valueOf((address + Integer.parseInt(m.group(1))) & 0xFFFF));
        return replaceAll(Z80DASM_HEX, t, m -> String.valueOf(Integer.parseInt(m.group(1), 16)));
    }

    /** Our text → the comparison form. */
    static String normaliseOurs(String text) {
        String t = text.toLowerCase();
        t = replaceAll(OUR_HEX, t, m -> String.valueOf(Integer.parseInt(m.group(1), 16)));
        return t;
    }

    private static String replaceAll(Pattern pattern, String text, java.util.function.Function<Matcher, String> f) {
        Matcher m = pattern.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
