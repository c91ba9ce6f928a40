package retroshield.roms.fortran;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The FORTRAN 77 ROM (roms/fortran.bin) on the emulated RetroShield: one program per feature
 * from src/test/resources/fortran (NAME.f, expected output NAME.expected), the prompt's
 * immediate statements, editing commands, error messages and Ctrl+C.
 */
class FortranRomTest {

    private FortranSession f;

    @BeforeEach
    void boot() throws Exception {
        assumeTrue(Files.exists(FortranSession.IMAGE), "roms/fortran.bin is missing: run roms/build.sh fortran");
        f = new FortranSession();
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyProgramPrintsItsExpectedOutput() throws Exception {
        return FortranSession.programNames().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            String expected = Files.readString(FortranSession.PROGRAMS.resolve(name + ".expected"));
            String out = f.run(FortranSession.program(name));
            assertEquals(expected.replace("\r", "").stripTrailing(), out.replace("\r", "").stripTrailing(), name);
        }));
    }

    @Test
    void statementsTypedAtThePromptRunAtOnce() {
        assertEquals("", f.line("INTEGER X"));
        assertEquals("", f.line("X = 42"));
        assertEquals(" 42", f.line("WRITE(*,*) X"));
        assertEquals(" 84 2.5000000", f.line("PRINT *, X * 2, 5.0 / 2"));
        assertEquals(" T", f.line("PRINT *, X .GT. 41 .AND. .TRUE."));
        assertEquals("Error: undefined label 10", f.line("GO TO 10"));
        assertEquals(" 42", f.line("PRINT *, X"));
    }

    @Test
    void listNewAndDeleteEditTheStoredProgram() {
        f.line("PROGRAM P");
        f.line("PRINT *, 'ONE'");
        f.line("PRINT *, 'TWO'");
        f.line("END");
        assertEquals("   1        PROGRAM P\r\n   2        PRINT *, 'ONE'\r\n   3        PRINT *, 'TWO'\r\n"
                + "   4        END", f.line("LIST"));
        assertEquals(" ONE\r\n TWO", f.line("RUN"));
        f.line("DELETE 2");
        assertEquals(" TWO", f.line("RUN"));
        f.line("NEW");
        assertEquals("", f.line("LIST"));
    }

    @Test
    void compileErrorsNameTheLineAndWhatWasExpected() {
        String out = f.run("PROGRAM E\nINTEGER I\nWRITE(*,*) (I\nEND");
        assertEquals("Line 3: expected ')' in WRITE", out);
        assertEquals("Line 3: expected 'a label' in GO TO".replace("'a label'", "a label"),
                f.run("PROGRAM E\nI = 1\nGO TO\nEND"));
        assertEquals("Line 3: undefined label 99", f.run("PROGRAM E\nGO TO 99\nEND"));
        assertEquals("Line 3: missing END IF", f.run("PROGRAM E\nIF (.TRUE.) THEN\nEND"));
    }

    @Test
    void deeplyNestedExpressionsAreRefusedNotCrashing() {
        assertEquals(" 28", f.line("PRINT *, (((((((1+2)*2+1)*1)+0)*2)+0)*2)"));
        assertEquals(" 1", f.line("PRINT *, " + "(".repeat(25) + "1" + ")".repeat(25)));
        assertEquals(" 3", f.line("PRINT *, 1 + 2"));
    }

    @Test
    void theMachineStackKeepsHeadroomAfterTheDeepestExpressionAndCall() throws Exception {
        // nesting stops where the machine stack would run short, with an error, not a crash
        String deep = "F(".repeat(50) + "1.0" + ")".repeat(50);
        String out = f.run("PROGRAM DEEP\nINTEGER K(1)\nK(1) = 1\nX = " + deep + "\nPRINT *, X\nEND\n"
                + "FUNCTION F(Y)\nF = Y + 1\nEND");
        assertEquals("Line 4: expression nested too deep", out);
        String ok = "F(K(1)+".repeat(8) + "((((((((1.0))))))))" + ")".repeat(8);
        out = f.run("PROGRAM DEEP\nINTEGER K(1)\nK(1) = 1\nX = " + ok + "\nPRINT *, X\nEND\n"
                + "FUNCTION F(Y)\nF = Y + 1\nEND");
        assertEquals(" 17.000000", out);
        // the stack is STACK_TOP - STACK_SIZE .. STACK_TOP - 1 (rom.conf) and RAM starts zeroed:
        // its lowest 64 bytes stay unused
        byte[] low = f.raw().machine().memory().dump(FortranSession.stackBottom(), 64);
        assertEquals(64, countZeros(low), "the Z80 stack came within 64 bytes of the C globals");
    }

    @Test
    void theMetadataMemoryMapMatchesTheBuildMap() throws Exception {
        // roms/fortran.json's ROM region must end where rom.conf's does, RAM start right after it
        String json = Files.readString(FortranSession.METADATA);
        int romSize = FortranSession.romConf("ROM_SIZE");
        assertTrue(json.contains(String.format("{ \"start\": \"0x0000\", \"end\": \"0x%04X\", \"type\": \"rom\" }",
                romSize - 1)), "fortran.json ROM region does not end at ROM_SIZE - 1");
        assertTrue(json.contains(String.format("{ \"start\": \"0x%04X\", \"end\": \"0xFFFF\", \"type\": \"ram\" }",
                romSize)), "fortran.json RAM does not start at ROM_SIZE");
        assertTrue(FortranSession.romConf("STACK_SIZE") >= 0x500, "the stack must keep 1.25 KB");
        assertEquals(FortranSession.romConf("DATA_LOC"), romSize, "C globals start right after the ROM");
    }

    private static int countZeros(byte[] bytes) {
        int n = 0;
        for (byte b : bytes) {
            n += b == 0 ? 1 : 0;
        }
        return n;
    }

    @Test
    void runTimeErrorsStopTheProgramAndReturnToThePrompt() {
        assertEquals(" 1\r\nError at line 5: division by zero",
                f.run("PROGRAM E\nI = 1\nJ = 0\nPRINT *, I\nK = I / J\nEND"));
        assertEquals("Error at line 3: subscript out of range", f.run("PROGRAM E\nREAL A(3)\nA(4) = 1\nEND"));
        assertEquals("Error at line 5: recursive call refused",
                f.run("PROGRAM E\nCALL R\nEND\nSUBROUTINE R\nCALL R\nEND"));
        assertEquals(" 3", f.line("PRINT *, 1 + 2"));
    }

    @Test
    void controlCStopsARunningProgram() {
        f.line("NEW");
        f.line("PROGRAM LOOP");
        f.line("10 GO TO 10");
        f.line("END");
        f.raw().type("RUN\r");
        f.raw().runFor(2_000_000);
        f.raw().typeRaw(new byte[] {3});
        String out = f.raw().expect(FortranSession.PROMPT, FortranSession.LINE_CYCLES);
        assertTrue(out.contains("Error at line 2: stopped by Ctrl+C"), out);
        assertEquals(" 7", f.line("PRINT *, 7"));
    }

    @Test
    void readTakesListDirectedInput() {
        f.line("NEW");
        f.line("PROGRAM R");
        f.line("READ (*,*) I, X");
        f.line("PRINT *, I * 2, X + 1");
        f.line("END");
        f.raw().type("RUN\r");
        f.raw().runFor(1_000_000);
        f.raw().type("21, 1.5\r");
        String out = f.raw().expect(FortranSession.PROMPT, FortranSession.LINE_CYCLES);
        assertTrue(out.contains(" 42 2.5000000"), out);
    }

    @Test
    void errOnAConsoleReadTakesTheLabelSoTheProgramCanAskAgain() {
        f.line("NEW");
        f.line("PROGRAM ASK");
        f.line("10 READ (*, *, ERR=20) N");
        f.line("PRINT *, 'GOT', N");
        f.line("STOP");
        f.line("20 PRINT *, 'NOT A NUMBER'");
        f.line("GO TO 10");
        f.line("END");
        f.raw().type("RUN\r");
        f.raw().runFor(1_000_000);
        f.raw().type("ABC\r");
        f.raw().runFor(3_000_000);
        f.raw().type("42\r");
        String out = f.raw().expect(FortranSession.PROMPT, FortranSession.LINE_CYCLES);
        assertTrue(out.contains(" NOT A NUMBER") && out.contains(" GOT 42"), out);
    }

    @Test
    void formattedInputHonoursBzAndListDirectedInputRepeats() {
        f.raw().type("READ '(BZ, I5, BN, I5, F6.2)', I, J, X\r");
        f.raw().runFor(1_000_000);
        f.raw().type("1 2  1 2  1 5 0\r");
        f.raw().expect(FortranSession.PROMPT, FortranSession.LINE_CYCLES);
        assertEquals(" 10200 12 1.5000000", f.line("PRINT *, I, J, X"));
        // no decimal point in the field: the last d digits are the fraction (zeros put in front)
        f.raw().type("READ '(F6.4, F6.2)', X, Y\r");
        f.raw().runFor(1_000_000);
        f.raw().type("    12  -125\r");
        f.raw().expect(FortranSession.PROMPT, FortranSession.LINE_CYCLES);
        assertEquals(" 1.2000000E-03 -1.2500000", f.line("PRINT *, X, Y"));
        f.raw().type("READ *, I, J, K, L\r");
        f.raw().runFor(1_000_000);
        f.raw().type("3*7, 2\r");
        f.raw().expect(FortranSession.PROMPT, FortranSession.LINE_CYCLES);
        assertEquals(" 7 7 7 2", f.line("PRINT *, I, J, K, L"));
    }

    @Test
    void commentLinesAreStoredSoListShowsThem() {
        f.line("NEW");
        f.line("C     A COMMENT BEFORE THE PROGRAM");
        f.line("      PROGRAM P");
        f.line("* ANOTHER ONE");
        f.line("      PRINT *, 'ONE',");
        f.line("c     a comment between a line and its continuation");
        f.line("     &  'TWO'");
        f.line("      END");
        assertEquals("   1  C     A COMMENT BEFORE THE PROGRAM\r\n   2        PROGRAM P\r\n   3  * ANOTHER ONE\r\n"
                + "   4        PRINT *, 'ONE',  'TWO'\r\n"
                + "   5  c     a comment between a line and its continuation\r\n   6        END", f.line("LIST"));
        assertEquals(" ONETWO", f.line("RUN"));
    }
}
