package retroshield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class DisasmCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new RetroShieldCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private Path file(int... bytes) throws IOException {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return Files.write(dir.resolve("prog.bin"), b);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x100", "$100", "100h", "256", "0X100", "100H"})
    void listsAddressesBytesAndInstructionsAtTheOrigin(String org) throws IOException {
        Path f = file(0x21, 0x34, 0x12, 0x18, 0xFE, 0xDD, 0xCB, 0x05, 0x00, 0xC9);
        assertEquals(0, run("disasm", f.toString(), "--org", org));
        assertEquals(String.join(System.lineSeparator(),
                "0100  21 34 12     LD HL,$1234",
                "0103  18 FE        JR $0103",
                "0105  DD CB 05 00  LD B,RLC (IX+$05)",
                "0109  C9           RET", ""), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void startAndLengthSelectPartOfTheFile() throws IOException {
        Path f = file(0xFF, 0xFF, 0x3E, 0x41, 0xD3, 0x81, 0x76);
        assertEquals(0, run("disasm", f.toString(), "--start", "2", "--length", "$4"));
        assertEquals(String.join(System.lineSeparator(),
                "0000  3E 41        LD A,$41",
                "0002  D3 81        OUT ($81),A", ""), out.toString());
    }

    @Test
    void anInstructionCutByTheEndOfTheRangeIsShownAsBytes() throws IOException {
        Path f = file(0x00, 0xC3, 0x00);
        assertEquals(0, run("disasm", f.toString()));
        assertEquals(String.join(System.lineSeparator(),
                "0000  00           NOP",
                "0001  C3 00        DB $C3,$00  ; JP cut off by the end of the range", ""), out.toString());
    }

    @Test
    void aMissingFileIsNamedAndExitsWith1() {
        Path missing = dir.resolve("nothing.bin");
        assertEquals(1, run("disasm", missing.toString()));
        assertTrue(err.toString().contains(missing.toString()), err.toString());
        assertEquals("", out.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"zz", "0x", "-5", "$10000", "12q"})
    void aBadOriginIsNamedAndExitsWith1(String org) throws IOException {
        Path f = file(0x00);
        assertEquals(1, run("disasm", f.toString(), "--org", org));
        assertTrue(err.toString().contains("--org"), err.toString());
        assertTrue(err.toString().contains(org), err.toString());
    }

    @Test
    void aRangePastTheEndOfTheFileIsRejected() throws IOException {
        Path f = file(0x00, 0x00);
        assertEquals(1, run("disasm", f.toString(), "--start", "1", "--length", "5"));
        assertTrue(err.toString().contains("runs past the end"), err.toString());
    }

    @Test
    void aMissingArgumentIsAUsageErrorWithExitCode1() {
        assertEquals(1, run("disasm"));
        assertTrue(err.toString().contains("FILE"), err.toString());
    }

    @Test
    void helpDescribesTheOptions() {
        assertEquals(0, run("disasm", "--help"));
        assertTrue(out.toString().contains("--org"), out.toString());
        assertTrue(out.toString().contains("--length"), out.toString());
    }
}
