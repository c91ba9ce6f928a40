package retroshield.terminal;

/**
 * The history of lines that scrolled off the top of the screen: a ring of fixed capacity.
 * When full, pushing a line evicts the oldest one, whose storage is handed back to the
 * caller for reuse as the new blank line at the bottom of the screen.
 */
final class Scrollback {

    private final Line[] ring;
    private int start;
    private int size;
    private long pushed;

    Scrollback(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("scrollback capacity must be >= 0, got " + capacity);
        }
        ring = new Line[capacity];
    }

    int capacity() {
        return ring.length;
    }

    int size() {
        return size;
    }

    /** How many lines were ever pushed (keeps counting when old lines are evicted). */
    long pushedCount() {
        return pushed;
    }

    /**
     * Adds a line as the newest entry. Returns a line the caller may reuse (the evicted oldest
     * line, or the pushed line itself when the capacity is 0), or null when nothing was freed.
     */
    Line push(Line line) {
        pushed++;
        if (ring.length == 0) {
            return line;
        }
        if (size < ring.length) {
            ring[(start + size) % ring.length] = line;
            size++;
            return null;
        }
        Line evicted = ring[start];
        ring[start] = line;
        start = (start + 1) % ring.length;
        return evicted;
    }

    /** Line by age: 0 is the oldest kept line, size()-1 the most recent. */
    Line get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("history line " + index + " of " + size);
        }
        return ring[(start + index) % ring.length];
    }

    void clear() {
        for (int i = 0; i < ring.length; i++) {
            ring[i] = null;
        }
        start = 0;
        size = 0;
    }
}
