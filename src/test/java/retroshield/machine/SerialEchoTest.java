package retroshield.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import retroshield.rom.ChipType;

/** Hand-assembled echo firmwares talking through each chip, polled and interrupt-driven. */
class SerialEchoTest {

    private static final long BOOT = 2_000;
    private static final long ENOUGH = 2_000_000;

    private static String echo(Machine machine, String text) {
        HeadlessSession session = HeadlessSession.of(machine);
        session.runFor(BOOT);
        session.typeRaw(text.getBytes(StandardCharsets.ISO_8859_1));
        return session.expect(text, ENOUGH);
    }

    @Test
    void acia6850Polled() {
        Machine machine = TestMachines.machine(ChipType.MC6850, false, EchoPrograms.aciaPolled());
        assertEquals("Hello, 6850!", echo(machine, "Hello, 6850!"));
    }

    @Test
    void usart8251Polled() {
        Machine machine = TestMachines.machine(ChipType.I8251, false, EchoPrograms.usartPolled());
        assertEquals("Hello, 8251!", echo(machine, "Hello, 8251!"));
    }

    @Test
    void usart8251InterruptModeOne() {
        Machine machine = TestMachines.machine(ChipType.I8251, true, EchoPrograms.usartIm1());
        assertEquals("RST 38h echo", echo(machine, "RST 38h echo"));
        assertTrue(machine.cpu().isHalted(), "waits in HALT between interrupts");
        assertEquals(1, machine.cpu().im());
    }

    @Test
    void usart8251InterruptModeTwo() {
        Machine machine = TestMachines.machine(ChipType.I8251, true, EchoPrograms.usartIm2());
        assertEquals("vectored", echo(machine, "vectored"));
        assertEquals(2, machine.cpu().im());
    }

    @Test
    void acia6850ReceiveInterrupts() {
        Machine machine = TestMachines.machine(ChipType.MC6850, true, EchoPrograms.aciaIm1());
        assertEquals("ACIA irq", echo(machine, "ACIA irq"));
    }

    @Test
    void interruptsNotWiredMeansNoEcho() {
        // The same interrupt-driven firmware on a board whose /INT is not wired hears nothing.
        Machine machine = TestMachines.machine(ChipType.I8251, false, EchoPrograms.usartIm1());
        HeadlessSession session = HeadlessSession.of(machine);
        session.type("x");
        assertEquals("", session.runFor(100_000));
        machine.setInterruptWired(true);
        assertEquals("x", session.runFor(100_000));
    }

    @Test
    void rtsFlowControlHoldsBytesBackUntilTheFirmwareCatchesUp() {
        Machine machine = TestMachines.machine(ChipType.MC6850, true, EchoPrograms.aciaRtsFlowControl());
        HeadlessSession session = HeadlessSession.of(machine);
        session.runFor(BOOT);
        String text = "The quick brown fox jumps over the lazy dog. ".repeat(20);
        session.typeRaw(text.getBytes(StandardCharsets.ISO_8859_1));
        boolean sawHeldBack = false;
        while (session.output().length() < text.length() && machine.cpu().cycles() < 50_000_000) {
            session.runFor(500);
            boolean rtsRaised = machine.memory().read(EchoPrograms.RTS_RAISED) == 1;
            if (rtsRaised && machine.serialHost().pendingInput() > 0) {
                sawHeldBack = true;
            }
        }
        assertTrue(sawHeldBack, "the firmware raised RTS while the host still had bytes");
        assertEquals(0, machine.memory().read(EchoPrograms.OVERFLOW), "no byte arrived while RTS was high");
        assertEquals(text, session.output());
    }

    @Test
    void hundredKilobytePasteIntoInterruptDrivenEcho() {
        Machine machine = TestMachines.machine(ChipType.I8251, true, EchoPrograms.usartIm1());
        HeadlessSession session = HeadlessSession.of(machine);
        session.runFor(BOOT);
        byte[] paste = new byte[100 * 1024];
        Random random = new Random(7);
        for (int i = 0; i < paste.length; i++) {
            paste[i] = (byte) (0x20 + random.nextInt(0x5F));
        }
        session.typeRaw(paste);
        while (session.output().length() < paste.length && machine.cpu().cycles() < 200_000_000) {
            session.runFor(1_000_000);
        }
        assertEquals(new String(paste, StandardCharsets.ISO_8859_1), session.output(),
                "every byte echoed, in order");
        assertEquals(0, machine.serialHost().pendingInput());
    }

    @Test
    void onlyTheSelectedChipAnswersItsPorts() {
        Machine machine = TestMachines.machine(ChipType.MC6850, false, EchoPrograms.writesToBothChips());
        HeadlessSession session = HeadlessSession.of(machine);
        String out = session.runFor(10_000);
        assertEquals("Y", out);
        assertEquals(0xFF, machine.memory().read(0x9000), "IN from an empty port reads $FF");
        assertEquals(3, machine.unansweredPortAccesses());
        assertTrue(machine.isHaltedForever());
    }
}
