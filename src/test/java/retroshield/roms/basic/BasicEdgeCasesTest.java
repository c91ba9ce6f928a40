package retroshield.roms.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Classic-style programs written here for the corners where Microsoft's 4.7 has a
 * particular behaviour: INPUT's redo and empty replies, FOR loops on the same variable, ON
 * out of range, DEF FN types, string functions with bad arguments, RND's conventions.
 */
class BasicEdgeCasesTest {

    private BasicSession basic;

    @BeforeEach
    void boot() throws Exception {
        basic = BasicSession.boot();
    }

    private String reply(String typed, String until) {
        basic.type(typed + "\r");
        return basic.expect(until);
    }

    @Test
    void inputRedoesTheWholeStatementAndKeepsValuesOnAnEmptyReply() {
        basic.run("NEW");
        basic.enter("10 A=5:B=6", "20 INPUT \"V\";A,B", "30 PRINT A;B", "40 GOTO 20");
        basic.type("RUN\r");
        basic.expect("V? ");
        // an empty reply ends the statement; the variables keep their values
        assertEquals("\r\n 5  6 \r\nV? ", reply("", "V? "));
        // a bad number: ?Redo from start, then the prompt string again
        assertEquals("X\r\n?Redo from start\r\nV? ", reply("X", "V? "));
        assertEquals("7\r\n?? ", reply("7", "?? "));
        assertEquals("8\r\n 7  8 \r\nV? ", reply("8", "V? "));
        // a trailing comma gives an empty item (0), no ?? question
        assertEquals("1,\r\n 1  0 \r\nV? ", reply("1,", "V? "));
        // an empty reply to ?? keeps the rest
        basic.type("2\r");
        basic.expect("?? ");
        assertEquals("\r\n 2  0 \r\nV? ", reply("", "V? "));
        assertEquals(" 3 , 4\r\n 3  4 \r\nV? ", reply(" 3 , 4", "V? "));
        basic.type("\u0003");
        assertEquals("\r\nBreak in 20\r\nOk\r\n", basic.expect(BasicSession.OK));
    }

    @Test
    void unquotedStringsKeepTrailingSpaces() {
        assertEquals("[A ][B C  ][D]\r\n", basic.program("10 READ A$,B$,C$", "20 PRINT \"[\";A$;\"][\";B$;\"][\";C$;\"]\"",
                "30 DATA  A , B C  :REM", "40 DATA \"D\""));
    }

    @Test
    void forOnTheSameVariableNestsUnlessItIsTheSameFor() {
        assertEquals(" 1  2 END\r\n", basic.program("10 FOR I=1 TO 3", "20 FOR I=1 TO 2", "30 PRINT I;",
                "40 NEXT I", "50 NEXT I", "60 PRINT \"END\""));
        // jumping back to the same FOR replaces its loop: no ?OM however often
        assertEquals(" 32  4 \r\n", basic.program("10 N=0", "20 FOR I=1 TO 3", "30 N=N+1:IF N<30 THEN 20",
                "40 NEXT I", "50 PRINT N;I"));
        assertEquals("?NF Error in 20\r\n", basic.program("10 FOR I=1 TO 2", "20 NEXT J"));
        assertEquals("?NF Error in 10\r\n", basic.program("10 NEXT"));
        assertEquals("?RG Error in 10\r\n", basic.program("10 RETURN"));
        assertEquals("Break\r\n", basic.run("STOP"), "STOP in direct mode");
        assertEquals("", basic.run("END"));
    }

    /** 23 nested loops (FOR AA..AW, lines 10-12) then the lines: all 24 frames are in use
     * at the FOR of line 30. */
    private String withFullStack(String... lines) {
        String[] all = new String[lines.length + 3];
        for (int i = 1; i <= 23; i++) {
            int n = (i - 1) / 8;
            all[n] = (all[n] == null ? (10 + n) + " " : all[n] + ":") + "FOR A" + (char) ('A' + i - 1) + "=1 TO 1";
        }
        System.arraycopy(lines, 0, all, 3, lines.length);
        return basic.program(all);
    }

