package retroshield.roms.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Functions, operators and number printing of the bundled BASIC, with exact output. */
class BasicFunctionsTest {

    private BasicSession basic;

    @BeforeEach
    void boot() throws Exception {
        basic = BasicSession.boot();
    }

    @Test
    void numericFunctions() {
        assertEquals(" 3 -1  0  1  2 -3  1.41421 \r\n",
                basic.run("PRINT ABS(-3);SGN(-2);SGN(0);SGN(5);INT(2.9);INT(-2.1);SQR(2)"));
        assertEquals(" 0  1  1.55741  3.14159  1  0  2.71828 \r\n",
                basic.run("PRINT SIN(0);COS(0);TAN(1);ATN(1)*4;EXP(0);LOG(1);EXP(1)"));
        assertEquals(" .841471  .540302  2.30259  4 \r\n", basic.run("PRINT SIN(1);COS(1);LOG(10);SQR(16)"));
    }

    @Test
    void stringFunctions() {
        assertEquals(" 4 ABBCDBCDBC\r\n",
                basic.run("PRINT LEN(\"ABCD\");LEFT$(\"ABCD\",2);RIGHT$(\"ABCD\",3);MID$(\"ABCD\",2);MID$(\"ABCD\",2,2);MID$(\"ABCD\",9)"));
        assertEquals("A 66 -1.5 12.5  0 -3 \r\n",
                basic.run("PRINT CHR$(65);ASC(\"B\");STR$(-1.5);VAL(\"  12.5\");VAL(\"X\");VAL(\"-3\")"));
        assertEquals("[ 5]\r\n", basic.run("PRINT \"[\";STR$(5);\"]\""));
        assertEquals(" 3  6  0 1000FFFF 31 -1 \r\n",
                basic.run("PRINT INSTR(\"ABCABC\",\"C\");INSTR(4,\"ABCABC\",\"C\");INSTR(\"ABC\",\"Z\");HEX$(4096);HEX$(-1);&H1F;&HFFFF"));
        assertEquals("-1 -1 -1 -1  0 \r\n", basic.run("PRINT \"A\"=\"A\";\"A\"<\"AB\";\"B\">\"AB\";\"ABC\"<>\"ABD\";\"\">\"\""));
    }

    @Test
    void systemFunctions() {
        assertEquals(" 0 X 4 \r\n", basic.run("PRINT POS(0);:PRINT \"X\";POS(0)"));
        assertEquals("-1 -1 -1 \r\n", basic.run("X=RND(-1):A=RND(1):B=RND(0):PRINT A=B;A>=0;A<1"));
        assertEquals("-1 \r\n", basic.run("X=RND(-5):A=RND(1):X=RND(-5):PRINT A=RND(1)"));
        assertEquals("-1 \r\n", basic.run("PRINT FRE(0)>30000"));
        // USR calls the address POKEd into the USR vector ($F7FE) with HL = the argument:
        // INC HL, INC HL, RET at 64000
        assertEquals("?FC Error\r\n", basic.run("PRINT USR(1)"), "no routine set");
        assertEquals(" 42 \r\n", basic.run("POKE 64000,35:POKE 64001,35:POKE 64002,201:"
                + "POKE 63486,0:POKE 63487,250:PRINT USR(40)"));
    }

    @Test
    void operatorsAndPrecedence() {
        assertEquals(" 5  64 -9 -1  1  1 \r\n", basic.run("PRINT 10-3-2;2^3^2;-3^2;NOT 1=2;1 AND 0 OR 1;12/4/3"));
        assertEquals(" 1  7 -6  2 -1 \r\n", basic.run("PRINT 5 AND 3;5 OR 3;NOT 5;-6 AND 7;-1 OR 0"));
        assertEquals("-6  .5  7 \r\n", basic.run("PRINT 2*-3;2^-1;1+2*3"));
        assertEquals("-1  0 -1  0 -1 \r\n", basic.run("PRINT 1<2;1>2;2>=2;1<>1;1<=1"));
    }

    @Test
    void numbersPrintAsMicrosoftPrintsThem() {
        // three 14-column zones a line, as Microsoft's 4.7 prints them (a comma at column 28
        // or later starts a new line)
        assertEquals(" .333333       .666667       100000 \r\n 1E+06         .01           1E-03 \r\n"
                + "-1.5           1.23457E+08 \r\n",
                basic.run("PRINT 1/3, 2/3, 100000, 1000000, .01, .001, -1.5, 123456789"));
        assertEquals(" 3 -4  65535 -32768  32768  2.14748E+09  1.67772E+07  1E+09 \r\n",
                basic.run("PRINT INT(3.7);INT(-3.7);65535;-32768;32767+1;2^31;2^24+1;1E9"));
        assertEquals(" 3.4E+38  1E+38 -1.7E-38  0 \r\n", basic.run("PRINT 3.4E38;1E38;-1.7E-38;1E-50"));
        assertEquals(" 1E+30 -1E+30  1E+20  1E+10  1.5E+14  1E-05  1E-37  1.26765E+30 \r\n",
                basic.run("PRINT INT(1E30);INT(-1E30);1E20;1E10;1.5E14;1E-5;1E-37;2^100"));
        assertEquals(" 0 \r\n", basic.run("PRINT EXP(-100)"));
        assertEquals(" 12  1001  1.5 AB\r\n", basic.run("PRINT 1 2;1 000+1;1. 5;\"A\" \"B\""),
                "spaces inside numbers are skipped, as by Microsoft's parser");
        assertEquals(" 123457  1.23457E+06 -.5  .142857  999999  .0123457 \r\n",
                basic.run("PRINT 123456.7;1234567;-0.5;1/7;999999;.0123456789"));
    }
}
