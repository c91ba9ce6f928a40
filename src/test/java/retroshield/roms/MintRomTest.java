package retroshield.roms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retroshield.machine.HeadlessSession;

/**
 * Scripted sessions with the bundled MINT 2 ROM (roms/mint.bin + roms/mint.json) running on
 * the emulated RetroShield: each test types lines and checks the interpreter's replies.
 */
class MintRomTest {

    static final Path METADATA = Path.of("roms", "mint.json");
    static final Path IMAGE = Path.of("roms", "mint.bin");
    static final long BOOT_CYCLES = 5_000_000;
    static final long LINE_CYCLES = 50_000_000;
    static final String PROMPT = "> ";

    private HeadlessSession session;

    @BeforeEach
    void boot() throws Exception {
        assumeTrue(Files.exists(IMAGE), "roms/mint.bin is missing: run roms/build.sh");
        session = HeadlessSession.open(METADATA);
        String banner = session.expect(PROMPT, BOOT_CYCLES);
        assertTrue(banner.contains("MINT 2.0"), banner);
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    /** Types one line and returns what MINT printed for it (without echo and prompt). */
    String run(String line) {
        session.type(line + "\r");
        String out = session.expect("\r\n" + PROMPT, LINE_CYCLES);
        assertTrue(out.startsWith(line + "\r\n"), "no echo of the line: " + out);
        String reply = out.substring(line.length() + 2, out.length() - PROMPT.length());
        return reply.endsWith("\r\n") ? reply.substring(0, reply.length() - 2) : reply;
    }

    @Test
    void arithmetic() {
        assertEquals("3 ", run("1 2 + ."));
        assertEquals("-10 ", run("10 20 - ."));
        assertEquals("20 ", run("5 4 * ."));
        assertEquals("3 2 ", run("17 5 / . /r ."));
        assertEquals("24464 1 ", run("300 300 * . /r ."));
        assertEquals("-32768 ", run("32767 1 + ."));
        assertEquals("-786 ", run("-786 ."));
    }

    @Test
    void printsDecimalHexAndText() {
        assertEquals("255 ", run("#FF ."));
        assertEquals("00FF ", run("255 ,"));
        assertEquals("FFFF ", run("-1 ,"));
        assertEquals("-1 ", run("#FFFF ."));
        assertEquals("hello, world", run("`hello, world`"));
        assertEquals("AB", run("65 /C 66 /C"));
    }

    @Test
    void logicAndComparisons() {
        assertEquals("0001 ", run("11 1 & ,"));
        assertEquals("0009 ", run("1 {{{ 1 | ,"));
        assertEquals("000B ", run("1 {{ #F ^ #F & ,"));
        assertEquals("-1 -6 ", run("0 ~ . 5 ~ ."));
        assertEquals("4 ", run("8 } ."));
        assertEquals("0 1 ", run("3 0 = . 0 0 = ."));
        assertEquals("1 0 1 ", run("1 2 < . 2 1 < . -1 0 < ."));
        assertEquals("1 0 ", run("2 1 > . 1 2 > ."));
    }

    @Test
    void stackOperations() {
        assertEquals("10 10 ", run("10 \" . ."));
        assertEquals("20 ", run("20 30 ' ."));
        assertEquals("40 50 ", run("40 50 $ . ."));
        assertEquals("60 70 60 ", run("60 70 % . . ."));
        assertEquals("3 ", run("1 2 3 /D ."));
        run("' ' '");
        assertEquals("0 ", run("/D ."));
    }

    @Test
    void variables() {
        run("10 a ! 20 b !");
        assertEquals("30 ", run("a b + z ! z ."));
        run("#3FFF x!");
        assertEquals("The value of x is 16383 ", run("`The value of x is ` x ."));
    }

    @Test
    void loopsCountFromZero() {
        assertEquals("0 1 2 3 4 5 6 7 8 9 ", run("10 (/i .)"));
        assertEquals("xxx", run("3 (`x`)"));
        assertEquals("", run("0 (`never`)"));
        assertEquals("10 ", run("0t! 10( t 1+ t! ) t ."));
        assertEquals("0 0 | 0 1 | 1 0 | 1 1 | ", run("2(2(/j . /i . `| `))"));
    }

    @Test
    void calledFunctionsSeeTheLoopCounters() {
        run(":B /i . ;");
        assertEquals("0 1 2 ", run("3 ( B )"));
        run(":C 2 ( /i /j + . ) ;");                           // /j is the caller's loop
        assertEquals("0 1 1 2 2 3 ", run("3 ( C )"));
        run(":W 0 /W ;");                                       // /W leaves loops of its own function only
        assertEquals("Error: /W outside a loop", run("3 ( W )"));
    }

    @Test
    void unlimitedLoopEndsWithWhile() {
        assertEquals("4 ", run("0t! /U(/i 4 < /W /i t 1+ t!) t ."));
    }

    @Test
    void conditionalsWithElse() {
        assertEquals("true", run("3 x! x 5 < (`true`)"));
        assertEquals("y is bigger", run("10 x! 20 y! x y > (`x is bigger`) /E (`y is bigger`)"));
        assertEquals("This person can vote", run("18 a! `This person ` a 17 > (`can`) /E (`cannot`) ` vote`"));
    }

    @Test
    void functionsDefinedAndCalled() {
        run(":A 2 * ;");
        assertEquals("42 ", run("21 A ."));
        run(":F \" 1 > ( \" 1 - F * ) /E ( ' 1 ) ;");
        assertEquals("120 ", run("5 F ."));
        run(":G b! a! /U( b /W a b / ' /r c! b a! c b! ) a ;");
        assertEquals("6 ", run("48 18 G ."));
    }

    @Test
    void recursionGoesDeepAndRunawayRecursionIsStopped() {
        // each level keeps one if-block open and one call: 100 levels of both
        run(":S \" 1 > ( \" 1 - S + ) /E ( ' 1 ) ;");
        assertEquals("5050 ", run("100 S ."));
        run(":R R ;");
        assertEquals("Error: calls nested too deep", run("R"));
        assertEquals("3 ", run("1 2 + ."));
    }

    @Test
    void multiLineDefinition() {
        session.type(":S\r1 2\r+ . ;\r");
        session.expect(".. + . ;\r\n" + PROMPT, LINE_CYCLES);
        assertEquals("3 ", run("S"));
    }

    @Test
    void pastedProgramWithComments() {
        session.type(":F n !        // how many numbers\r"
                + "0 a ! 1 b !   // the first two\r"
                + "n (           // n times:\r"
                + "  a .         // print one\r"
                + "  a b + c !  b a !  c b !\r"
                + ")\r"
                + ";\r");
        session.expect(".. ;\r\n" + PROMPT, LINE_CYCLES);
        assertEquals("0 1 1 2 3 5 8 13 21 34 ", run("10 F"));
    }

    @Test
    void aLongPasteOfDefinitionsArrivesWhole() {
        // 260 lines, about 16 KB: every letter defined ten times, the last one wins
        StringBuilder paste = new StringBuilder();
        for (int i = 0; i < 260; i++) {
            char name = (char) ('A' + i % 26);
            paste.append(':').append(name).append(' ').append(i).append(" + ; ")
                    .append("// definition ").append(i).append(" of a long pasted file, padded out\r");
        }
        session.type(paste.toString());
        session.expect(":Z 259 + ;", LINE_CYCLES * 4);
        session.expect(PROMPT, LINE_CYCLES);
        assertEquals("234 259 ", run("0 A . 0 Z ."));
        assertEquals("0 ", run("/D ."));
    }

    @Test
    void controlCStopsAnEndlessLoop() {
        session.type("/U( 1 ' )\r");
        session.runFor(200_000);
        session.typeRaw(new byte[] {0x03});
        session.expect("Error: break\r\n" + PROMPT, LINE_CYCLES);
        assertEquals("3 ", run("1 2 + ."));
    }

    @Test
    void arraysAndByteArrays() {
        assertEquals("3 ", run("[ 1 2 3 ] 2? ."));
        assertEquals("5 ", run("[ 1 2 3 4 5 ] /S ."));
        assertEquals("2 ", run("[1 [2 3]] 1? 0? ."));
        run("[1 2 3] a!");
        assertEquals("9 1 ", run("9 a 1? ! a 1? . a 0? ."));
        assertEquals("3 ", run("\\[1 2 3] /S ."));
        run("\\[1 2 3] b!");
        assertEquals("2 ", run("b 1\\? ."));
        assertEquals("7 ", run("7 b 2\\? \\! b 2\\? ."));
    }

    @Test
    void anonymousFunctions() {
        run(":@ 1+ ; a!");
        assertEquals("4 ", run("3 a /G ."));
        run("[:@ `zero` ; :@ `one` ; :@ `two` ;] b!");
        assertEquals("two", run("b 2? /G"));
    }

    @Test
    void errorsAreReportedAndTheInterpreterGoesOn() {
        assertEquals("Error: stack underflow", run("."));
        assertEquals("Error: unknown operator @", run("1 @"));
        assertEquals("Error: unknown operator /Y", run("/Y"));
        assertEquals("Error: undefined function Q", run("Q"));
        assertEquals("Error: division by zero", run("1 0 /"));
        assertEquals("0 ", run("/D ."));
        assertEquals("3 ", run("1 2 + ."));
    }

    @Test
    void controlKeysListFunctionsAndShowTheStack() {
        run(":A 1 2 + ;");
        run("7 8");
        session.typeRaw(new byte[] {0x13});
        session.expect("stack: 7 8 \r\n" + PROMPT, LINE_CYCLES);
        session.typeRaw(new byte[] {0x0C});
        session.expect(":A 1 2 + ;\r\n" + PROMPT, LINE_CYCLES);
        assertEquals("15 ", run("+ ."));
    }

    @Test
    void controlKeysEditAFunctionAndRecallTheLastEntry() {
        run(":A 1 2 + ;");
        session.typeRaw(new byte[] {0x05, 'A'});
        session.expect(":A 1 2 + ;", LINE_CYCLES);
        session.typeRaw(new byte[] {0x08, 0x08, 0x08, 0x08, 0x08});
        session.type("3 * ;\r");          // :A 1 2 + ;  became  :A 1 3 * ;
        session.expect(PROMPT, LINE_CYCLES);
        assertEquals("3 ", run("A ."));
        session.typeRaw(new byte[] {0x12});
        session.expect("A .", LINE_CYCLES);
        session.type("\r");
        assertTrue(session.expect(PROMPT, LINE_CYCLES).contains("3 "));
    }

    @Test
    void warmResetKeepsFunctionsAndVariablesColdResetClearsThem() {
        run(":A 1 2 + ;");
        run("5 x!");
        session.machine().warmReset();
        assertTrue(session.expect(PROMPT, BOOT_CYCLES).contains("Warm start"));
        assertEquals("3 5 ", run("A . x ."));
        session.machine().coldReset();
        assertFalse(session.expect(PROMPT, BOOT_CYCLES).contains("Warm start"));
        assertEquals("Error: undefined function A", run("A"));
        assertEquals("0 ", run("x ."));
    }

    @Test
    void machineCodeAndPorts() {
        // LD HL,1234 ; LD ($3C10),HL ; RET  as a byte array, called with /X
        run("\\[#21 #D2 #04 #22 #10 #3C #C9] p!");
        assertEquals("1234 ", run("p /X #3C10 0? ."));
        // the ACIA's status register: transmitter empty (bit 1)
        assertEquals("2 ", run("#80 /I 2 & ."));
    }

    @Test
    void slashOperatorsAndSystemVariables() {
        assertEquals("1 0 ", run("/T . /F ."));
        assertEquals("1 \r\n2 ", run("1 . /N 2 ."));
        session.type("`x` /P `y`\r");                           // /P prints the prompt itself
        assertTrue(session.expect("y\r\n" + PROMPT, LINE_CYCLES).endsWith("x\r\n> y\r\n> "));
        assertEquals("302E ", run("x /V ,"));                   // address of variable x
        assertEquals("3A00 ", run("/s ,"));                     // the data stack
        assertEquals("10 ", run("10 /A /h $ - ."));             // /A moves the heap pointer
        assertEquals("Q", run(":Q ; /z /C"));                   // last function defined
        assertEquals("1 ", run("-1 1 + ' /c ."));               // carry of +
        assertEquals("1 ", run("7 3 / ' /r ."));                // remainder of /
        session.type("/K .\r");
        session.expect("/K .\r\n", LINE_CYCLES);
        session.typeRaw(new byte[] {'Z'});
        assertTrue(session.expect(PROMPT, LINE_CYCLES).startsWith("90 "));
    }

    @Test
    void helpListsTheOperators() {
        String help = run("/H");
        assertTrue(help.contains("dup"), help);
        assertTrue(help.contains(":A ... ;"), help);
    }

    @Test
    void metadataExamplesGiveTheirExpectedReplies() throws Exception {
        JsonObject metadata = JsonParser.parseString(Files.readString(METADATA, StandardCharsets.UTF_8))
                .getAsJsonObject();
        for (JsonElement e : metadata.getAsJsonArray("examples")) {
            String input = e.getAsJsonObject().get("input").getAsString();
            String expected = e.getAsJsonObject().get("expect").getAsString();
            String reply = run(input);
            assertTrue(reply.contains(expected), input + " gave " + reply);
        }
    }
}
