package retroshield.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The growing ring buffer behind SerialHost's input. */
class ByteQueueTest {

    @Test
    void emptyQueuePollsMinusOne() {
        ByteQueue q = new ByteQueue();
        assertEquals(-1, q.poll());
        assertEquals(0, q.size());
    }

    @Test
    void keepsOrderAcrossWrapAndGrowth() {
        ByteQueue q = new ByteQueue();
        int next = 0;
        int expected = 0;
        for (int round = 0; round < 50; round++) {
            byte[] chunk = new byte[37 * round + 1];
            for (int i = 0; i < chunk.length; i++) {
                chunk[i] = (byte) next++;
            }
            q.addAll(chunk, 0, chunk.length);
            for (int i = 0; i < chunk.length / 2 + 3 && q.size() > 0; i++) {
                assertEquals(expected++ & 0xFF, q.poll());
            }
        }
        while (q.size() > 0) {
            assertEquals(expected++ & 0xFF, q.poll());
        }
        assertEquals(next, expected);
    }

    @Test
    void addsASliceOfTheArray() {
        ByteQueue q = new ByteQueue();
        q.addAll(new byte[] {1, 2, 3, 4, 5}, 1, 3);
        assertEquals(3, q.size());
        assertEquals(2, q.poll());
        assertEquals(3, q.poll());
        assertEquals(4, q.poll());
        assertEquals(-1, q.poll());
    }

    @Test
    void bytesComeBackUnsigned() {
        ByteQueue q = new ByteQueue();
        q.addAll(new byte[] {(byte) 0xFE}, 0, 1);
        assertEquals(0xFE, q.poll());
    }

    @Test
    void clearEmpties() {
        ByteQueue q = new ByteQueue();
        q.addAll(new byte[1000], 0, 1000);
        q.clear();
        assertEquals(0, q.size());
        assertEquals(-1, q.poll());
    }
}
