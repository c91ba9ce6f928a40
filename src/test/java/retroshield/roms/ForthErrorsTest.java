package retroshield.roms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every error a user makes is answered and the system carries on; Ctrl+C; warm reset. */
class ForthErrorsTest extends BootedForth {

    private void stillWorks() {
        assertEquals("0 ", forth.run("DEPTH ."));
        assertEquals("6 ", forth.run("2 3 * ."));
    }

    @Test
    void unknownWordIsNamed() {
        assertEquals("FROBNICATE ?", forth.run("1 2 FROBNICATE 3").trim());
        stillWorks();
    }

    @Test
    void unknownWordInsideADefinitionLeavesCompileMode() {
        assertEquals("NOPE ?", forth.run(": BAD 1 NOPE ;").trim());
        assertEquals("BAD ?", forth.run("BAD").trim());
        stillWorks();
    }

    @Test
    void stackUnderflow() {
        assertEquals("error -4 stack underflow", forth.run("DROP").trim());
        assertEquals("error -4 stack underflow", forth.run("1 + +").trim());
        assertEquals("error -4 stack underflow", forth.run(": DEEP-UNDER 200 0 DO DROP LOOP 1 2 3 ; DEEP-UNDER").trim());
        stillWorks();
    }

    @Test
    void stackOverflow() {
        assertEquals("error -3 stack overflow", forth.run(": FILL-UP 1000 0 DO I LOOP ; FILL-UP").trim());
        stillWorks();
    }

    @Test
    void returnStackOverflowFromRunawayRecursion() {
        assertTrue(forth.run(": DEEP RECURSE ; DEEP").contains("error -5 return stack overflow"));
        stillWorks();
    }

    @Test
    void divisionByZero() {
        assertEquals("error -10 division by zero", forth.run("1 0 /").trim());
        assertEquals("error -10 division by zero", forth.run("1 0 MOD").trim());
        assertEquals("-10 ", forth.run(": DIV0 1 0 / ; ' DIV0 CATCH ."));
        stillWorks();
    }

    @Test
    void dictionaryOverflowIsCaughtAndRecoverable() {
        assertEquals("error -8 dictionary overflow", forth.run(": FILLIT BEGIN 0 , AGAIN ; FILLIT").trim());
        assertEquals("error -8 dictionary overflow", forth.run(": MORE ;").trim());
        assertEquals("error -8 dictionary overflow", forth.run("1000 ALLOT").trim());
        forth.run("-2000 ALLOT");
        assertEquals("9 ", forth.run(": AGAIN-OK 9 ; AGAIN-OK ."));
        stillWorks();
    }

    @Test
    void numberOutputInBaseOneStopsAtTheEndOfItsBuffer() {
        assertEquals("error -17 pictured numeric output overflow", forth.run("5 1 BASE ! .").trim());
        assertEquals("10 ", forth.run("DECIMAL 10 ."));
    }

    @Test
    void uncaughtThrowPrintsItsCode() {
        assertEquals("error 77", forth.run("1 2 3 77 THROW").trim());
        stillWorks();
    }

    @Test
    void badNames() {
        assertTrue(forth.run("CREATE").contains("error -16"));
        assertTrue(forth.run("' NO-SUCH-WORD").contains("NO-SUCH-WORD ?"));
        stillWorks();
    }

    @Test
    void ctrlCStopsARunawayLoop() {
        forth.run(": FOREVER BEGIN AGAIN ;");
        forth.raw().type("FOREVER\r");
        forth.raw().runFor(2_000_000);
        forth.raw().typeRaw(new byte[] {3});
        String out = forth.raw().expect("\r\n", 10_000_000);
        assertTrue(out.contains("error -28 user interrupt"), out);
        stillWorks();
    }

    @Test
    void warmResetKeepsTheDictionary() {
        forth.run(": KEEPME 4242 ;");
        forth.raw().machine().warmReset();
        String banner = forth.raw().expect(" ok\r\n", 10_000_000);
        assertTrue(banner.contains("Warm start"), banner);
        assertEquals("4242 ", forth.run("KEEPME ."));
    }
}
