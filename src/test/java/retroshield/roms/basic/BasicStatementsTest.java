package retroshield.roms.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every statement of the bundled BASIC, with its exact output (spaces and columns included). */
class BasicStatementsTest {

    private BasicSession basic;

    @BeforeEach
    void boot() throws Exception {
        basic = BasicSession.boot();
    }

    @Test
    void printSeparatorsZonesTabAndSpc() {
        assertEquals("AB            C     D   E\r\n", basic.run("PRINT \"A\";\"B\",\"C\";TAB(20);\"D\";SPC(3);\"E\""));
        assertEquals(" 1  2 -3  1.5 X\r\n", basic.run("PRINT 1;2;-3;1.5;:PRINT \"X\""));
        assertEquals(" 1             2             3 \r\n", basic.run("PRINT 1,2,3;"));
        assertEquals("\r\n", basic.run("?"));
        assertEquals("HI\r\n", basic.run("? \"HI\""));
        assertEquals("  X\r\n", basic.run("PRINT TAB(2);\"X\";TAB(1)"));
    }

    @Test
    void forNextWithStepsNestingAndBareNext() {
        assertEquals(" 10  7  4  1 \r\n", basic.run("FOR I=10 TO 1 STEP -3:PRINT I;:NEXT I:PRINT"));
        assertEquals(" 11  12  21  22 \r\n", basic.run("FOR I=1 TO 2:FOR J=1 TO 2:PRINT I*10+J;:NEXT J,I:PRINT"));
        assertEquals(" 1  2  3 \r\n", basic.run("FOR I=1 TO 3:PRINT I;:NEXT:PRINT"));
        assertEquals(" 0  .5  1 \r\n", basic.run("FOR I=0 TO 1 STEP .5:PRINT I;:NEXT:PRINT"));
        // as in Microsoft BASIC the body runs once: the test is at NEXT
        assertEquals(" 6 \r\n", basic.run("FOR I=5 TO 1:NEXT:PRINT I"));
    }

    @Test
    void letDimArraysAndStrings() {
        assertEquals(" 12 BB 0 \r\n", basic.run("DIM A(3,4),B$(2):A(3,4)=12:B$(2)=\"BB\":PRINT A(3,4);B$(2);A(0,0)"));
        assertEquals(" 7 \r\n", basic.run("LET ABC=7:PRINT AB"));
        assertEquals(" 10 \r\n", basic.run("C(10)=10:PRINT C(10)"));
        assertEquals("HELLO WORLD 11 ELL\r\n", basic.run("A$=\"HELLO\":B$=A$+\" WORLD\":PRINT B$;LEN(B$);MID$(B$,2,3)"));
        assertEquals(" 3  4 \r\n", basic.run("fori=1to4:x=i:next:print x-1;x"));
    }

    @Test
    void readDataRestoreDefFnRemAndBranches() {
        String out = basic.program(
                "10 READ X,Y$,Z:PRINT X;Y$;Z:RESTORE:READ W:PRINT W",
                "20 DATA 5,\"HI, THERE\",-7.5",
                "30 DEF FNS(X)=X*X+1:PRINT FNS(3);X",
                "40 ON 2 GOTO 50,60",
                "50 PRINT \"WRONG\"",
                "60 ON 3 GOSUB 200,210,220:PRINT \"AFTER\"",
                "70 IF 1=2 THEN PRINT \"NO\" ELSE PRINT \"ELSE\"",
                "80 IF 2>1 THEN 100",
                "90 PRINT \"SKIPPED\"",
                "100 IF 2>1 GOTO 110",
                "110 X=5:IF X THEN PRINT \"TRUE\";:PRINT \"!\"",
                "120 REM A COMMENT:PRINT \"NOT\"",
                "130 ON 5 GOTO 50:PRINT \"FELL THROUGH\"",
                "140 RESTORE 20:READ A,B$:PRINT A;B$",
                "190 END",
                "200 PRINT \"S1\":RETURN",
                "210 PRINT \"S2\":RETURN",
                "220 PRINT \"S3\":RETURN");
        assertEquals(" 5 HI, THERE-7.5 \r\n 5 \r\n 10  5 \r\nS3\r\nAFTER\r\nELSE\r\nTRUE!\r\n"
                + "FELL THROUGH\r\n 5 HI, THERE\r\n", out);
    }

    @Test
    void inputWithPromptMoreRedoAndExtra() {
        basic.run("NEW");
        basic.enter("10 INPUT \"NAME\";N$:INPUT A,B:PRINT N$;A+B", "20 INPUT C:PRINT C");
        basic.type("RUN\r");
        basic.expect("NAME? ");
        basic.type("BOB\r");
        basic.expect("? ");
        basic.type("1\r");
        basic.expect("?? ");
        basic.type("2,3\r");
        assertEquals("2,3\r\n?Extra ignored\r\nBOB 3 \r\n? ", basic.expect("? "));
        basic.type("X\r");
        assertEquals("X\r\n?Redo from start\r\n? ", basic.expect("? "));
        basic.type("\"7\"\r");
        assertEquals("\"7\"\r\n?Redo from start\r\n? ", basic.expect("? "));
        basic.type("-7.5E1\r");
        assertEquals("-7.5E1\r\n-75 \r\nOk\r\n", basic.expect(BasicSession.OK));
    }

