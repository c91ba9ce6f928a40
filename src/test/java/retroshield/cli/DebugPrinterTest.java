package retroshield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import retroshield.debug.DebugPrograms;
import retroshield.debug.Debugger;
import retroshield.debug.SymbolTable;

/** What the debug console prints for x, disas, regs, where, symbols and help, on a small program. */
class DebugPrinterTest {

    private static String session(String script) throws Exception {
        Debugger d = new Debugger(DebugPrograms.machine(), SymbolTable.parse("t", "sub = $0020\ninner = $0028"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        DebugConsole console = new DebugConsole(d, out, 4_000_000);
        console.setEchoCommands(true);
        console.run(new BufferedReader(new StringReader(script)), false);
        assertEquals(0, console.errors(), bytes.toString(StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void memoryDisassemblyAndRegisters() throws Exception {
        String out = session("x $0100 20\nbreak $000E\ndisas 0 6\nstep 2\nregs\nwhere\n");
        assertTrue(out.contains("0100  30 31 32 33 34 35 36 37 38 39 41 42 43 44 45 46  0123456789ABCDEF"), out);
        assertTrue(out.contains("0110  FF FF FF FF                                      ...."), out);
        assertTrue(out.contains("=> 0000  310080       10T  LD SP,$8000"), out);
        assertTrue(out.contains("  *000E  CD2000       17T  CALL $0020  ; sub"), out);
        assertTrue(out.contains("AF=") && out.contains("SP=8000 PC=0006"), out);
        assertTrue(out.contains("instructions 2"), out);
        assertTrue(out.contains("=> $0006  LD DE,$3000"), out);
    }

    @Test
    void symbolsAndHelp() throws Exception {
        String out = session("symbols\nsymbols inn\nhelp\n");
        assertTrue(out.contains("$0020  sub\n$0028  inner\n2 address(es)"), out);
        assertTrue(out.contains("$0028  inner\n1 address(es)"), out);
        assertTrue(out.contains("rstep [N] (rs)") && out.contains("quit"), out);
    }
}
