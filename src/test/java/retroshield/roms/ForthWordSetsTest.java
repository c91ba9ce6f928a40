package retroshield.roms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The word sets of issue 10 beyond Core: Core Extension, Exception, Double, String, Tools. */
class ForthWordSetsTest extends BootedForth {

    private String run(String line) {
        return forth.run(line);
    }

    @Test
    void coreExtensionStackAndComparisons() {
        assertEquals("2 ", run("1 2 NIP ."));
        assertEquals("2 1 2 ", run("1 2 TUCK . . ."));
        assertEquals("10 ", run("10 20 30 2 PICK . 2DROP DROP"));
        assertEquals("2 4 3 1 ", run("1 2 3 4 2 ROLL . . . ."));
        assertEquals("-1 0 -1 0 ", run("5 0<> . 0 0<> . 5 0> . -5 0> ."));
        assertEquals("-1 0 ", run("1 2 <> . 3 3 <> ."));
        assertEquals("-1 0 ", run("-1 1 U> . 1 -1 U> ."));
        assertEquals("-1 0 -1 ", run("5 1 10 WITHIN . 10 1 10 WITHIN . -5 -10 0 WITHIN ."));
        assertEquals("-1 0 ", run("TRUE . FALSE ."));
        assertEquals("5 7 6 ", run("5 6 7 2>R >R R> . 2R@ . . 2R> 2DROP"));
    }

    @Test
    void coreExtensionDefiningAndControl() {
        run("10 VALUE V  : SETV TO V ;");
        assertEquals("10 20 30 ", run("V . 20 TO V V . 30 SETV V ."));
        run("DEFER D1  : HELLO .\" hi\" ;  ' HELLO IS D1");
        assertEquals("hi", run("D1"));
        assertEquals("-1 ", run("ACTION-OF D1 ' HELLO = ."));
        run(":NONAME 2 * ; CONSTANT DBL");
        assertEquals("14 ", run("7 DBL EXECUTE ."));
        run(": CLASSIFY CASE 1 OF .\" one\" ENDOF 2 OF .\" two\" ENDOF .\" many\" ENDCASE ;");
        assertEquals("one two many", run("1 CLASSIFY SPACE 2 CLASSIFY SPACE 9 CLASSIFY"));
        run(": CNT 0 BEGIN 1+ DUP 5 = IF EXIT THEN AGAIN ;");
        assertEquals("5 ", run("CNT ."));
        run(": QD 0 ?DO I . LOOP ;");
        assertEquals("0 1 2 ", run("0 QD 3 QD"));
        run("16 BUFFER: BUF");
        assertEquals("32 ", run("BUF 16 ERASE BUF 1+ C@ BL + ."));
        run("MARKER FORGET-ME : GONE ;");
        assertEquals("GONE ?", run("FORGET-ME GONE").trim());
        assertEquals("3 ", run("C\" abc\" C@ ."));
        assertEquals("  7    -3", run("7 3 .R -3 6 .R"));
        assertEquals("   42", run("42 5 U.R"));
        assertEquals("xy", run("PAD 0 <# CHAR y HOLD S\" x\" HOLDS #> TYPE"));
        assertEquals("hello", run(".( hello)"));
        assertEquals("-1 ", run("UNUSED 30000 U> ."));
        assertEquals("3 ", run("S\" 1 2 +\" EVALUATE ."));
    }

    @Test
    void parsingWords() {
        assertEquals("3 ", run("PARSE-NAME abc NIP ."));
        assertEquals("5 ", run("CHAR ) PARSE hello) NIP ."));
        assertEquals("a\tb\"", run("S\\\" a\\tb\\q\" TYPE"));
        assertEquals("2 13 10 ", run("S\\\" \\m\" OVER C@ SWAP . . 1+ C@ ."));
        assertEquals("0 ", run("SOURCE-ID ."));
    }

    @Test
    void exceptions() {
        run(": THROWER 42 THROW ;  : SAFE ['] THROWER CATCH ;");
        assertEquals("42 ", run("SAFE ."));
        assertEquals("0 2 1 ", run(": OK1 1 2 ; ' OK1 CATCH . . ."));
        assertEquals("-1 7 ", run("7 ' ABORT CATCH . ."));
        run(": AB ABORT\" custom message\" ;");
        assertEquals("custom message", run("1 AB").trim());
        assertEquals("0 ", run("0 AB DEPTH ."));
        assertEquals("-2 ", run(": T 1 AB ; ' T CATCH . "));
        assertEquals("error 99", run("99 THROW").trim());
        assertEquals("0 ", run("DEPTH ."));
    }

