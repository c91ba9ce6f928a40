package retroshield.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Several threads queue input while the emulator thread drains it through an 8251: each
 * sender's bytes arrive complete and in its own order.
 */
class SerialHostStressTest {

    private static final int SENDERS = 4;
    private static final int BYTES_PER_SENDER = 20_000;

    @Test
    void concurrentSendersAndOneDrainer() throws Exception {
        I8251Usart usart = new I8251Usart(0x00, 0x01);
        SerialHost host = new SerialHost(usart);
        usart.write(0x01, 0x4E);
        usart.write(0x01, 0x37);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < SENDERS; s++) {
            int sender = s;
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                byte[] one = new byte[1];
                for (int i = 0; i < BYTES_PER_SENDER; i++) {
                    one[0] = (byte) (sender << 6 | i & 0x3F);   // sender in the top 2 bits
                    host.send(one);
                }
            }, "sender-" + s);
            threads.add(t);
            t.start();
        }
        start.countDown();
        int[] nextSequence = new int[SENDERS];
        int[] received = new int[SENDERS];
        int total = 0;
        long cycles = 0;
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (total < SENDERS * BYTES_PER_SENDER && System.nanoTime() < deadline) {
            host.pump(cycles++);
            if (usart.interruptRequested()) {
                int b = usart.read(0x00);
                int sender = b >> 6;
                assertEquals(nextSequence[sender], b & 0x3F, "order of sender " + sender);
                nextSequence[sender] = (nextSequence[sender] + 1) & 0x3F;
                received[sender]++;
                total++;
            }
        }
        for (Thread t : threads) {
            t.join();
        }
        for (int s = 0; s < SENDERS; s++) {
            assertEquals(BYTES_PER_SENDER, received[s], "bytes of sender " + s);
        }
        assertEquals(0, usart.status() & I8251Usart.STATUS_OE);
        assertEquals(0, host.pendingInput());
    }
}
