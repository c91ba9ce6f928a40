package retroshield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** disasm and cpm refuse what is not a program (text, JSON, empty, devices, pipes, > 64 KB) and read Intel HEX as HEX. */
class BinaryInputTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new RetroShieldCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        if (args[0].equals("cpm")) {
            CpmCommand cpm = cl.getSubcommands().get("cpm").getCommand();
            cpm.in = new ByteArrayInputStream(new byte[0]);
            cpm.out = new ByteArrayOutputStream();
        }
        return cl.execute(args);
    }

    @Test
    void disasmReadsIntelHexAtItsAddresses() throws Exception {
        Path hex = Files.writeString(dir.resolve("p.hex"), ":03010000C33412F3\n:0120000076690\n:00000001FF\n"
                .replace(":0120000076690", ":0120000076" + "69"));
        assertEquals(0, run("disasm", hex.toString()), err.toString());
        String nl = System.lineSeparator();
        assertEquals("0100  C3 34 12     JP $1234" + nl + nl + "2000  76           HALT" + nl, out.toString());
    }

    @Test
    void disasmRefusesJsonTextAndOptionsOnHex() throws Exception {
        assertEquals(1, run("disasm", "roms/mint.json"));
        assertTrue(err.toString().contains("roms/mint.json: is JSON text (ROM metadata?), not machine code"), err.toString());
        Path hex = Files.writeString(dir.resolve("q.hex"), ":00000001FF\n");
        assertEquals(1, run("disasm", hex.toString(), "--org", "0x100"));
        assertTrue(err.toString().contains("--org, --start and --length apply to binary files"), err.toString());
    }

    @Test
    void disasmOfMoreThan64KbIsRefusedNotWrapped() throws Exception {
        byte[] big = new byte[0x10000 + 16];
        big[0x10000] = (byte) 0xC9;
        Path f = Files.write(dir.resolve("big.bin"), big);
        assertEquals(1, run("disasm", f.toString()));
        assertTrue(err.toString().contains("more than the Z80's 64 KB"), err.toString());
        assertEquals(0, run("disasm", f.toString(), "--start", "0x10000", "--length", "1"));
        assertTrue(out.toString().contains("0000  C9           RET"), out.toString());
    }

    @Test
    void devicesAndFoldersAreRefused() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
        assertEquals(1, run("disasm", "/dev/zero"));
        assertEquals(1, run("cpm", "/dev/zero"));
        assertEquals(1, run("cpm", dir.toString()));
        String e = err.toString();
        assertTrue(e.contains("/dev/zero: is not a regular file (a device or a pipe)"), e);
        assertTrue(e.contains(dir + ": is a folder"), e);
    }

    @Test
    void aFifoIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("fifo");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no mkfifo");
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0);
        assertEquals(1, run("disasm", fifo.toString()));
        assertEquals(1, run("cpm", fifo.toString()));
    }

    @Test
    void cpmRefusesEmptyAndTextFiles() throws Exception {
        Path empty = Files.write(dir.resolve("E.COM"), new byte[0]);
        Path text = Files.writeString(dir.resolve("T.COM"), "{ \"name\": \"x\" }\n", StandardCharsets.UTF_8);
        assertEquals(1, run("cpm", empty.toString()));
        assertEquals(1, run("cpm", text.toString()));
        String e = err.toString();
        assertTrue(e.contains("E.COM: is empty, expected a CP/M program"), e);
        assertTrue(e.contains("T.COM: is JSON text (ROM metadata?), not a CP/M program"), e);
    }
}
