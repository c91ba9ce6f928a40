package retroshield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import retroshield.rom.RomMetadata;

/** Bad input and failing writes: a clear message and exit 1, never a wrap-around, a hang or a crash. */
class CliFaultsTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final StandardStreams streams = new StandardStreams();

    private String err() {
        return streams.stderr.toString(StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        return RetroShieldCommand.execute(args);
    }

    private static final String GOOD = """
            { "image": { "file": "x.bin", "loadAddress": %s },
              "memory": [ { "start": 0, "end": 65535, "type": "ram" } ],
              "serial": { "chip": "mc6850" } }
            """;

    @Test
    void unknownSubcommandAndBadBenchOptionsExit1() {
        assertEquals(1, run("frob"));
        assertTrue(err().contains("frob"), err());
        assertEquals(1, run("bench", "--seconds", "NaN"));
    }

    @Test
    void nonUtf8MetadataNamesFileAndByte() throws Exception {
        Path f = dir.resolve("bad.json");
        Files.write(f, new byte[] {'{', ' ', (byte) 0xC3, 0x28, '}'});
        assertEquals(1, run("run", f.toString()));
        assertTrue(err().contains("bad.json: not UTF-8 text: byte $C3 at offset 2"), err());
    }

    @Test
    void emptyTrailingFolderAndNulMetadataAreExplained() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        Path trailing = Files.writeString(dir.resolve("trailing.json"), GOOD.formatted("0") + " extra");
        Path folder = Files.createDirectory(dir.resolve("folder.json"));
        Path nul = Files.writeString(dir.resolve("nul.json"), GOOD.formatted("0").replace("x.bin", "a\\u0000b.bin"));
        assertEquals(1, run("run", empty.toString()));
        assertEquals(1, run("run", trailing.toString()));
        assertEquals(1, run("run", folder.toString()));
        assertEquals(1, run("run", nul.toString()));
        String e = err();
        assertTrue(e.contains("empty.json: the file is empty, expected a JSON object"), e);
        assertTrue(e.contains("trailing.json: text after the end of the JSON object (line 4"), e);
        assertTrue(e.contains("folder.json: is a folder, expected a metadata file"), e);
        assertTrue(e.contains("nul.json: image.file: \"a\\u0000b.bin\" is not a valid file name"), e);
        assertTrue(!e.contains("found null") && !e.contains("setStrictness") && !e.contains("Exception"), e);
    }

    @Test
    void numbersOf2To64AndMoreDoNotWrap() throws Exception {
        Path f = Files.writeString(dir.resolve("big.json"), GOOD.formatted("18446744073709551616"));
        assertEquals(1, run("run", f.toString()));
        assertTrue(err().contains("big.json: image.loadAddress: 18446744073709551616 is far too large"), err());
        Path g = Files.writeString(dir.resolve("big2.json"), GOOD.formatted("1e30"));
        assertEquals(1, run("run", g.toString()));
        assertTrue(err().contains("big2.json: image.loadAddress:"), err());
    }

    @Test
    void hexWithAByteOrderMarkLoads() throws Exception {
        Path hex = dir.resolve("bom.hex");
        byte[] text = "\uFEFF:02000000F37695\n:00000001FF\n".getBytes(StandardCharsets.UTF_8);
        Files.write(hex, text);
        assertEquals(3, run("run", hex.toString(), "--timeout", "10"), err());
        assertTrue(err().contains("HALT at $0001"), err());
    }

    @Test
    void inputFolderIsNamedAsAFolder() {
        assertEquals(1, run("run", "roms/mint.json", "--input", dir.toString()));
        assertTrue(err().contains("--input " + dir + ": is a folder"), err());
    }

    @Test
    void nanAndNegativeDurationsAreRefused() {
        assertEquals(1, run("run", "roms/mint.json", "--quiet", "-1"));
        assertEquals(1, run("run", "roms/mint.json", "--quiet", "NaN"));
        assertEquals(1, run("run", "roms/mint.json", "--timeout", "NaN"));
        assertEquals(1, run("run", "roms/mint.json", "--timeout", "-2"));
        assertTrue(err().contains("--quiet -1.0 is out of range"), err());
        assertTrue(err().contains("--timeout NaN is out of range"), err());
    }

    @Test
    void anEndlessPipeIsReadOnlyAsFastAsTheRomTakesIt() throws Exception {
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return "1 2 + .\n".charAt((int) (served.get() % 8));
            }

            @Override
            public int read(byte[] b, int off, int len) {
                for (int i = 0; i < len; i++) {
                    b[off + i] = (byte) read();
                }
                return len;
            }
        };
        System.setIn(endless);
        assertEquals(0, run("run", "roms/mint.json", "--cycles", "40000000"), err());
        long bound = (InputFeeder.MAX_QUEUED_CHUNKS + 6) * 4096L + ConsoleRun.MAX_PENDING_INPUT;
        assertTrue(served.get() <= bound, "read " + served.get() + " bytes, bound " + bound);
    }

    @Test
    void aFullLogDiskIsAnErrorAndUntilStillWorksUntilThen() {
        File full = new File("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "needs /dev/full (Linux)");
        assertEquals(1, run("run", "roms/mint.json", "--until", "> ", "--log", "/dev/full"));
        assertTrue(err().contains("run: --log /dev/full: cannot write: No space left on device"), err());
        assertTrue(!err().contains("\tat "), "no stack trace: " + err());
    }

    @Test
    void aFullStandardOutputIsAnError() throws Exception {
        File full = new File("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "needs /dev/full (Linux)");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "retroshield.Main", "run", "roms/mint.json", "--until", "> "))
                .redirectOutput(full).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), stderr);
        assertTrue(stderr.contains("run: cannot write standard output: No space left on device"), stderr);
    }

    @Test
    void theTimeoutHoldsWhileNobodyReadsStandardOutput() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.io.OutputStream stuck = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException();
                }
            }
        };
        System.setOut(new java.io.PrintStream(stuck, true));
        Path loop = Files.writeString(dir.resolve("loop.txt"), "1000(1000(65,))\n");
        long start = System.nanoTime();
        try {
            assertEquals(2, run("run", "roms/mint.json", "--input", loop.toString(), "--timeout", "1"), err());
        } finally {
            release.countDown();
        }
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20), "ended by the timeout");
        assertTrue(err().contains("run: timeout after 1.0 s"), err());
    }

    @Test
    void defaultInputKeepsRtsPacing() {
        assertEquals(retroshield.devices.InputPacing.DEFAULT, RomMetadata.DEFAULT_INPUT.pacing());
    }
}
