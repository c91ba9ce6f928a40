package retroshield.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.IntUnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import retroshield.debug.Disassembler;
import retroshield.debug.Disassembly;

/**
 * {@code disasm FILE [--org ADDR] [--start OFFSET] [--length N]}: a listing of a binary file,
 * one instruction a line: address, bytes, instruction ({@code 0100  21 34 12     LD HL,$1234}).
 */
@Command(name = "disasm", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 1,
        description = {"Disassemble a binary file (Z80, undocumented opcodes included).",
                "Numbers may be written 0x100, $100, 100h or 256."})
public final class DisasmCommand implements Callable<Integer> {

    private static final int ADDRESS_SPACE = 0x10000;
    private static final int MAX_INSTRUCTION_BYTES = 4;
    /** Binary files up to this size are read (a part of at most 64 KB is listed). */
    private static final long MAX_FILE_BYTES = 16L << 20;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The binary file.")
    Path file;

    @Option(names = "--org", paramLabel = "ADDR", defaultValue = "0",
            description = "Address of the first disassembled byte (default: ${DEFAULT-VALUE}).")
    String org;

    @Option(names = "--start", paramLabel = "OFFSET", defaultValue = "0",
            description = "Offset in the file where disassembly starts (default: ${DEFAULT-VALUE}).")
    String start;

    @Option(names = "--length", paramLabel = "N",
            description = "Number of bytes to disassemble (default: to the end of the file).")
    String length;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            int origin = parse("--org", org, ADDRESS_SPACE - 1);
            byte[] data = BinaryInput.read(file, MAX_FILE_BYTES, "a binary file");
            String text = BinaryInput.textKind(data);
            if ("Intel HEX text".equals(text)) {
                listHex(data);
                return 0;
            }
            if (text != null) {
                throw new BinaryInput.Refused(file + ": is " + text + ", not machine code");
            }
            int from = parse("--start", start, data.length - 1);
            int count = length == null ? data.length - from : parse("--length", length, ADDRESS_SPACE);
            if (from + count > data.length) {
                throw new IllegalArgumentException("--start " + from + " --length " + count + " runs past the end of "
                        + file + " (" + data.length + " bytes)");
            }
            if (count > ADDRESS_SPACE) {
                throw new IllegalArgumentException(String.format("%s: %,d bytes from --start %d are more than the"
                        + " Z80's 64 KB; pick a part with --start and --length", file, count, from));
            }
            list(data, from, count, origin, spec.commandLine().getOut());
            return 0;
        } catch (BinaryInput.Refused | retroshield.rom.RomFormatException e) {
            err.println("disasm: " + e.getMessage());
        } catch (NoSuchFileException e) {
            err.println("disasm: " + file + ": no such file");
        } catch (IOException e) {
            err.println("disasm: " + file + ": cannot read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            err.println("disasm: " + e.getMessage());
        }
        err.flush();
        return 1;
    }

    /** An Intel HEX file: each run of data at the addresses its records give. */
    private void listHex(byte[] data) throws IOException {
        if (length != null || !"0".equals(start.trim()) || !"0".equals(org.trim())) {
            throw new IllegalArgumentException(file + ": is Intel HEX, whose records give the addresses;"
                    + " --org, --start and --length apply to binary files");
        }
        java.util.List<retroshield.rom.ImageSegment> segments = retroshield.rom.IntelHex.parse(
                new String(data, java.nio.charset.StandardCharsets.ISO_8859_1), file.toString());
        if (segments.isEmpty()) {
            throw new IllegalArgumentException(file + ": holds no data records");
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean first = true;
        for (retroshield.rom.ImageSegment segment : segments) {
            if (!first) {
                out.println();
            }
            first = false;
            list(segment.bytes(), 0, segment.bytes().length, segment.address(), out);
        }
    }

    /** Writes the listing of {@code count} bytes of {@code data} from {@code from}, placed at {@code origin}. */
    static void list(byte[] data, int from, int count, int origin, PrintWriter out) {
        IntUnaryOperator memory = address -> {
            int offset = (address - origin) & 0xFFFF;
            return offset < count ? data[from + offset] & 0xFF : 0;
        };
        Disassembler disassembler = new Disassembler();
        int offset = 0;
        while (offset < count) {
            int address = (origin + offset) & 0xFFFF;
            Disassembly d = disassembler.disassemble(memory, address);
            if (d.length() > count - offset) {        // cut off by the end of the range: the rest as data
                StringBuilder db = new StringBuilder("DB ");
                for (int i = 0; i < count - offset; i++) {
                    db.append(i == 0 ? "" : ",").append(String.format("$%02X", data[from + offset + i] & 0xFF));
                }
                d = new Disassembly(address, count - offset, db + "  ; " + d.text().split(" ")[0]
                        + " cut off by the end of the range");
            }
            out.println(line(d, memory));
            offset += d.length();
        }
        out.flush();
    }

    /** One listing line: {@code 0100  21 34 12     LD HL,$1234}. */
    static String line(Disassembly d, IntUnaryOperator memory) {
        StringBuilder bytes = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            if (i > 0) {
                bytes.append(' ');
            }
            bytes.append(String.format("%02X", memory.applyAsInt((d.address() + i) & 0xFFFF)));
        }
        int width = MAX_INSTRUCTION_BYTES * 3 - 1;
        return String.format("%04X  %-" + width + "s  %s", d.address(), bytes, d.text());
    }

    /**
     * Parses {@code 0x100}, {@code $100}, {@code 100h} (hex) or {@code 256} (decimal).
     *
     * @throws IllegalArgumentException naming the option when the text is not a number in 0..max
     */
    static int parse(String option, String text, int max) {
        String t = text.trim();
        int radix = 10;
        if (t.startsWith("0x") || t.startsWith("0X")) {
            t = t.substring(2);
            radix = 16;
        } else if (t.startsWith("$")) {
            t = t.substring(1);
            radix = 16;
        } else if (t.endsWith("h") || t.endsWith("H")) {
            t = t.substring(0, t.length() - 1);
            radix = 16;
        }
        long value;
        try {
            if (t.isEmpty() || t.startsWith("-") || t.startsWith("+")) {
                throw new NumberFormatException();
            }
            value = Long.parseLong(t, radix);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + text
                    + "' is not a number (expected 0x100, $100, 100h or 256)");
        }
        if (value > max) {
            throw new IllegalArgumentException(option + ": " + text + " is out of range (0.." + max + ")");
        }
        return (int) value;
    }
}
