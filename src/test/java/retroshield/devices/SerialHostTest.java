package retroshield.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SerialHost: queueing, delivery, pacing and output fan-out. */
class SerialHostTest {

    private static final int CTRL = 0x80;
    private static final int DATA = 0x81;

    private Mc6850Acia acia;
    private SerialHost host;

    @BeforeEach
    void setUp() {
        acia = new Mc6850Acia(CTRL, DATA);
        host = new SerialHost(acia);
        acia.write(CTRL, 0x03);                      // master reset
        acia.write(CTRL, 0x15);                      // /16, 8N1, RTS low, no interrupts
    }

    @Test
    void nothingIsDeliveredBeforeTheFirmwareTouchesTheChip() {
        Mc6850Acia fresh = new Mc6850Acia(CTRL, DATA);
        SerialHost freshHost = new SerialHost(fresh);
        freshHost.send("k");
        freshHost.pump(0);
        assertEquals(1, freshHost.pendingInput());
        fresh.write(CTRL, 0x03);
        freshHost.pump(1);
        assertEquals(1, freshHost.pendingInput(), "held in master reset");
        fresh.write(CTRL, 0x15);
        freshHost.pump(2);
        assertEquals(0, freshHost.pendingInput());
        assertEquals('k', fresh.read(DATA));
    }

    @Test
    void pumpDeliversOneBytePerCallWhenReady() {
        host.send(new byte[] {'a', 'b'});
        assertEquals(2, host.pendingInput());
        host.pump(0);
        assertEquals(1, host.pendingInput());
        host.pump(1);
        assertEquals(1, host.pendingInput(), "RDRF still set: not ready");
        assertEquals('a', acia.read(DATA));
        host.pump(2);
        assertEquals(0, host.pendingInput());
        assertEquals('b', acia.read(DATA));
    }

    @Test
    void pumpHoldsBytesWhileRtsHigh() {
        acia.write(CTRL, 0xD6);
        host.send("x");
        for (int i = 0; i < 10; i++) {
            host.pump(i);
        }
        assertEquals(1, host.pendingInput());
        acia.write(CTRL, 0x96);
        host.pump(20);
        assertEquals(0, host.pendingInput());
        assertTrue(acia.interruptRequested());
    }

    @Test
    void pacedDeliveryWaitsOneCharacterTime() {
        host.setBaudPacing(9600, 4_000_000);
        long interval = 4_000_000L * 10 / 9600;
        assertEquals(interval, host.characterTime());
        host.send("abc");
        host.pump(1000);
        assertEquals('a', acia.read(DATA));
        host.pump(1000 + interval - 1);
        assertEquals(2, host.pendingInput(), "too early");
        host.pump(1000 + interval);
        assertEquals('b', acia.read(DATA));
        host.pump(1000 + 2 * interval - 1);
        assertEquals(1, host.pendingInput());
        host.pump(1000 + 2 * interval + 50);
        assertEquals('c', acia.read(DATA));
    }

    @Test
    void pacingCountsFromTheActualDelivery() {
        host.setBaudPacing(100, 1000);               // 100 cycles per character
        host.send("ab");
        host.pump(0);
        host.pump(500);                              // not ready: 'a' unread
        assertEquals(1, host.pendingInput());
        acia.read(DATA);
        host.pump(501);
        assertEquals(0, host.pendingInput(), "more than a character time since 'a'");
    }

    @Test
    void cycleCounterGoingBackwardsRestartsPacing() {
        host.setBaudPacing(100, 1000);
        host.send("ab");
        host.pump(10_000);
        acia.read(DATA);
        host.pump(5);                                // machine was reset
        assertEquals(0, host.pendingInput());
    }

    @Test
    void zeroBaudIsUnpaced() {
        host.setBaudPacing(9600, 1_000_000);
        host.setBaudPacing(0, 1_000_000);
        host.send("ab");
        host.pump(7);
        acia.read(DATA);
        host.pump(7);
        assertEquals(0, host.pendingInput());
        assertEquals(0, host.characterTime());
    }

    @Test
    void negativePacingArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> host.setBaudPacing(-1, 100));
    }

    @Test
    void baudPacingAlsoPacesTheTransmitter() {
        host.setBaudPacing(1000, 100_000);           // 1000 cycles per character
        host.pump(0);
        acia.write(DATA, 1);
        acia.write(DATA, 2);
        assertEquals(0, acia.read(CTRL) & Mc6850Acia.STATUS_TDRE);
        host.pump(1000);
        assertEquals(Mc6850Acia.STATUS_TDRE, acia.read(CTRL) & Mc6850Acia.STATUS_TDRE);
    }

    @Test
    void outputGoesToEveryListenerAndAFailingOneDoesNotStopIt() {
        List<Integer> first = new ArrayList<>();
        List<Integer> second = new ArrayList<>();
        host.addOutputListener(first::add);
        host.addOutputListener(b -> {
            throw new IllegalStateException("broken listener");
        });
        host.addOutputListener(second::add);
        acia.write(DATA, 'Z');
        assertEquals(List.of((int) 'Z'), first);
        assertEquals(List.of((int) 'Z'), second);
        host.removeOutputListener(first::add);       // a different lambda: nothing removed
        acia.write(DATA, 'Y');
        assertEquals(2, first.size());
        assertEquals(2, host.outputListenerFailures());
    }

    @Test
    void sendStringUsesLatin1() {
        host.send("\u00e9\u20ac");
        host.pump(0);
        assertEquals(0xE9, acia.read(DATA));
        host.pump(1);
        assertEquals('?', acia.read(DATA));
    }

    @Test
    void clearInputDropsQueuedBytes() {
        host.send(new byte[5000]);
        host.clearInput();
        assertEquals(0, host.pendingInput());
        host.pump(0);
        assertFalse(acia.interruptRequested() || (acia.read(CTRL) & Mc6850Acia.STATUS_RDRF) != 0);
    }

    @Test
    void sendSliceChecksBounds() {
        assertThrows(IndexOutOfBoundsException.class, () -> host.send(new byte[3], 2, 2));
        host.send(new byte[] {9, 8, 7}, 1, 1);
        host.pump(0);
        assertEquals(8, acia.read(DATA));
    }

    @Test
    void hundredKilobytesFromAnotherThreadArriveWholeAndInOrder() throws Exception {
        byte[] text = new byte[100 * 1024];
        for (int i = 0; i < text.length; i++) {
            text[i] = (byte) (i * 31 + (i >> 8));
        }
        Thread producer = new Thread(() -> {
            int pos = 0;
            int chunk = 1;
            while (pos < text.length) {
                int n = Math.min(chunk, text.length - pos);
                host.send(text, pos, n);
                pos += n;
                chunk = chunk * 7 % 4093 + 1;
                Thread.yield();
            }
        }, "paste");
        producer.start();
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        long cycles = 0;
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (got.size() < text.length && System.nanoTime() < deadline) {
            host.pump(cycles += 40);
            if ((acia.read(CTRL) & Mc6850Acia.STATUS_RDRF) != 0) {
                got.write(acia.read(DATA));
            }
        }
        producer.join();
        assertEquals(text.length, got.size());
        assertEquals(0, (acia.read(CTRL) & Mc6850Acia.STATUS_OVRN), "never overrun");
        assertTrue(java.util.Arrays.equals(text, got.toByteArray()), "every byte, in order");
    }
}