    @Test
    void doubleNumbers() {
        assertEquals("123456 ", run("123456. D."));
        assertEquals("-5 ", run("-5. D."));
        assertEquals("300000 ", run("100000. 200000. D+ D."));
        assertEquals("-100000 ", run("100000. 200000. D- D."));
        assertEquals("   -12", run("-12. 6 D.R"));
        assertEquals("-1 0 -1 0 ", run("0. D0= . 1. D0= . -1. D0< . 1. D0< ."));
        assertEquals("-1 0 -1 ", run("5. 5. D= . 5. 6. D= . -1. 1. D< ."));
        assertEquals("7 70000 ", run("7. D>S . -70000. DABS D."));
        assertEquals("70000 ", run("-70000. DNEGATE D."));
        assertEquals("70005 ", run("70000. 5 M+ D."));
        assertEquals("1000000 ", run("100000. 30 3 M*/ D."));
        assertEquals("-200000 ", run("100000. -6 3 M*/ D."));
        assertEquals("-6 -2 32768 ", run("-3. D2* D. -3. D2/ D. 65536. D2/ D."));
        assertEquals("-1 0 2 -2 ", run("1. 2. DU< . -1. 1. DU< . 1. 2. DMAX D. 1. -2. DMIN D."));
        assertEquals("1 3 2 ", run("1. 2. 3. 2ROT D. D. D."));
        run("1234567. 2CONSTANT BIG  2VARIABLE DV");
        assertEquals("1234567 ", run("BIG D."));
        assertEquals("99999 ", run("99999. DV 2! DV 2@ D."));
    }

    @Test
    void stringWords() {
        assertEquals("3 ", run("S\" abc   \" -TRAILING NIP ."));
        assertEquals("cde", run("S\" abcde\" 2 /STRING TYPE"));
        assertEquals("0 -1 1 ", run("S\" abc\" S\" abc\" COMPARE . S\" abc\" S\" abd\" COMPARE . S\" abcd\" S\" abc\" COMPARE ."));
        assertEquals("-1 llo world", run("S\" hello world\" S\" llo\" SEARCH . TYPE"));
        assertEquals("0 ", run("S\" hello\" S\" xyz\" SEARCH . 2DROP"));
        run("CREATE B1 8 ALLOT  B1 8 BLANK");
        assertEquals("32 ", run("B1 7 + C@ ."));
        assertEquals("abab", run("S\" ab\" B1 SWAP CMOVE  B1 B1 2 + 2 CMOVE  B1 4 TYPE"));
        assertEquals("aabb", run("B1 B1 1+ 2 CMOVE>  B1 4 TYPE"));
        run(": LIT-STR [ S\" fixed\" ] SLITERAL ;");
        assertEquals("fixed", run("LIT-STR TYPE"));
    }

    @Test
    void toolsWords() {
        assertEquals("<3> 1 2 3 ", run("1 2 3 .S"));
        run("2DROP DROP VARIABLE VV 77 VV !");
        assertEquals("77 ", run("VV ?"));
        forth.raw().type("HEX VV 2 DUMP DECIMAL\r");
        String dump = forth.raw().expect(" ok\r\n", ForthSession.LINE_CYCLES);
        assertTrue(dump.contains("4D 00"), dump);
        run(": SQ DUP * ;");
        assertEquals(": SQ DUP * ;", run("SEE SQ").trim());
        assertTrue(run("WORDS").contains("SQ VV "));
        assertEquals("yes", run("1 [IF] .( yes) [ELSE] .( no) [THEN]"));
        assertEquals("no", run("0 [IF] .( yes) [ELSE] .( no) [THEN]"));
        assertEquals("b", run("0 [if] .( a) 1 [IF] .( x) [THEN] [else] .( b) [then]"));
        assertEquals("-1 0 ", run("[DEFINED] DUP . [UNDEFINED] DUP ."));
    }
}
