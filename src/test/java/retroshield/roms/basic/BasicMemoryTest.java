package retroshield.roms.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import retroshield.machine.HeadlessSession;

/**
 * The memory settings of the bundled BASIC as Microsoft's 4.7 has them: the cold start's
 * "Memory top?" question, CLEAR n (string space) and CLEAR n,m (memory top), FRE(0) and
 * FRE(""), and a warm reset that keeps program and settings.
 */
class BasicMemoryTest {

    private static final String PROMPT = BasicSession.MEMORY_TOP;

    private static int bytesFree(String banner) {
        String line = banner.lines().filter(l -> l.endsWith(" Bytes free")).findFirst().orElseThrow();
        return Integer.parseInt(line.replace(" Bytes free", "").trim());
    }

    private static String answer(HeadlessSession s, String text, String until) {
        s.type(text + "\r");
        return s.expect(until, BasicSession.BOOT_CYCLES);
    }

    @Test
    void memoryTopAsksAgainAfterBadAnswersAndLimitsTheMemory() throws Exception {
        HeadlessSession s = BasicSession.coldStart();
        assertEquals("12AB\r\n?SN Error\r\n" + PROMPT, answer(s, "12AB", PROMPT));
        assertEquals("70000\r\n?SN Error\r\n" + PROMPT, answer(s, "70000", PROMPT));
        // above the highest top ($F7FE) or below the program area: asked again, no message
        assertEquals("64000\r\n" + PROMPT, answer(s, "64000", PROMPT));
        assertEquals("100\r\n" + PROMPT, answer(s, "100", PROMPT));
        String banner = answer(s, "40000", BasicSession.OK);
        assertTrue(banner.startsWith("40000\r\nRetroShield BASIC"), banner);
        int free = bytesFree(banner);
        assertTrue(free > 9000 && free < 11000, banner);
        BasicSession basic = BasicSession.of(s);
        assertEquals(" " + free + " \r\n", basic.run("PRINT FRE(0)"));
        assertEquals("?OM Error\r\n", basic.run("DIM A(3000)"), "12 KB of array do not fit below 40000");
        // the memory above the top is left alone: strings stop below it
        basic.run("POKE 40000,77:POKE 40001,78");
        assertEquals("?OS Error\r\n",
                basic.run("DIM B$(99),C$(99):A$=\"X\":FOR I=1 TO 99:B$(I)=A$:C$(I)=A$:A$=A$+\"XY\":NEXT"));
        assertEquals(" 77  78 \r\n", basic.run("PRINT PEEK(40000);PEEK(40001)"));

        // a warm reset keeps the program and the memory top, and asks nothing
        basic.run("NEW");
        basic.enter("10 PRINT \"KEPT\"");
        assertEquals(" " + (free - 12) + " \r\n", basic.run("PRINT FRE(0)"), "the line takes 12 bytes");
        s.machine().warmReset();
        String again = s.expect(BasicSession.OK, BasicSession.BOOT_CYCLES);
        assertTrue(again.startsWith("\r\nRetroShield BASIC"), again);
        assertEquals(free - 12, bytesFree(again), "line 10 is still there");
        assertEquals("KEPT\r\n", basic.run("RUN"));
    }

    @Test
    void enterTakesAllMemory() throws Exception {
        HeadlessSession s = BasicSession.coldStart();
        String banner = answer(s, "", BasicSession.OK);
        assertTrue(banner.startsWith("\r\nRetroShield BASIC"), banner);
        assertTrue(bytesFree(banner) > 33000, banner);
    }

    @Test
    void clearReservesStringSpaceAndSetsTheTop() throws Exception {
        BasicSession basic = BasicSession.boot();
        int free = Integer.parseInt(basic.run("PRINT FRE(0)").trim());
        // the default: strings and variables share all free memory
        assertEquals(" " + free + " \r\n", basic.run("PRINT FRE(\"\")"));
        basic.run("CLEAR 100");
        assertEquals(" 100 \r\n", basic.run("PRINT FRE(\"\")"));
        assertEquals(" " + (free - 100) + " \r\n", basic.run("PRINT FRE(0)"));
        // each string takes its length and a 3-byte trailer; garbage counts as free
        assertEquals(" 92 \r\n", basic.run("A$=\"HELLO\":PRINT FRE(\"\")"));
        assertEquals(" 92 \r\n", basic.run("A$=\"HELLO\":B$=A$+A$:B$=\"\":PRINT FRE(\"\")"));
        assertEquals("?OS Error in 10\r\n", basic.program("10 A$=A$+\"ABCDEFGHIJ\":GOTO 10"));
        assertEquals(" 50 \r\n", basic.run("PRINT LEN(A$)"), "?OS once 50 + 60 + 6 bytes exceed 100");
        // CLEAR keeps the settings; CLEAR n,m also moves the top
        basic.run("NEW");
        basic.run("CLEAR");
        assertEquals(" 100 \r\n", basic.run("PRINT FRE(\"\")"));
        basic.run("CLEAR 200,50000");
        assertEquals(" 200 \r\n", basic.run("PRINT FRE(\"\")"));
        assertEquals(" " + (free - 200 - (63486 - 50000)) + " \r\n", basic.run("PRINT FRE(0)"));
        assertEquals("?OM Error\r\n", basic.run("CLEAR 60000"));
        assertEquals("?OM Error\r\n", basic.run("CLEAR 100,63487"));
        assertEquals("?OM Error\r\n", basic.run("CLEAR 300,200"));
        assertEquals("?FC Error\r\n", basic.run("CLEAR -1"));
        basic.run("CLEAR 0,63486");
        assertEquals(" " + free + " \r\n", basic.run("PRINT FRE(0)"));
        assertEquals("?OS Error\r\n", basic.run("A$=CHR$(65)"));
    }
}
