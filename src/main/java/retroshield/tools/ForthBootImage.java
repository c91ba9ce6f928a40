package retroshield.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import retroshield.machine.HeadlessSession;
import retroshield.machine.Machine;
import retroshield.rom.RomLoader;

/**
 * Makes the Forth ROM's built-in dictionary (roms/src/forth/bootimage.inc): boots the built
 * roms/forth.bin on the emulator with boot.inc's Forth text placed in RAM and the text-boot
 * request set (see ram.inc, TB_*), so the ROM's own compiler interprets it exactly as a cold
 * start used to, then writes the resulting dictionary, LATEST, the last xt and the 31 name
 * chain heads as assembler. The image sits at the end of the ROM, so the kernel addresses it
 * holds do not move when it changes.
 *
 * <p>Usage: {@code java -cp target/classes retroshield.tools.ForthBootImage [roms-dir]}
 * (roms/src/forth/make-image.sh runs build, generator and build again).
 */
public final class ForthBootImage {

    static final long BOOT_CYCLES = 400_000_000L;

    private ForthBootImage() {
    }

    /** The generated bootimage.inc text for the ROM folder {@code roms}. */
    public static String generate(Path roms) throws IOException {
        Path src = roms.resolve("src").resolve("forth");
        String text = ForthBootText.bootText(src.resolve("boot.inc"));
        Map<String, Integer> eq = ForthBootText.equates(src.resolve("ram.inc"));
        int textAt = ForthBootText.require(eq, "TB_TEXT");
        Machine machine = new Machine(new RomLoader().load(roms.resolve("forth.json")));
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < bytes.length; i++) {
            machine.write(textAt + i, bytes[i]);
        }
        poke16(machine, ForthBootText.require(eq, "TB_LEN"), bytes.length);
        poke16(machine, ForthBootText.require(eq, "TB_MAGIC1"), ForthBootText.require(eq, "TB_MAGIC1_VALUE"));
        poke16(machine, ForthBootText.require(eq, "TB_MAGIC2"), ForthBootText.require(eq, "TB_MAGIC2_VALUE"));
        String out;
        try (HeadlessSession session = HeadlessSession.of(machine)) {
            out = session.expect(" ok\r\n", BOOT_CYCLES);
        } catch (AssertionError e) {
            throw new IOException("boot.inc did not compile to the first \" ok\": " + e.getMessage());
        }
        String afterBanner = out.substring(out.indexOf('\n') + 1);
        if (!afterBanner.equals(" ok\r\n")) {
            throw new IOException("boot.inc printed while compiling (an error?): " + afterBanner.strip());
        }
        int dict = ForthBootText.require(eq, "DICT");
        int here = peek16(machine, ForthBootText.require(eq, "v_here"));
        if (here < dict || here > textAt) {
            throw new IOException(String.format("HERE $%04X after boot is outside $%04X..$%04X", here, dict, textAt));
        }
        return render(machine, eq, dict, here);
    }

    private static String render(Machine machine, Map<String, Integer> eq, int dict, int here) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append(";; bootimage.inc - GENERATED from boot.inc by retroshield.tools.ForthBootImage: do not edit,\n");
        s.append(";; run roms/src/forth/make-image.sh. The dictionary boot.inc compiles ($")
                .append(hex(dict)).append("-$").append(hex(here - 1)).append(", ")
                .append(here - dict).append(" bytes),\n;; copied to RAM at a cold start.\n");
        s.append("IMG_LATEST = 0x").append(hex(peek16(machine, ForthBootText.require(eq, "v_latest")))).append('\n');
        s.append("IMG_LASTXT = 0x").append(hex(peek16(machine, ForthBootText.require(eq, "v_lastxt")))).append('\n');
        s.append("boot_image_heads:\n");
        int heads = ForthBootText.require(eq, "v_heads");
        for (int i = 0; i < 32; i += 8) {
            s.append("\t.dw\t");
            for (int j = 0; j < 8; j++) {
                s.append(j == 0 ? "" : ", ").append("0x").append(hex(peek16(machine, heads + 2 * (i + j))));
            }
            s.append('\n');
        }
        s.append("boot_image:\n");
        for (int a = dict; a < here; a += 16) {
            s.append("\t.db\t");
            for (int b = a; b < Math.min(here, a + 16); b++) {
                s.append(b == a ? "" : ",").append(String.format("0x%02X", machine.read(b)));
            }
            s.append('\n');
        }
        s.append("boot_image_end:\n");
        return s.toString();
    }

    private static String hex(int value) {
        return String.format("%04X", value);
    }

    private static void poke16(Machine machine, int address, int value) {
        machine.write(address, value & 0xFF);
        machine.write(address + 1, (value >> 8) & 0xFF);
    }

    private static int peek16(Machine machine, int address) {
        return machine.read(address) | machine.read(address + 1) << 8;
    }

    public static void main(String[] args) {
        Path roms = Path.of(args.length > 0 ? args[0] : "roms");
        try {
            String image = generate(roms);
            Files.writeString(roms.resolve("src/forth/bootimage.inc"), image, StandardCharsets.ISO_8859_1);
            System.out.println("wrote " + roms.resolve("src/forth/bootimage.inc"));
        } catch (IOException e) {
            System.err.println("ForthBootImage: " + e.getMessage());
            System.exit(1);
        }
    }
}
