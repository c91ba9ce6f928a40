package retroshield.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import retroshield.rom.ChipType;
import retroshield.rom.ClockSpec;
import retroshield.rom.ImageSegment;
import retroshield.rom.ImageSpec;
import retroshield.rom.MemoryRegion;
import retroshield.rom.RamFill;
import retroshield.rom.RegionType;
import retroshield.rom.RomImage;
import retroshield.rom.RomMetadata;
import retroshield.rom.SerialSpec;
import retroshield.rom.TerminalSpec;

/**
 * Echo firmwares beyond {@link SerialEchoTest}: the 6850 in IM 2, a 100 KB paste through a
 * Firth-style interrupt-driven 6850 with RTS flow control, and both chips at ports other than
 * the defaults (ports are configurable per ROM).
 */
class SerialEchoMoreTest {

    private static final int ACIA_RESET = 0x03;
    private static final int ACIA_8N1_RX_IRQ = 0x95;
    private static final int ACIA_8N1_POLLED = 0x15;
    private static final int ACIA_RDRF = 0x01;
    private static final int ACIA_TDRE = 0x02;
    private static final int USART_MODE = 0x4D;
    private static final int USART_COMMAND = 0x37;
    private static final int USART_TXRDY = 0x01;
    private static final int USART_RXRDY = 0x02;

    private static String echo(Machine machine, String text) {
        HeadlessSession session = HeadlessSession.of(machine);
        session.runFor(2_000);
        session.typeRaw(text.getBytes(StandardCharsets.ISO_8859_1));
        return session.expect(text, 2_000_000);
    }

    /** 6850, IM 2 with I=$01 (the idle bus gives $FF, so the vector is at $01FF). */
    private static Z80Asm aciaIm2() {
        Z80Asm a = new Z80Asm();
        a.di().ldSp(0x0000)                          // DI / LD SP,$0000
                .ldA(ACIA_RESET).out(0x80)           // master reset
                .ldA(ACIA_8N1_RX_IRQ).out(0x80)      // 8N1, receive interrupts on
                .ldA(0x01).ldIA()                    // LD A,$01 / LD I,A
                .im2().ei()                          // IM 2 / EI
                .label("idle").halt().jr("idle");    // HALT / JR idle
        a.org(0x0100).label("handler");
        a.pushAf()                                   // PUSH AF
                .in(0x80).and(ACIA_RDRF).jrZ("done") // IN A,($80) / AND $01 / JR Z,done
                .in(0x81)                            // IN A,($81) : clears RDRF and IRQ
                .ldBA()                              // LD B,A
                .label("tx").in(0x80).and(ACIA_TDRE).jrZ("tx")
                .ldAB().out(0x81)                    // LD A,B / OUT ($81),A
                .label("done").popAf().ei().reti();  // POP AF / EI / RETI
        a.org(0x01FF).dw("handler");                 // DW handler
        return a;
    }

    @Test
    void acia6850InterruptModeTwo() {
        Machine machine = TestMachines.machine(ChipType.MC6850, true, aciaIm2());
        assertEquals("6850 vectored", echo(machine, "6850 vectored"));
        assertEquals(2, machine.cpu().im());
    }

    @Test
    void hundredKilobytePasteThroughFirthStyleRtsFlowControl() {
        Machine machine = TestMachines.machine(ChipType.MC6850, true, EchoPrograms.aciaRtsFlowControl());
        HeadlessSession session = HeadlessSession.of(machine);
        session.runFor(2_000);
        byte[] paste = new byte[100 * 1024];
        Random random = new Random(11);
        for (int i = 0; i < paste.length; i++) {
            paste[i] = (byte) (0x20 + random.nextInt(0x5F));
        }
        session.typeRaw(paste);
        while (session.output().length() < paste.length && machine.cpu().cycles() < 1_000_000_000L) {
            session.runFor(1_000_000);
        }
        assertEquals(0, machine.memory().read(EchoPrograms.OVERFLOW), "no byte arrived while RTS was high");
        assertEquals(new String(paste, StandardCharsets.ISO_8859_1), session.output(), "every byte, in order");
        assertEquals(0, machine.serialHost().pendingInput());
    }

    private static Machine atPorts(ChipType chip, int control, int data, Z80Asm program) {
        RomMetadata metadata = new RomMetadata("ports", "", "", "", "", new ImageSpec(Path.of("p.bin"), 0),
                List.of(new MemoryRegion(0, 0x1FFF, RegionType.ROM), new MemoryRegion(0x2000, 0xFFFF, RegionType.RAM)),
                RamFill.ZERO, new SerialSpec(chip, control, data, false), RomMetadata.DEFAULT_INPUT,
                ClockSpec.DEFAULT, TerminalSpec.DEFAULT, null, List.of(), null, null);
        return new Machine(metadata, new RomImage(Path.of("p.bin"), List.of(new ImageSegment(0, program.bytes()))));
    }

    /** A polled echo: control/status at {@code control}, data at {@code data}. */
    private static Z80Asm polledEcho(int control, int data, int rxReady, int txReady, int... setup) {
        Z80Asm a = new Z80Asm();
        a.di().ldSp(0x0000);
        for (int word : setup) {
            a.ldA(word).out(control);                // LD A,word / OUT (control),A
        }
        a.label("loop").in(control).and(rxReady).jrZ("loop")   // wait for a byte
                .in(data).ldBA()                                 // IN A,(data) / LD B,A
                .label("tx").in(control).and(txReady).jrZ("tx")  // wait to send
                .ldAB().out(data)                                // LD A,B / OUT (data),A
                .jr("loop");
        return a;
    }

    @Test
    void portsAreConfigurablePerRom() {
        Machine acia = atPorts(ChipType.MC6850, 0x10, 0x11,
                polledEcho(0x10, 0x11, ACIA_RDRF, ACIA_TDRE, ACIA_RESET, ACIA_8N1_POLLED));
        assertEquals("acia at $10", echo(acia, "acia at $10"));
        assertEquals(0, acia.unansweredPortAccesses());
        Machine usart = atPorts(ChipType.I8251, 0x41, 0x40,
                polledEcho(0x41, 0x40, USART_RXRDY, USART_TXRDY, USART_MODE, USART_COMMAND));
        assertEquals("usart at $40", echo(usart, "usart at $40"));
        assertEquals(0, usart.unansweredPortAccesses());
        // the default ports are silent now
        assertTrue(!acia.serialDevice().answers(0x80) && !usart.serialDevice().answers(0x01));
    }
}
