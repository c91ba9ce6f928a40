package retroshield.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import retroshield.machine.Machine;
import retroshield.rom.RomLoader;

/** Symbols from SDCC's files and plain lists; the bundled ROMs' own symbols. */
class SymbolTableTest {

    @Test
    void readsEveryFormat() {
        SymbolTable t = SymbolTable.parse("mixed", String.join("\n",
                "DEF _main 0x212",
                "DEF s__CODE 0x200",
                "     0000020A  _bump                              t",
                "L:C$t.c$6$1_0$4:212",
                "L:C$t.c$7$1_0$4:215",
                "start = $0100",
                "putc EQU 1F0h",
                "getc: equ 0x1F8 ; comment"));
        assertEquals(0x212, t.addressOf("main"));
        assertEquals(0x212, t.addressOf("_main"));
        assertEquals(0x20A, t.addressOf("_bump"));
        assertEquals(0x100, t.addressOf("start"));
        assertEquals(0x1F0, t.addressOf("putc"));
        assertEquals(0x1F8, t.addressOf("getc"));
        assertNull(t.addressOf("s__CODE"), "linker area bounds are left out");
        assertEquals("_main", t.nameAt(0x212));
        assertEquals("_main+$2", t.describe(0x214));
        assertEquals(new SourceLine("t.c", 6), t.lineAt(0x213));
        assertEquals(new SourceLine("t.c", 7), t.lineAt(0x216));
        assertEquals(0x215, t.addressOfLine("t.c", 7));
    }

    @Test
    void anAddressBeyond64KIsAnErrorNamingTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SymbolTable.parse("list.sym", "a = $10\nbig = $12345"));
        assertTrue(e.getMessage().startsWith("list.sym:2: big"), e.getMessage());
    }

    @Test
    void theBundledRomsShipTheirSymbolsAndCLines() throws Exception {
        var mint = new RomLoader().load(Path.of("roms", "mint.json"));
        SymbolTable t = SymbolTable.besideImage(mint.image().source());
        Integer main = t.addressOf("main");
        assertNotNull(main, "mint has main");
        assertTrue(t.lineCount() > 100, "C lines: " + t.lineCount());
        SourceLine line = t.lineAt(main);
        assertNotNull(line);
        assertTrue(line.file().endsWith(".c"), line.toString());

        Machine m = new Machine(mint);
        Debugger d = new Debugger(m, t);
        d.addBreakpoint(d.address("main"));
        StopReason r = d.run(1_000_000);
        assertEquals(StopReason.Kind.BREAKPOINT, r.kind(), r.message());
        assertEquals((int) main, m.cpu().pc());
        assertTrue(r.message().contains("_main"), r.message());

        var monitor = new RomLoader().load(Path.of("roms", "monitor.json"));
        assertNotNull(SymbolTable.besideImage(monitor.image().source()).addressOf("main"));
    }

    @Test
    void everyBundledRomsSymbolsLoad() throws Exception {
        for (String rom : new String[] {"basic", "fortran", "forth", "mint", "monitor"}) {
            var loaded = new RomLoader().load(Path.of("roms", rom + ".json"));
            SymbolTable t = SymbolTable.besideImage(loaded.image().source());
            assertNotNull(t.addressOf("main"), rom + ": main among " + t.size() + " symbols");
        }
    }

    @Test
    void theEndOfMemoryBoundIsSkippedButOtherAddressesBeyond64KAreNot() {
        SymbolTable t = SymbolTable.parse("x.noi", "DEF __stack_top 0x10000\nDEF _main 0x100");
        assertEquals(0x100, t.addressOf("main"));
    }
}
