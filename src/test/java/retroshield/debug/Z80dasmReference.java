package retroshield.debug;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs Debian's {@code z80dasm} once over a binary and indexes its listing by address.
 * Options: {@code -a} (address comment), {@code -t} (bytes comment), {@code -u} (undocumented
 * instructions written as instructions, not as defb), {@code -g 0} (origin 0), no labels.
 */
final class Z80dasmReference {

    /** One listing line: the instruction text and how many bytes z80dasm took for it. */
    record Line(String text, int length) {
    }

    // "\tld bc,01234h\t\t;0101\t01 34 12 \t. 4 . "
    private static final Pattern LINE =
            Pattern.compile("^\\t(.*?)\\t+;([0-9a-f]{4})\\t((?:[0-9a-f]{2} )+)\\t.*$");

    private Z80dasmReference() {
    }

    static boolean installed() {
        try {
            Process p = new ProcessBuilder("z80dasm", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Map<Integer, Line> disassemble(byte[] binary, Path workDir) throws IOException, InterruptedException {
        Path input = workDir.resolve("patterns.bin");
        Path output = workDir.resolve("patterns.asm");
        Files.write(input, binary);
        Process p = new ProcessBuilder("z80dasm", "-a", "-t", "-u", "-g", "0", "-o", output.toString(),
                input.toString()).redirectErrorStream(true).start();
        String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("z80dasm failed: " + messages);
        }
        Map<Integer, Line> byAddress = new HashMap<>();
        for (String line : Files.readAllLines(output, StandardCharsets.ISO_8859_1)) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                int length = m.group(3).trim().split(" ").length;
                byAddress.put(Integer.parseInt(m.group(2), 16), new Line(m.group(1).trim(), length));
            }
        }
        return byAddress;
    }
}
