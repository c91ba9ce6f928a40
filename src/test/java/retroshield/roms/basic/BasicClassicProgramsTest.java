package retroshield.roms.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Classic-style programs (written here) with their exact output. */
class BasicClassicProgramsTest {

    private BasicSession basic;

    @BeforeEach
    void boot() throws Exception {
        basic = BasicSession.boot();
    }

    @Test
    void formattedTable() {
        assertEquals("N             SQUARE        ROOT\r\n"
                + " 1             1             1 \r\n"
                + " 2             4             1.41421 \r\n"
                + " 3             9             1.73205 \r\n"
                + " 4             16            2 \r\n"
                + " 5             25            2.23607 \r\n",
                basic.program("10 PRINT \"N\",\"SQUARE\",\"ROOT\"", "20 FOR N=1 TO 5",
                        "30 PRINT N,N*N,SQR(N)", "40 NEXT N"));
    }

    @Test
    void nestedLoopsWithTab() {
        assertEquals("  *\r\n    **\r\n      ***\r\n        ****\r\n          *****\r\n",
                basic.program("10 FOR I=1 TO 5", "20 PRINT TAB(I*2);", "30 FOR J=1 TO I:PRINT \"*\";:NEXT J",
                        "40 PRINT", "50 NEXT I"));
    }

    @Test
    void stringHandling() {
        assertEquals("DLEIHSORTER\r\nretroshield RETRO-SHIELD\r\n",
                basic.program("10 A$=\"RETROSHIELD\"",
                        "20 FOR I=LEN(A$) TO 1 STEP -1:B$=B$+MID$(A$,I,1):NEXT",
                        "30 PRINT B$",
                        "40 FOR I=1 TO LEN(A$):C=ASC(MID$(A$,I,1)):IF C>=65 AND C<=90 THEN C$=C$+CHR$(C+32)",
                        "50 NEXT:PRINT C$;\" \";LEFT$(A$,5);\"-\";RIGHT$(A$,6)"));
    }

    @Test
    void dataDrivenReport() {
        assertEquals("ALICE      34       ADULT\r\nBOB        12       MINOR\r\nCAROL, JR  18       ADULT\r\n",
                basic.program("10 READ N", "20 FOR I=1 TO N:READ NAME$,AGE", "30 PRINT NAME$;TAB(10);AGE;TAB(20);",
                        "40 IF AGE>=18 THEN PRINT \"ADULT\":GOTO 60", "50 PRINT \"MINOR\"", "60 NEXT I",
                        "70 DATA 3,\"ALICE\",34,BOB,12,\"CAROL, JR\",18"));
    }

    @Test
    void gosubHeavy() {
        assertEquals(" 385 \r\nACB\r\n",
                basic.program("10 S=0:FOR I=1 TO 10:GOSUB 100:NEXT:PRINT S", "20 GOSUB 200:END",
                        "100 S=S+I*I:RETURN", "200 GOSUB 300:PRINT \"B\";:RETURN",
                        "300 GOSUB 400:PRINT \"C\";:RETURN", "400 PRINT \"A\";:RETURN"));
    }

    @Test
    void inputDrivenGuessingGame() {
        basic.run("NEW");
        basic.enter("10 N=37:T=0", "20 INPUT \"GUESS\";G:T=T+1",
                "30 IF G<N THEN PRINT \"HIGHER\":GOTO 20", "40 IF G>N THEN PRINT \"LOWER\":GOTO 20",
                "50 PRINT \"RIGHT IN\";T;\"TRIES\"");
        basic.type("RUN\r50\r25\r37\r");
        assertEquals("RUN\r\nGUESS? 50\r\nLOWER\r\nGUESS? 25\r\nHIGHER\r\nGUESS? 37\r\nRIGHT IN 3 TRIES\r\nOk\r\n",
                basic.expect(BasicSession.OK));
    }
}
