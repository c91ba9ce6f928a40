package retroshield.devices;

/**
 * An unbounded first-in first-out queue of bytes for one producer side and one consumer side
 * on different threads: a ring buffer that doubles when full, guarded by its own monitor, with
 * a volatile size so the consumer can see "empty" without taking the lock. No boxing.
 */
final class ByteQueue {

    private static final int INITIAL_CAPACITY = 256;

    private byte[] ring = new byte[INITIAL_CAPACITY];
    private int head;                    // index of the oldest byte
    private volatile int size;

    /** Appends {@code length} bytes from {@code bytes} starting at {@code offset}. */
    synchronized void addAll(byte[] bytes, int offset, int length) {
        ensureCapacity(size + length);
        int tail = (head + size) % ring.length;
        int first = Math.min(length, ring.length - tail);
        System.arraycopy(bytes, offset, ring, tail, first);
        System.arraycopy(bytes, offset + first, ring, 0, length - first);
        size += length;
    }

    /** The oldest byte (0..255), removed, or -1 when empty. */
    synchronized int poll() {
        if (size == 0) {
            return -1;
        }
        int b = ring[head] & 0xFF;
        head = (head + 1) % ring.length;
        size--;
        return b;
    }

    /** The oldest byte (0..255) without removing it, or -1 when empty. */
    synchronized int peek() {
        return size == 0 ? -1 : ring[head] & 0xFF;
    }

    /** Bytes queued; may be read without the lock. */
    int size() {
        return size;
    }

    /** A copy of the queued bytes, oldest first. */
    synchronized byte[] toArray() {
        byte[] out = new byte[size];
        int first = Math.min(size, ring.length - head);
        System.arraycopy(ring, head, out, 0, first);
        System.arraycopy(ring, 0, out, first, size - first);
        return out;
    }

    /** Replaces the whole queue by {@code bytes} (a snapshot being restored). */
    synchronized void replaceWith(byte[] bytes) {
        head = 0;
        size = 0;
        ensureCapacity(bytes.length);
        System.arraycopy(bytes, 0, ring, 0, bytes.length);
        size = bytes.length;
    }

    synchronized void clear() {
        head = 0;
        size = 0;
    }

    private void ensureCapacity(int needed) {
        if (needed <= ring.length) {
            return;
        }
        if (needed < 0) {
            throw new IllegalStateException("serial input queue exceeds 2 GB");
        }
        int capacity = ring.length;
        while (capacity < needed) {
            capacity = capacity > (1 << 29) ? Integer.MAX_VALUE - 8 : capacity * 2;
        }
        byte[] bigger = new byte[capacity];
        int first = Math.min(size, ring.length - head);
        System.arraycopy(ring, head, bigger, 0, first);
        System.arraycopy(ring, 0, bigger, first, size - first);
        ring = bigger;
        head = 0;
    }
}
