package retroshield.roms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sessions with the bundled Forth ROM: core words, the seed's example, number output. */
class ForthRomTest extends BootedForth {

    @Test
    void factorialFromTheIssue() {
        assertEquals("", forth.run(": FACTORIAL ( n -- n! ) 1 SWAP 1+ 1 DO I * LOOP ;"));
        assertEquals("5040 ", forth.run("7 FACTORIAL ."));
    }

    @Test
    void arithmeticAndNumberOutput() {
        assertEquals("3 ", forth.run("1 2 + ."));
        assertEquals("-10 ", forth.run("10 20 - ."));
        assertEquals("-32768 ", forth.run("32767 1+ ."));
        assertEquals("65535 ", forth.run("-1 U."));
        assertEquals("3 2 ", forth.run("17 5 /MOD . ."));
        assertEquals("-3 ", forth.run("-7 2 / ."));  // symmetric division (SM/REM)
        assertEquals("FF ", forth.run("255 HEX . DECIMAL"));
        assertEquals("  42", forth.run("42 4 .R"));
        assertEquals("100000 ", forth.run("100000. D."));
        assertEquals("255 ", forth.run("$FF ."));
        assertEquals("65 ", forth.run("'A' ."));
    }

    @Test
    void namesAreCaseInsensitive() {
        assertEquals("", forth.run(": Double dup + ;"));
        assertEquals("42 42 ", forth.run("21 DOUBLE . 21 double ."));
    }

    @Test
    void unknownWordIsReportedAndTheStackReset() {
        assertEquals("1 2 3 FROBNICATE ?", forth.run("1 2 3 FROBNICATE").trim().replaceFirst("^", "1 2 3 "));
        assertEquals("0 ", forth.run("DEPTH ."));
    }
}
