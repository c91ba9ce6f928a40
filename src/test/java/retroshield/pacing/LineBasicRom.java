package retroshield.pacing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Builds the test ROM src/test/resources/roms/linebasic/linebasic.s (an 8251 line editor with
 * a 63-byte interrupt buffer, no flow control and a break check, like Grant Searle's 8251
 * BASIC) with SDCC's assembler into target/linebasic/, next to a metadata file for it.
 */
public final class LineBasicRom {

    static final Path SOURCE = Path.of("src/test/resources/roms/linebasic/linebasic.s");
    static final Path DIR = Path.of("target/linebasic");
    /** Where the ROM keeps the program text, and the word holding its end. */
    public static final int PROG = 0x2400;
    public static final int PEND = 0x2044;

    private LineBasicRom() {
    }

    /** The metadata file (built once per JVM; rebuilt when the source is newer). */
    public static synchronized Path metadata() throws IOException, InterruptedException {
        Path bin = DIR.resolve("linebasic.bin");
        Path json = DIR.resolve("linebasic.json");
        if (!Files.exists(bin) || Files.getLastModifiedTime(bin).compareTo(Files.getLastModifiedTime(SOURCE)) < 0) {
            Files.createDirectories(DIR);
            run("sdasz80", "-o", "linebasic.rel", SOURCE.toAbsolutePath().toString());
            run("sdldz80", "-i", "linebasic.ihx", "linebasic.rel");
            run("makebin", "-s", "8192", "linebasic.ihx", "linebasic.bin");
        }
        Files.writeString(json, """
                {
                  "name": "linebasic (test)",
                  "image": { "file": "linebasic.bin", "loadAddress": "0x0000" },
                  "memory": [
                    { "start": "0x0000", "end": "0x1FFF", "type": "rom" },
                    { "start": "0x2000", "end": "0xFFFF", "type": "ram" }
                  ],
                  "serial": { "chip": "i8251", "dataPort": "0x00", "controlPort": "0x01", "interruptDriven": true },
                  "input": { "pacing": "line", "prompt": "Ok\\r\\n" },
                  "ready": "Ok"
                }
                """, StandardCharsets.UTF_8);
        return json;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(List.of(command)).directory(DIR.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException(command[0] + " is needed to build the linebasic test ROM (apt-get install sdcc): "
                    + e.getMessage(), e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed:\n" + out);
        }
    }

    /** A listing of about {@code bytes} bytes: numbered PRINT lines, 10, 20, 30, ... ("\n" line ends). */
    public static String listing(int bytes) {
        StringBuilder sb = new StringBuilder();
        int n = 10;
        while (sb.length() < bytes) {
            sb.append(n).append(" PRINT \"LINE ").append(n).append(" OF A LONG PASTED LISTING\"\n");
            n += 10;
        }
        return sb.toString();
    }
}