    @Test
    void stopContEndAndBreak() {
        String out = basic.program("10 PRINT \"A\"", "20 STOP", "30 PRINT \"B\"", "40 END", "50 PRINT \"C\"");
        assertEquals("A\r\nBreak in 20\r\n", out);
        assertEquals("B\r\n", basic.run("CONT"));
        assertEquals("C\r\n", basic.run("CONT"), "CONT goes on after END too");
        basic.enter("10 REM");
        assertEquals("?CN Error\r\n", basic.run("CONT"), "not after the program was edited");
        basic.run("NEW");
        basic.enter("10 PRINT \"#\";:GOTO 10");
        basic.type("RUN\r");
        basic.expect("###");
        basic.type("\u0003");
        String tail = basic.expect(BasicSession.OK);
        assertEquals(true, tail.matches("#*\r\nBreak in 10\r\nOk\r\n"), tail);
    }

    @Test
    void listRangesNewRunLineAndClear() {
        basic.run("NEW");
        basic.enter("10 PRINT \"TEN\"", "20 PRINT \"TWENTY\"", "30 PRINT \"THIRTY\"", "15 A=1", "15");
        assertEquals("10 PRINT \"TEN\"\r\n20 PRINT \"TWENTY\"\r\n30 PRINT \"THIRTY\"\r\n", basic.list("LIST"));
        // as Microsoft's 4.7: LIST n lists from line n on
        assertEquals("20 PRINT \"TWENTY\"\r\n30 PRINT \"THIRTY\"\r\n", basic.list("LIST 20"));
        assertEquals("20 PRINT \"TWENTY\"\r\n", basic.list("LIST 20-20"));
        assertEquals("10 PRINT \"TEN\"\r\n20 PRINT \"TWENTY\"\r\n", basic.list("LIST -20"));
        assertEquals("20 PRINT \"TWENTY\"\r\n30 PRINT \"THIRTY\"\r\n", basic.list("LIST 15-"));
        assertEquals("20 PRINT \"TWENTY\"\r\n", basic.list("LIST 11-29"));
        assertEquals("TWENTY\r\nTHIRTY\r\n", basic.run("RUN 20"));
        assertEquals(" 0 \r\n", basic.run("X=3:CLEAR:PRINT X"));
        assertEquals("", basic.run("NEW"));
        assertEquals("", basic.list("LIST"));
        assertEquals("10 PRINT A:GOTO 10\r\n", runList("10 print a:goto 10"));
    }

    private String runList(String line) {
        basic.run("NEW");
        basic.enter(line);
        return basic.list("LIST");
    }

    @Test
    void pokePeekOutInpWaitNullWidthTron() {
        assertEquals(" 123 \r\n", basic.run("POKE 64000,123:PRINT PEEK(64000)"));
        assertEquals(" 255 \r\n", basic.run("OUT 255,1:PRINT INP(255)"));
        assertEquals("", basic.run("WAIT 1,1"));
        assertEquals("", basic.run("NULL 2"));
        basic.type("PRINT \"X\"\r");
        assertEquals("\0\0PRINT \"X\"\r\n\0\0X\r\n\0\0Ok\r\n", basic.expect(BasicSession.OK));
        basic.type("NULL 0\r");
        basic.expect(BasicSession.OK);
        basic.run("WIDTH 20");
        basic.type("PRINT \"1234567890123456789012345\"\r");
        // the echo is broken at WIDTH too, as in Microsoft's BASIC
        assertEquals("PRINT \"1234567890123\r\n456789012345\"\r\n12345678901234567890\r\n12345\r\nOk\r\n",
                basic.expect(BasicSession.OK));
        basic.run("WIDTH 255");
        basic.run("NEW");
        basic.enter("10 FOR I=1 TO 2:NEXT", "20 PRINT \"T\"");
        basic.run("TRON");
        assertEquals("[10][20]T\r\n", basic.run("RUN"));
        basic.run("TROFF");
        assertEquals("T\r\n", basic.run("RUN"));
    }

    @Test
    void renumUpdatesReferences() {
        basic.run("NEW");
        basic.enter("5 REM GOTO 5", "7 GOSUB 9:ON X GOTO 5,7,9", "9 IF X THEN 5 ELSE 7", "11 RESTORE 9:GOTO 99");
        basic.run("RENUM");
        assertEquals("10 REM GOTO 5\r\n20 GOSUB 30:ON X GOTO 10,20,30\r\n30 IF X THEN 10 ELSE 20\r\n"
                + "40 RESTORE 30:GOTO 99\r\n", basic.list("LIST"));
        basic.run("RENUM 100,30,5");
        assertEquals("10 REM GOTO 5\r\n20 GOSUB 100:ON X GOTO 10,20,100\r\n100 IF X THEN 10 ELSE 20\r\n"
                + "105 RESTORE 100:GOTO 99\r\n", basic.list("LIST"));
        assertEquals("?FC Error\r\n", basic.run("RENUM 15,100"));
    }

    @Test
    void warmResetKeepsTheProgram() {
        basic.run("NEW");
        basic.enter("10 PRINT \"KEPT\"", "20 GOTO 10");
        assertEquals("10 PRINT \"KEPT\"\r\n20 GOTO 10\r\n", basic.list("LIST"));
        basic.raw().machine().warmReset();
        String banner = basic.expect(BasicSession.OK);
        assertEquals(true, banner.contains("Bytes free"), banner);
        assertEquals("10 PRINT \"KEPT\"\r\n20 GOTO 10\r\n", basic.list("LIST"));
    }
}
