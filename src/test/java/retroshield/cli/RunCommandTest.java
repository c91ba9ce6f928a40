package retroshield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import retroshield.machine.EchoPrograms;
import retroshield.machine.Z80Asm;

/** The run command end to end, in-process, with standard streams redirected. */
class RunCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final StandardStreams streams = new StandardStreams();
    private final ByteArrayOutputStream stdout = streams.stdout;
    private final ByteArrayOutputStream stderr = streams.stderr;

    private Path rom(String name, Z80Asm program, String chip) throws Exception {
        Files.write(dir.resolve(name + ".bin"), program.bytes());
        Path json = dir.resolve(name + ".json");
        Files.writeString(json, """
                { "name": "%s", "image": { "file": "%s.bin", "loadAddress": 0 },
                  "memory": [ { "start": 0, "end": "0x1FFF", "type": "rom" },
                              { "start": "0x2000", "end": "0xFFFF", "type": "ram" } ],
                  "serial": { "chip": "%s", "interruptDriven": false } }
                """.formatted(name, name, chip));
        return json;
    }

    private Path echoRom() throws Exception {
        return rom("echo", EchoPrograms.aciaPolled(), "mc6850");
    }

    private int run(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "run";
        System.arraycopy(args, 0, full, 1, args.length);
        return RetroShieldCommand.execute(full);
    }

    private String out() {
        return stdout.toString(StandardCharsets.ISO_8859_1);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.ISO_8859_1);
        return file;
    }

    @Test
    void untilExitsZeroAsSoonAsTheTextAppears() throws Exception {
        Path input = file("in.txt", "hello\nworld\n");
        assertEquals(0, run(echoRom().toString(), "--input", input.toString(), "--until", "hello\\r",
                "--timeout", "20"), err());
        assertTrue(out().startsWith("hello\r"), out());
    }

    @Test
    void timeoutExitsTwo() throws Exception {
        long start = System.nanoTime();
        assertEquals(2, run(echoRom().toString(), "--until", "never", "--timeout", "0.3"), err());
        assertTrue(err().contains("run: timeout after 0.3 s without seeing the --until text"), err());
        assertTrue(System.nanoTime() - start < 10_000_000_000L);
    }

    @Test
    void haltWithInterruptsDisabledExitsThree() throws Exception {
        Path json = rom("halt", EchoPrograms.writesToBothChips(), "mc6850");
        assertEquals(3, run(json.toString(), "--timeout", "20"), err());
        assertEquals("Y", out());
        assertTrue(err().contains("run: the CPU halted with interrupts disabled (HALT at $"), err());
    }

    @Test
    void badFilesAndOptionsExitOne() throws Exception {
        assertEquals(1, run(dir.resolve("missing.json").toString()));
        assertTrue(err().contains("missing.json: no such file"), err());
        Path broken = file("broken.json", "{ \"image\": ");
        assertEquals(1, run(broken.toString()));
        assertTrue(err().contains("broken.json: malformed JSON"), err());
        assertEquals(1, run(echoRom().toString(), "--chip", "6502"));
        assertTrue(err().contains("--chip: unknown chip \"6502\", expected mc6850 or i8251"), err());
        assertEquals(1, run(echoRom().toString(), "--ram", "2000-1000"));
        assertTrue(err().contains("run: --ram: \"2000-1000\": the start $2000 is above the end $1000; expected START-END"
                + " in hex within 0000-FFFF, e.g. 2000-FFFF (see: retroshield run --help)"), err());
        assertEquals(1, run(echoRom().toString(), "--rom", "0000-1FFG"));
        assertTrue(err().contains("run: --rom: \"0000-1FFG\": \"1FFG\" is not a hex number; expected START-END"), err());
        assertEquals(1, run(echoRom().toString(), "--no-such-option"));
        assertEquals(1, run(echoRom().toString(), "--speed", "warp"));
        assertTrue(err().contains("unknown speed \"warp\""), err());
        assertEquals(1, run(echoRom().toString(), "--baud", "50"));
        assertTrue(err().contains("--baud 50 is out of range, expected 300..115200"), err());
        assertEquals(1, run(echoRom().toString(), "--input", dir.resolve("none.txt").toString()));
        assertTrue(err().contains("none.txt: input file not found"), err());
    }

    @Test
    void pipedInputThenQuietExit() throws Exception {
        System.setIn(new ByteArrayInputStream("hi\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(0, run(echoRom().toString(), "--timeout", "20"), err());
        assertEquals("hi\r", out());
    }

    @Test
    void cyclesLimitAndTrace() throws Exception {
        Path trace = dir.resolve("trace.txt");
        assertEquals(0, run(echoRom().toString(), "--cycles", "300", "--trace", trace.toString()), err());
        List<String> lines = Files.readAllLines(trace);
        assertTrue(lines.get(0).startsWith("0000  F3           DI"), lines.get(0));
        assertTrue(lines.get(0).contains("SP=FFFF T=0"), lines.get(0));
        assertTrue(lines.get(1).startsWith("0001  31 00 00     LD SP,$0000"), lines.get(1));
        String last = lines.get(lines.size() - 1);
        long t = Long.parseLong(last.substring(last.indexOf("T=") + 2));
        assertTrue(t < 300 && t > 250, "last instruction starts before the limit: " + last);
    }

    @Test
    void logShowsTypedLinesAndRawOutput() throws Exception {
        Path log = dir.resolve("session.log");
        Path input = file("in.txt", "ab\ncd\n");
        assertEquals(0, run(echoRom().toString(), "--input", input.toString(), "--log", log.toString()), err());
        String text = Files.readString(log, StandardCharsets.ISO_8859_1);
        assertEquals("> ab\nab\r\n> cd\ncd\r", text, "typed lines before their echo, output raw");
        assertEquals("ab\rcd\r", out());
    }

    @Test
    void bareImageWithChipOverrideAndNotice() throws Exception {
        Path image = dir.resolve("echo8251.bin");
        Files.write(image, EchoPrograms.usartPolled().bytes());
        System.setIn(new ByteArrayInputStream("ok\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(0, run(image.toString(), "--until", "ok", "--timeout", "20"), err());
        assertTrue(err().contains("run: note: " + image + ": no metadata file"), err());
        assertTrue(out().startsWith("ok"), out());
        stdout.reset();
        System.setIn(new ByteArrayInputStream("ok\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(0, run(image.toString(), "--chip", "i8251", "--rom", "0000-0FFF", "--ram", "1000-FFFF",
                "--until", "ok", "--timeout", "20"), err());
    }

    @Test
    void interruptsCanBeUnwiredFromTheCommandLine() throws Exception {
        Path json = rom("irq", EchoPrograms.usartIm1(), "i8251");
        Files.writeString(json, Files.readString(json).replace("\"interruptDriven\": false",
                "\"interruptDriven\": true"));
        System.setIn(new ByteArrayInputStream("ping\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(0, run(json.toString(), "--until", "ping", "--timeout", "20"), err());
        stdout.reset();
        System.setIn(new ByteArrayInputStream("ping\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(3, run(json.toString(), "--no-interrupts", "--until", "ping", "--timeout", "20"));
        assertEquals("", out(), "without /INT the interrupt-driven echo hears nothing");
        assertTrue(err().contains("is not wired to /INT"), "its HALT can never end: " + err());
    }

    @Test
    void bytePacedInputAtTheGivenBaudRate() throws Exception {
        // 20 characters at 9600 baud (10 bits each, 4 MHz nominal clock) take at least
        // 19 character times of emulated time: 19 * 4,166 T-states.
        Path input = file("in.txt", "abcdefghijklmnopqrst");
        assertEquals(0, run(echoRom().toString(), "--input", input.toString(), "--baud", "9600",
                "--until", "t", "--timeout", "20"), err());
        assertEquals("abcdefghijklmnopqrst\n", out(), "the output line is ended after --until");
        stdout.reset();
        assertEquals(0, run(echoRom().toString(), "--input", input.toString(), "--baud", "9600",
                "--cycles", "40000"), err());
        assertTrue(out().length() < 12, "only about 9 characters fit in 40,000 T-states: " + out());
    }

    @Test
    void helpListsTheExitCodes() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("--until"), out());
        assertTrue(out().contains("3   the CPU halted for good"), out());
    }
}
