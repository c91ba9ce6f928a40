package retroshield.roms.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PRINT's columns as Microsoft's 4.7 on Grant Searle's board makes them: three 14-column
 * comma zones, WIDTH 255 (no line breaks) by default, WIDTH n breaking every output (PRINT,
 * TAB and SPC past the width, the echo, LIST) when a character would go out at column n,
 * and POS consistent with it.
 */
class BasicPrintWidthTest {

    private BasicSession basic;

    @BeforeEach
    void boot() throws Exception {
        basic = BasicSession.boot();
    }

    @Test
    void commasGiveThreeZonesAtMost() {
        assertEquals(" 1             2             3 \r\n 4 \r\n", basic.run("PRINT 1,2,3,4"));
        assertEquals(" ".repeat(30) + "B\r\nC\r\n", basic.run("PRINT TAB(30);\"B\",\"C\""));
        assertEquals("A             B\r\n", basic.run("PRINT \"A\",\"B\""));
        assertEquals("A" + " ".repeat(27) + "\r\nB\r\n", basic.run("PRINT \"A\",,,\"B\""));
    }

    @Test
    void noBreaksAtTheDefaultWidth() {
        assertEquals("X".repeat(100) + " 100 \r\n", basic.run("FOR I=1 TO 100:PRINT \"X\";:NEXT:PRINT POS(0)"));
    }

    @Test
    void widthBreaksPrintTabSpcAndNumbersAsMicrosoftDoes() {
        String out = basic.program(
                "10 WIDTH 20",
                "20 PRINT \"ABCDEFGHIJKLMNOPQRST\";POS(0)",
                "30 PRINT TAB(25);\"X\";POS(0)",
                "40 PRINT \"123456789012345\";12345",
                "50 PRINT \"1234567890123456\";12345",
                "60 PRINT SPC(22);\"Y\"",
                "70 WIDTH 255");
        assertEquals("ABCDEFGHIJKLMNOPQRST\r\n 20 \r\n"
                + " ".repeat(20) + "\r\n     X 6 \r\n"
                // the number is moved to a new line only when it would reach two columns
                // past the width; otherwise it is broken at the width like any output
                + "123456789012345 1234\r\n5 \r\n"
                + "1234567890123456\r\n 12345 \r\n"
                + " ".repeat(20) + "\r\n  Y\r\n", out);
    }

    @Test
    void widthBreaksListAndEcho() {
        basic.run("NEW");
        basic.enter("10 PRINT \"ABCDEFGHIJKLMNOPQRST\"");
        assertEquals("\r\n10 PRINT \"ABCDEFGHIJ\r\nKLMNOPQRST\"\r\n", basic.run("WIDTH 20:LIST"));
        basic.type("PRINT \"ABCDEFGHIJKLM\"\r");
        assertEquals("PRINT \"ABCDEFGHIJKLM\r\n\"\r\nABCDEFGHIJKLM\r\nOk\r\n", basic.expect(BasicSession.OK));
        basic.run("WIDTH 255");
        assertEquals("10 PRINT \"ABCDEFGHIJKLMNOPQRST\"\r\n", basic.list("LIST"));
        assertEquals("?FC Error\r\n", basic.run("WIDTH 256"));
    }
}
