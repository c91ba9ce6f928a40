package retroshield.roms.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Corners found by typing classic-style programs (written here, in the manner of the
 * "BASIC Computer Games" listings) where the output or behaviour must be Microsoft 4.7's.
 */
class BasicTypeInTest {

    private BasicSession basic;

    @BeforeEach
    void boot() throws Exception {
        basic = BasicSession.boot();
    }

    @Test
    void goToWithSpacesIsGoto() {
        assertEquals("YES\r\n", basic.program("10 GO TO 30", "20 PRINT \"NO\"", "30 PRINT \"YES\""));
        basic.enter("20 IF 1 THEN G O TO 30");
        assertEquals("10 GOTO 30\r\n20 IF 1 THEN GOTO 30\r\n", basic.list("LIST 10-20"));
        // only GOTO: GO SUB is the variables G, O, S, U, B
        assertEquals("?SN Error in 10\r\n", basic.program("10 GO SUB 30", "30 PRINT \"NO\""));
    }

    @Test
    void aLineNumberAloneForAMissingLineIsUl() {
        basic.run("NEW");
        basic.enter("10 PRINT \"A\"", "20 PRINT \"B\"");
        assertEquals("?UL Error\r\n", basic.run("15"));
        basic.enter("10");
        assertEquals("20 PRINT \"B\"\r\n", basic.list("LIST"));
    }

    @Test
    void aMissingOperandIsMo() {
        assertEquals("?MO Error\r\n", basic.run("A="));
        assertEquals("?MO Error\r\n", basic.run("PRINT 1+:PRINT 2"));
        assertEquals("?MO Error\r\n", basic.run("PRINT -"));
        assertEquals("A\r\n?MO Error in 20\r\n", basic.program("10 PRINT \"A\"", "20 X=(3*"));
        // something that is no operand before the end stays ?SN
        assertEquals("?SN Error\r\n", basic.run("IF X= THEN 10"));
    }

    @Test
    void relationsCombineEachOfLessEqualGreaterOnce() {
        assertEquals("-1 -1 -1 -1 -1 -1 -1  0 \r\n", basic.run("PRINT 1=<2;2=>1;1><2;2>=1;1<=2;1< >2;2<=>1;2<1"));
        assertEquals("?SN Error\r\n", basic.run("PRINT 1<<2"));
        assertEquals("?SN Error\r\n", basic.run("PRINT 1==1"));
        assertEquals("?SN Error\r\n", basic.run("PRINT 2>=>1"));
    }

    @Test
    void ctrlCAtInputBreaksAndContAsksAgain() {
        basic.run("NEW");
        basic.enter("10 INPUT \"N\";N", "20 PRINT N*2");
        basic.type("RUN\r");
        basic.expect("N? ");
        basic.type("\u0003");
        assertEquals("\r\nBreak in 10\r\nOk\r\n", basic.expect("Ok\r\n"));
        basic.type("CONT\r");
        assertEquals("CONT\r\nN? ", basic.expect("N? "));
        basic.type("21\r");
        assertEquals("21\r\n 42 \r\nOk\r\n", basic.expect("Ok\r\n"));
    }

    @Test
    void spacesInsideALineNumberBelongToIt() {
        assertEquals("THIRTY\r\nHUNDRED\r\nDONE\r\n", basic.program("10 GOTO 030", "20 PRINT \"TWENTY\"",
                "30 PRINT \"THIRTY\":GOSUB 1 00:ON 1 GOTO 1 10", "100 PRINT \"HUNDRED\":RETURN", "110 PRINT \"DONE\""));
        assertEquals("30 PRINT \"THIRTY\":GOSUB 1 00:ON 1 GOTO 1 10\r\n", basic.list("LIST 30-30"));
    }

    @Test
    void spacesWithinAndAfterATypedLineNumberAreNotKept() {
        basic.run("NEW");
        basic.enter("10    PRINT \"A\"", "2 0PRINT \"B\"");
        assertEquals("10 PRINT \"A\"\r\n20 PRINT \"B\"\r\n", basic.list("LIST"));
    }

    @Test
    void aSpaceBetweenAnArrayNameAndItsSubscriptIsAllowed() {
        assertEquals(" 7 S 0 \r\n", basic.program("10 DIM B (5), C$ (2):B (2)=7:C$ (1)=\"S\"",
                "20 PRINT B  (2);C$ (1);A (3)"));
        // the spaces are dropped when the line is stored
        assertEquals("10 DIM B(5), C$(2):B(2)=7:C$(1)=\"S\"\r\n", basic.list("LIST 10-10"));
    }

    @Test
    void dataItemsBeforeAndAfterACommaMayBeEmpty() {
        assertEquals("<><X><>\r\n", basic.program("10 DATA ,X,", "20 READ A$,B$,C$:PRINT \"<\"A$\"><\"B$\"><\"C$\">\""));
        assertEquals(" 1  0  3  0  5 \r\n 1 \r\n", basic.program("10 DATA 1,,3,:DATA 5",
                "20 READ A,B:READ C,D,E:PRINT A;B;C;D;E", "30 RESTORE:READ A:PRINT A"));
        assertEquals(" 1  0 \r\n?OD Error in 30\r\n", basic.program("10 DATA 1,", "20 READ A,B:PRINT A;B", "30 READ C"));
    }

    @Test
    void aSignAloneInAnInputReplyOrDataIsZero() {
        basic.run("NEW");
        basic.enter("10 DATA -,+:READ A,B:PRINT A;B", "20 INPUT C:PRINT C");
        basic.type("RUN\r");
        assertEquals("RUN\r\n 0  0 \r\n? ", basic.expect("? "));
        basic.type("-\r");
        assertEquals("-\r\n 0 \r\nOk\r\n", basic.expect("Ok\r\n"));
    }

    @Test
    void anEWithoutDigitsIsExponentZero() {
        basic.run("NEW");
        basic.enter("10 DATA 2.5E:READ A:PRINT A;VAL(\"1E\");VAL(\"5E 2\")", "20 INPUT B:PRINT B");
        basic.type("RUN\r");
        assertEquals("RUN\r\n 2.5  1  500 \r\n? ", basic.expect("? "));
        basic.type("3E\r");
        assertEquals("3E\r\n 3 \r\nOk\r\n", basic.expect("Ok\r\n"));
    }
}
