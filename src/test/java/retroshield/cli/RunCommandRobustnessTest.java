package retroshield.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command against hostile or odd programs and inputs: whatever the emulated program
 * does, the command ends with a defined exit code and a one-line message, never a stack trace;
 * output reaches standard output byte for byte; {@code --stats} reports the speed achieved.
 */
class RunCommandRobustnessTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final StandardStreams streams = new StandardStreams();
    private final ByteArrayOutputStream stdout = streams.stdout;
    private final ByteArrayOutputStream stderr = streams.stderr;

    private int run(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "run";
        System.arraycopy(args, 0, full, 1, args.length);
        return RetroShieldCommand.execute(full);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    private Path image(String name, int... bytes) throws Exception {
        byte[] data = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            data[i] = (byte) bytes[i];
        }
        Path file = dir.resolve(name);
        Files.write(file, data);
        return file;
    }

    private void assertNoStackTrace() {
        assertFalse(err().contains("\tat "), err());
        assertFalse(err().contains("Exception"), err());
    }

    /** Sends the bytes 0..255 through a polled 6850, then DI; HALT. */
    private Path allBytesProgram() throws Exception {
        return image("allbytes.bin",
                0x3E, 0x03, 0xD3, 0x80,          // LD A,3 ; OUT ($80),A   master reset
                0x3E, 0x15, 0xD3, 0x80,          // LD A,$15 ; OUT ($80),A  /16 8N1
                0x06, 0x00,                      // LD B,0
                0xDB, 0x80,                      // loop: IN A,($80)
                0xE6, 0x02,                      // AND 2 (TDRE)
                0x28, 0xFA,                      // JR Z,loop
                0x78,                            // LD A,B
                0xD3, 0x81,                      // OUT ($81),A
                0x04,                            // INC B
                0x20, 0xF4,                      // JR NZ,loop
                0xF3, 0x76);                     // DI ; HALT
    }

    @Test
    void outputReachesStandardOutputByteForByte() throws Exception {
        assertEquals(3, run(allBytesProgram().toString(), "--timeout", "20"), err());
        byte[] expected = new byte[256];
        for (int i = 0; i < 256; i++) {
            expected[i] = (byte) i;
        }
        assertArrayEquals(expected, stdout.toByteArray());
        assertTrue(err().contains("run: note: chose MC6850 at $80/$81 because the firmware first read port $80"),
                "a bare image tells which chip it got: " + err());
    }

    @Test
    void bareHaltWithInterruptsDisabledExitsThreeWithANotice() throws Exception {
        Path halt = image("halt.bin", 0xF3, 0x76);                 // DI ; HALT
        assertEquals(3, run(halt.toString(), "--timeout", "20"));
        assertTrue(err().contains("no metadata file"), err());
        assertTrue(err().contains("run: the CPU halted with interrupts disabled (HALT at $0001)"), err());
    }

    @Test
    void haltWithInterruptsEnabledAndNothingToWakeItEndsScriptedRunsQuietly() throws Exception {
        Path halt = image("haltei.bin", 0xFB, 0x76);               // EI ; HALT
        assertEquals(0, run(halt.toString(), "--timeout", "20"), err());
        assertEquals(2, run(halt.toString(), "--until", "never", "--timeout", "0.3"), err());
    }

    @Test
    void haltWaitingForAnInterruptThatIsNotWiredExitsThree() throws Exception {
        Files.write(dir.resolve("wait.bin"), new byte[] {(byte) 0xFB, 0x76});   // EI ; HALT
        Path json = dir.resolve("wait.json");
        Files.writeString(json, """
                { "image": { "file": "wait.bin" },
                  "serial": { "chip": "mc6850", "interruptDriven": false } }
                """);
        assertEquals(3, run(json.toString(), "--until", "never", "--timeout", "20"), err());
        assertTrue(err().contains("run: the CPU halted waiting for an interrupt (HALT at $0001), but the serial"
                + " chip's interrupt output is not wired to /INT"), err());
        stderr.reset();
        assertEquals(2, run(json.toString(), "--interrupts", "--until", "never", "--timeout", "0.3"), err());
    }

    @Test
    void statsReportTheSpeedAchieved() throws Exception {
        Path loop = image("loop.bin", 0x18, 0xFE);                 // JR $
        assertEquals(0, run(loop.toString(), "--speed", "mega", "--cycles", "47500", "--stats"), err());
        Matcher m = Pattern.compile("run: ([\\d,]+) T-states in ([\\d.]+) s: ([\\d.]+) kHz achieved,"
                + " target 95.0 kHz \\((\\d+)% of the target\\)").matcher(err());
        assertTrue(m.find(), err());
        long cycles = Long.parseLong(m.group(1).replace(",", ""));
        assertTrue(cycles >= 47_500 && cycles < 47_520, m.group());
        double seconds = Double.parseDouble(m.group(2));
        assertTrue(seconds >= 0.45, "half a second of 95 kHz cannot take less: " + m.group());
        assertEquals(0, run(loop.toString(), "--cycles", "1000", "--stats"), err());
        assertTrue(err().contains("achieved, target unlimited"), err());
    }

    @Test
    void aProgramFloodingOutputIsStoppedByTheLimits() throws Exception {
        Path flood = image("flood.bin",
                0x3E, 0x15, 0xD3, 0x80,                            // LD A,$15 ; OUT ($80),A
                0x3E, 0x41,                                        // LD A,'A'
                0xD3, 0x81,                                        // loop: OUT ($81),A
                0x18, 0xFC);                                       // JR loop
        assertEquals(0, run(flood.toString(), "--cycles", "2000000"), err());
        assertTrue(stdout.size() > 50_000, "bytes: " + stdout.size());
        stdout.reset();
        assertEquals(0, run(flood.toString(), "--until", "AAAA", "--timeout", "20"), err());
        assertEquals(2, run(flood.toString(), "--until", "B", "--timeout", "0.5"), err());
        assertNoStackTrace();
    }

    @Test
    void jumpingIntoUnmappedMemoryKeepsRunning() throws Exception {
        Files.write(dir.resolve("jump.bin"), new byte[] {(byte) 0xC3, 0x00, (byte) 0x80}); // JP $8000
        Path json = dir.resolve("jump.json");
        Files.writeString(json, """
                { "image": { "file": "jump.bin" },
                  "memory": [ { "start": 0, "end": "0xFF", "type": "rom" } ],
                  "serial": { "chip": "mc6850" } }
                """);
        assertEquals(0, run(json.toString(), "--cycles", "1000000"), err());
        assertNoStackTrace();
    }

    @Test
    void randomBytesExecuteEveryOpcodeWithoutKillingTheEmulator() throws Exception {
        Random random = new Random(3);
        for (int round = 0; round < 6; round++) {
            byte[] noise = new byte[0x10000];
            random.nextBytes(noise);
            Path file = dir.resolve("noise" + round + ".bin");
            Files.write(file, noise);
            int code = run(file.toString(), "--cycles", "3000000", "--timeout", "20");
            assertTrue(code == 0 || code == 3, "round " + round + " exit " + code + ": " + err());
        }
        assertNoStackTrace();
    }

    @Test
    void aBadOptionIsOneLineNotTheWholeUsage() {
        assertEquals(1, run("x.json", "--no-such-option"));
        String[] lines = err().strip().split("\\R");
        assertEquals(1, lines.length, err());
        assertTrue(lines[0].startsWith("run: Unknown option: '--no-such-option'"), err());
        assertTrue(lines[0].contains("retroshield run --help"), err());
        stderr.reset();
        assertEquals(1, run("x.json", "--cycles", "many"));
        assertTrue(err().contains("--cycles"), err());
        assertEquals(1, err().strip().split("\\R").length, err());
    }

    @Test
    void badImagesGiveOneLineNamingTheFileAndLine() throws Exception {
        Path hex = dir.resolve("bad.hex");
        Files.writeString(hex, ":0300000000000000\n:00000001FF\n");   // checksum should be FD
        assertEquals(1, run(hex.toString()));
        assertEquals(hex + " line 1: checksum is 00, expected FD", err().strip().replaceFirst("^run: ", ""));
        stderr.reset();
        Path big = dir.resolve("big.bin");
        Files.write(big, new byte[0x10001]);
        assertEquals(1, run(big.toString()));
        assertTrue(err().contains("big.bin: the image is 65537 bytes; loaded at $0000 it runs past $FFFF by 1 bytes"),
                err());
        assertEquals(1, err().strip().split("\\R").length, err());
        stderr.reset();
        assertEquals(1, run(dir.resolve("nothing.bin").toString()));
        assertTrue(err().contains("nothing.bin: image file not found"), err());
        assertNoStackTrace();
    }

    @Test
    void logOrTraceInAMissingFolderIsOneClearLine() throws Exception {
        Path loop = image("loop2.bin", 0x18, 0xFE);                // JR $
        Path log = dir.resolve("no-such-folder").resolve("session.log");
        assertEquals(1, run(loop.toString(), "--cycles", "100", "--log", log.toString()));
        assertTrue(err().contains("run: --log " + log + ": no such file or folder (cannot create the file)"), err());
        stderr.reset();
        assertEquals(1, run(loop.toString(), "--cycles", "100", "--trace", log.toString()));
        assertTrue(err().contains("run: --trace " + log + ": no such file or folder"), err());
        assertNoStackTrace();
    }

    @Test
    void hundredKilobytesPipedIntoAnInterruptDrivenEchoLoseNothing() throws Exception {
        Path image = dir.resolve("echo-im1.bin");
        Files.write(image, retroshield.machine.EchoPrograms.usartIm1().bytes());
        StringBuilder paste = new StringBuilder();
        Random random = new Random(5);
        while (paste.length() < 100 * 1024) {
            paste.append((char) ('!' + random.nextInt(90)));
        }
        paste.append("<END>");
        System.setIn(new ByteArrayInputStream(paste.toString().getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(0, run(image.toString(), "--chip", "i8251", "--interrupts", "--until", "<END>",
                "--timeout", "60"), err());
        assertEquals(paste + "\n", stdout.toString(StandardCharsets.ISO_8859_1), "the line is ended after --until");
    }

    @Test
    void aCommandLineMemoryMapThatLeavesImageBytesOutSaysSo() throws Exception {
        Path loop = image("loop3.bin", new int[0x2000]);           // 8 KB of NOPs
        assertEquals(0, run(loop.toString(), "--chip", "mc6850", "--rom", "0000-0FFF", "--ram", "4000-FFFF",
                "--cycles", "100"), err());
        assertTrue(err().contains("loop3.bin: image bytes at $1000-$1FFF fall into no memory region and are not loaded"),
                err());
    }
}
