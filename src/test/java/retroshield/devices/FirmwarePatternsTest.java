package retroshield.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

/**
 * The register-level habits of real RetroShield ROMs (DESIGN.md, "What real RetroShield ROMs
 * rely on"), played against the chips through a SerialHost, without a CPU.
 */
class FirmwarePatternsTest {

    private static final String TEXT = "10 PRINT \"HELLO\"\r20 GOTO 10\rRUN\r";

    @Test
    void firthStyleInterruptReceiveWithRtsFlowControl() {
        Mc6850Acia acia = new Mc6850Acia(0x80, 0x81);
        SerialHost host = new SerialHost(acia);
        host.send(TEXT.repeat(20));
        acia.write(0x80, 0x03);
        acia.write(0x80, 0x96);                       // RIE, RTS low
        Deque<Integer> buffer = new ArrayDeque<>();
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        boolean rtsHigh = false;
        int rtsRaised = 0;
        for (long cycle = 0; cycle < 1_000_000 && got.size() < TEXT.length() * 20; cycle += 10) {
            host.pump(cycle);
            if (acia.interruptRequested()) {          // RST 38h handler
                assertEquals(Mc6850Acia.STATUS_RDRF, acia.read(0x80) & Mc6850Acia.STATUS_RDRF);
                buffer.add(acia.read(0x81));
                if (buffer.size() >= 8 && !rtsHigh) {
                    acia.write(0x80, 0xD6);           // buffer full: RTS high
                    rtsHigh = true;
                    rtsRaised++;
                }
            }
            if (cycle % 500 == 0) {                   // the main loop drains slowly
                while (!buffer.isEmpty()) {
                    got.write(buffer.poll());
                }
                if (rtsHigh) {
                    acia.write(0x80, 0x96);
                    rtsHigh = false;
                }
            }
            if (rtsHigh) {
                assertFalse(acia.readyToReceive(), "no byte offered while RTS is high");
            }
        }
        assertEquals(TEXT.repeat(20), got.toString(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertTrue(rtsRaised > 0, "flow control was exercised");
        assertEquals(0, acia.read(0x80) & Mc6850Acia.STATUS_OVRN);
    }

    @Test
    void mintStylePollingNeverRaisesAnInterrupt() {
        Mc6850Acia acia = new Mc6850Acia(0x80, 0x81);
        SerialHost host = new SerialHost(acia);
        ByteArrayOutputStream echoed = new ByteArrayOutputStream();
        host.addOutputListener(echoed::write);
        host.send("1 2 + .\r");
        acia.write(0x80, 0x03);
        acia.write(0x80, 0x15);
        for (long cycle = 0; cycle < 10_000; cycle += 7) {
            host.pump(cycle);
            assertFalse(acia.interruptRequested(), "RIE off: MINT's RST 38h must never run");
            if ((acia.read(0x80) & Mc6850Acia.STATUS_RDRF) != 0) {
                int c = acia.read(0x81);
                while ((acia.read(0x80) & Mc6850Acia.STATUS_TDRE) == 0) {
                    host.pump(cycle += 7);
                }
                acia.write(0x81, c);                  // echo
            }
        }
        assertEquals("1 2 + .\r", echoed.toString(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void basic8251OneBytePerInterruptKeepsIntAssertedWhileBytesWait() {
        I8251Usart usart = new I8251Usart(0x00, 0x01);
        SerialHost host = new SerialHost(usart);
        InputOptions upper = new InputOptions(true, LineEnding.CR, BackspaceCode.BS);
        host.send(upper.translate("print 1\n"));
        usart.write(0x01, 0x4D);
        usart.write(0x01, 0x37);
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        int interrupts = 0;
        for (long cycle = 0; cycle < 5_000; cycle += 20) {
            host.pump(cycle);
            if (usart.interruptRequested()) {
                interrupts++;
                got.write(usart.read(0x00));          // one byte per interrupt
                assertFalse(usart.interruptRequested(), "reading the data drops INT");
                boolean bytesWait = host.pendingInput() > 0;
                host.pump(cycle);                     // the machine pumps after the IN
                assertEquals(bytesWait, usart.interruptRequested(), "INT is back at once while bytes wait");
            }
        }
        assertEquals("PRINT 1\r", got.toString(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(8, interrupts);
    }

    @Test
    void pacedPasteArrivesAtLineSpeed() {
        Mc6850Acia acia = new Mc6850Acia(0x80, 0x81);
        SerialHost host = new SerialHost(acia);
        host.setBaudPacing(9600, 4_000_000);          // 4166 cycles per character
        acia.write(0x80, 0x15);
        host.send("ABCDEFGHIJ");
        long firstAt = -1;
        long lastAt = -1;
        int count = 0;
        for (long cycle = 0; count < 10 && cycle < 100_000; cycle += 13) {
            host.pump(cycle);
            if ((acia.read(0x80) & Mc6850Acia.STATUS_RDRF) != 0) {
                acia.read(0x81);
                if (firstAt < 0) {
                    firstAt = cycle;
                }
                lastAt = cycle;
                count++;
            }
        }
        assertEquals(10, count);
        long span = lastAt - firstAt;
        assertTrue(span >= 9 * 4166 && span < 9 * 4166 + 9 * 13, "9 gaps of one character time, got " + span);
    }
}
