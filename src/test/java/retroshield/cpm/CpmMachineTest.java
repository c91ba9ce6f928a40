package retroshield.cpm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CpmMachineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private CpmMachine machine(String listing, String input) {
        return machine(listing, input, true);
    }

    private CpmMachine machine(String listing, String input, boolean echo) {
        return new CpmMachine(ComPrograms.assemble(listing),
                new ByteArrayInputStream(input.getBytes(StandardCharsets.ISO_8859_1)), out, echo);
    }

    private String output() {
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void printsWithFunctions9And2AndEndsAtJp0() {
        CpmResult result = machine(ComPrograms.HELLO, "").run(Long.MAX_VALUE);
        assertEquals(CpmResult.Ending.WARM_BOOT, result.ending());
        assertEquals("Hi!", output());
        assertEquals(ComPrograms.HELLO_T_STATES, result.tStates());
    }

    @Test
    void aRetFromTheTpaWarmBoots() {
        CpmResult result = machine(ComPrograms.RETURN_TO_CCP, "").run(Long.MAX_VALUE);
        assertEquals(CpmResult.Ending.WARM_BOOT, result.ending());
        assertEquals("ok", output());
        assertEquals(ComPrograms.RETURN_T_STATES, result.tStates());
    }

    @Test
    void readsALineWithFunction10AndEchoesIt() {
        CpmMachine m = machine(ComPrograms.READ_LINE, "hello\nworld\n");
        assertEquals(CpmResult.Ending.WARM_BOOT, m.run(Long.MAX_VALUE).ending());
        assertEquals("hello\r[hello]", output());
        assertEquals(']', m.readMemory(0x0202 + 5), "the count (5) placed ']' after the text");
        assertEquals('h', m.readMemory(0x0202));
        assertEquals('o', m.readMemory(0x0206));
    }

    @Test
    void function10StopsAtTheMaximumAndHonoursBackspace() {
        CpmMachine m = machine(ComPrograms.READ_LINE.replace("3E 10", "3E 04"), "ab\bcdefg\r\n", false);
        m.run(Long.MAX_VALUE);
        assertEquals("[acde]", output());
    }

    @Test
    void function10WithoutEchoPrintsOnlyTheProgramsOutput() {
        machine(ComPrograms.READ_LINE, "line one\r\nline two", false).run(Long.MAX_VALUE);
        assertEquals("[line one]", output());
    }

    @Test
    void statusDirectIoConsoleInputAndVersion() {
        CpmMachine m = machine(ComPrograms.DIRECT_IO, "x");
        assertEquals(CpmResult.Ending.WARM_BOOT, m.run(Long.MAX_VALUE).ending());
        assertEquals(0xFF, m.readMemory(0x0300), "status with input waiting");
        assertEquals('x', m.readMemory(0x0301), "direct input");
        assertEquals(0x00, m.readMemory(0x0302), "direct input with nothing waiting");
        assertEquals(0x00, m.readMemory(0x0303), "status with no input");
        assertEquals(0x1A, m.readMemory(0x0304), "console input at end of input");
        assertEquals(0x22, m.readMemory(0x0305), "version L");
        assertEquals(0x00, m.readMemory(0x0306), "version H");
        assertEquals(0x22, m.readMemory(0x0307), "version A");
        assertEquals("A", output());
    }

    @Test
    void consoleInputEchoesAndLineFeedBecomesCarriageReturn() {
        CpmResult result = machine(ComPrograms.ECHO_TWICE, "\n").run(Long.MAX_VALUE);
        assertEquals(CpmResult.Ending.SYSTEM_RESET, result.ending());
        assertArrayEquals(new byte[] {0x0D, 0x0D, 0x0D}, out.toByteArray());
    }

    @Test
    void outputIsPassedThroughByteForByte() {
        machine(ComPrograms.ECHO_TWICE, "\u00e9", false).run(Long.MAX_VALUE);
        assertArrayEquals(new byte[] {(byte) 0xE9, (byte) 0xE9}, out.toByteArray());
    }

    @Test
    void biosConoutThroughTheJumpTable() {
        CpmResult result = machine(ComPrograms.BIOS_CONOUT, "").run(Long.MAX_VALUE);
        assertEquals(CpmResult.Ending.WARM_BOOT, result.ending());
        assertEquals("Z", output());
    }

    @Test
    void theBdosCanBeCalledThroughTheAddressAt6() {
        CpmResult result = machine(ComPrograms.BDOS_THROUGH_WORD_6, "").run(Long.MAX_VALUE);
        assertEquals(CpmResult.Ending.WARM_BOOT, result.ending());
        assertEquals("via 6", output());
    }

    @Test
    void readingPageZeroAsDataIsNoCall() {
        CpmResult result = machine(ComPrograms.READ_BDOS_VECTOR_AS_DATA, "").run(Long.MAX_VALUE);
        assertEquals(CpmResult.Ending.WARM_BOOT, result.ending());
        assertEquals("", output());
    }

    @Test
    void pageZeroPointsAtTheBdosAndBios() {
        CpmMachine m = machine(ComPrograms.LOOP, "");
        assertEquals(0x76, m.readMemory(0x0000), "HALT at the warm boot vector");
        assertEquals(0xC9, m.readMemory(0x0005), "RET at the BDOS entry");
        assertEquals(CpmLayout.BDOS_ENTRY, m.readMemory(0x0006) | m.readMemory(0x0007) << 8);
        assertEquals(CpmLayout.BIOS_BASE + 3, m.readMemory(0x0001) | m.readMemory(0x0002) << 8);
    }

    @Test
    void theCycleLimitStopsAnEndlessLoop() {
        CpmResult result = machine(ComPrograms.LOOP, "").run(1000);
        assertEquals(CpmResult.Ending.CYCLE_LIMIT, result.ending());
        assertEquals(2, result.ending().exitCode());
        assertTrue(result.tStates() >= 1000 && result.tStates() < 1012, "T-states " + result.tStates());
    }

    @Test
    void aHaltWithInterruptsOffEndsTheRun() {
        CpmResult result = machine(ComPrograms.HALT, "").run(Long.MAX_VALUE);
        assertEquals(CpmResult.Ending.HALTED, result.ending());
        assertTrue(result.tStates() < 100, "counted up to the HALT, not a slice of HALT cycles: " + result.tStates());
    }

    @Test
    void aDataByteEqualToHaltDoesNotEndTheRun() {
        // LD A,(0110h) 65,536 times (BC counts down from 0), then JP 0; 0110h holds 76h
        CpmResult result = machine("3A1001 0B 78 B1 C20001 C30000 00 00 00 00 00 76", "").run(Long.MAX_VALUE);
        assertEquals(CpmResult.Ending.WARM_BOOT, result.ending());
    }
}