    @Test
    void theSameForAgainFitsWhenAll24FramesAreInUse() {
        // the 24th loop, started again 30 times, takes its own place each time
        assertEquals(" 30  1 \r\n", withFullStack("20 N=0", "30 FOR I=1 TO 3", "40 N=N+1:IF N<30 THEN 30",
                "50 PRINT N;I"));
        // another FOR on I nests: a 25th frame is ?OM, and so is a 25th on a new variable
        assertEquals(" 1 \r\n?OM Error in 40\r\n", withFullStack("30 FOR I=1 TO 3", "40 PRINT I:FOR I=1 TO 2"));
        assertEquals("?OM Error in 40\r\n", withFullStack("30 FOR I=1 TO 3", "40 FOR J=1 TO 2"));
        // after the error the stack is usable again: the loops run to their ends
        assertEquals(" 1  2 \r\n", basic.program("10 FOR I=1 TO 2:PRINT I;:NEXT:PRINT"));
    }

    @Test
    void onOutOfRangeFallsThroughAndBadValuesAreFc() {
        assertEquals("0 NEXT\r\n4 NEXT\r\n", basic.program("10 FOR K=0 TO 4 STEP 4", "20 ON K GOTO 50,60,70",
                "30 PRINT K;\"NEXT\"", "40 NEXT:END", "50 PRINT \"ONE\"", "60 PRINT \"TWO\"", "70 PRINT \"THREE\"")
                .replace(" 0 ", "0 ").replace(" 4 ", "4 "));
        assertEquals("?FC Error\r\n", basic.run("ON -1 GOTO 10"));
        assertEquals("?FC Error\r\n", basic.run("ON 256 GOTO 10"));
    }

    @Test
    void defFnIsNumeric() {
        assertEquals("?TM Error in 10\r\n", basic.program("10 DEF FNA(X$)=1"));
        assertEquals("?TM Error in 10\r\n", basic.program("10 DEF FNA$(X)=1"));
        assertEquals("?TM Error in 20\r\n", basic.program("10 DEF FNA(X)=X*2", "20 PRINT FNA(\"S\")"));
        assertEquals(" 6 \r\n", basic.program("10 DEF FNA(X)=X*2", "20 PRINT FNA(3)"));
    }

    @Test
    void stringFunctionsRejectBadArguments() {
        assertEquals("?FC Error\r\n", basic.run("PRINT LEFT$(\"ABC\",-1)"));
        assertEquals("?FC Error\r\n", basic.run("PRINT MID$(\"ABC\",0)"));
        assertEquals("?FC Error\r\n", basic.run("PRINT MID$(\"ABC\",256)"));
        assertEquals("?FC Error\r\n", basic.run("PRINT CHR$(256)"));
        assertEquals("?FC Error\r\n", basic.run("PRINT CHR$(-1)"));
        assertEquals("?FC Error\r\n", basic.run("PRINT ASC(\"\")"));
        assertEquals("[][ABC][][BC]\r\n",
                basic.run("PRINT \"[\";MID$(\"ABC\",5);\"][\";RIGHT$(\"ABC\",5);\"][\";MID$(\"ABC\",2,0);\"][\";MID$(\"ABC\",2);\"]\""));
        assertEquals("?TM Error\r\n", basic.run("PRINT LEN(5)"));
        assertEquals("?TM Error\r\n", basic.run("PRINT CHR$(\"A\")"));
    }

    @Test
    void rndFollowsMicrosoftsConventions() {
        assertEquals(" .811635 \r\n", basic.run("PRINT RND(0)"), "Microsoft's first RND(0)");
        // negative: reseeds (the same argument, the same sequence); 0: the last number again
        assertEquals("-1 -1 -1 \r\n", basic.run("X=RND(-7):A=RND(1):B=RND(1):X=RND(-7):PRINT A=RND(1);B=RND(1);A<>B"));
        assertEquals("-1 \r\n", basic.run("PRINT RND(-3)=RND(-3)"));
        assertEquals("-1 -1 \r\n", basic.run("A=RND(5):PRINT RND(0)=A;RND(0)=A"));
        // positive: the next number, 0 <= x < 1, spread evenly
        assertEquals(" 0  1 \r\n", basic.program("10 X=RND(-1):N=0:H=0", "20 FOR I=1 TO 500:R=RND(1)",
                "30 IF R<0 OR R>=1 THEN N=N+1", "40 IF R>.5 THEN H=H+1", "50 NEXT:PRINT N;-(H>200 AND H<300)"));
    }
}
