package retroshield.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retroshield.rom.ChipType;

class HeadlessSessionTest {

    @Test
    void typeTranslatesEnterAndExpectConsumesOutput() {
        Machine machine = TestMachines.machine(ChipType.MC6850, false, EchoPrograms.aciaPolled());
        try (HeadlessSession session = HeadlessSession.of(machine)) {
            session.type("ab\ncd\n");
            assertEquals("ab\r", session.expect("\r", 100_000), "Enter is CR by default");
            assertEquals("cd", session.expect("cd", 100_000), "expect starts after the last match");
            assertEquals("ab\rcd\r", session.output().substring(0, 6));
            session.typeRaw(new byte[] {'\n'});
            String more = session.runFor(50_000);
            assertTrue(more.endsWith("\n"), "typeRaw sends the byte untranslated");
        }
    }

    @Test
    void settleSkipsTheRestOfAReply() {
        Machine machine = TestMachines.machine(ChipType.MC6850, false, EchoPrograms.aciaPolled());
        HeadlessSession session = HeadlessSession.of(machine);
        session.type("one two");
        assertEquals("one", session.expect("one", 100_000));
        assertEquals(" two", session.settle(10_000, 1_000_000));
        session.type("two");
        assertEquals("two", session.expect("two", 100_000), "the old \"two\" was skipped");
    }

    @Test
    void expectFailsWithTheOutputSoFar() {
        Machine machine = TestMachines.machine(ChipType.MC6850, false, EchoPrograms.aciaPolled());
        HeadlessSession session = HeadlessSession.of(machine);
        session.type("hello");
        AssertionError e = assertThrows(AssertionError.class, () -> session.expect("bye", 200_000));
        assertTrue(e.getMessage().contains("expected \"bye\" within 200000 T-states"), e.getMessage());
        assertTrue(e.getMessage().endsWith("hello"), e.getMessage());
        assertTrue(machine.cpu().cycles() >= 200_000);
    }

    @Test
    void expectFailsFastWhenTheCpuHaltsForGood() {
        Machine machine = TestMachines.machine(ChipType.MC6850, false, EchoPrograms.writesToBothChips());
        HeadlessSession session = HeadlessSession.of(machine);
        AssertionError e = assertThrows(AssertionError.class, () -> session.expect("Z", 1_000_000_000L));
        assertTrue(e.getMessage().contains("halted with interrupts disabled"), e.getMessage());
        assertTrue(machine.cpu().cycles() < 100_000);
    }

    @Test
    void opensABareImageFromDisk(@TempDir Path dir) throws Exception {
        Path image = dir.resolve("echo.bin");
        Files.write(image, EchoPrograms.usartPolled().bytes());
        try (HeadlessSession session = HeadlessSession.open(image)) {
            session.type("auto");
            assertEquals("auto", session.expect("auto", 1_000_000), "the 8251 was detected");
        }
    }
}
