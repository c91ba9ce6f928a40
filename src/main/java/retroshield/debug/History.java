package retroshield.debug;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import retroshield.machine.MachineSnapshot;

/**
 * The debugger's record of the past: a full machine snapshot every {@value #INTERVAL}
 * instructions and every input byte handed to the serial chip with the instruction it arrived
 * at. Going back to instruction n restores the last snapshot at or before n and replays
 * forward with the same input bytes, so memory, registers, chip and queue are exactly as
 * they were. At least {@code capacity} instructions are kept.
 */
final class History {

    static final int INTERVAL = 1000;

    record Checkpoint(long position, MachineSnapshot snapshot) {
    }

    private record Delivery(long position, int value) {
    }

    private final long capacity;
    private final ArrayDeque<Checkpoint> checkpoints = new ArrayDeque<>();
    private final ArrayDeque<Delivery> deliveries = new ArrayDeque<>();

    History(long capacity) {
        this.capacity = capacity;
    }

    long capacity() {
        return capacity;
    }

    boolean wantsCheckpoint(long position) {
        return checkpoints.isEmpty() || position - checkpoints.peekLast().position() >= INTERVAL;
    }

    void addCheckpoint(long position, MachineSnapshot snapshot) {
        checkpoints.addLast(new Checkpoint(position, snapshot));
        while (checkpoints.size() >= 2) {
            Iterator<Checkpoint> it = checkpoints.iterator();
            it.next();
            if (position - it.next().position() >= capacity) {
                checkpoints.removeFirst();
            } else {
                break;
            }
        }
        long oldest = checkpoints.peekFirst().position();
        while (!deliveries.isEmpty() && deliveries.peekFirst().position() < oldest) {
            deliveries.removeFirst();
        }
    }

    void delivered(long position, int value) {
        deliveries.addLast(new Delivery(position, value));
    }

    /** The oldest instruction that can be returned to, or -1 when nothing is recorded. */
    long oldest() {
        return checkpoints.isEmpty() ? -1 : checkpoints.peekFirst().position();
    }

    Checkpoint latestAtOrBefore(long position) {
        Checkpoint best = null;
        for (Checkpoint c : checkpoints) {
            if (c.position() <= position) {
                best = c;
            }
        }
        return best;
    }

    /** Checkpoints at or before {@code position}, newest first. */
    List<Checkpoint> newestFirst(long position) {
        List<Checkpoint> out = new ArrayList<>();
        Iterator<Checkpoint> it = checkpoints.descendingIterator();
        while (it.hasNext()) {
            Checkpoint c = it.next();
            if (c.position() <= position) {
                out.add(c);
            }
        }
        return out;
    }

    /** Input bytes delivered at or after {@code position}, in order. */
    byte[] deliveredFrom(long position) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Delivery d : deliveries) {
            if (d.position() >= position) {
                out.write(d.value());
            }
        }
        return out.toByteArray();
    }

    /** Forgets everything after {@code position} (the machine went back there). */
    void truncateAfter(long position) {
        while (!checkpoints.isEmpty() && checkpoints.peekLast().position() > position) {
            checkpoints.removeLast();
        }
        while (!deliveries.isEmpty() && deliveries.peekLast().position() >= position) {
            deliveries.removeLast();
        }
    }

    void clear() {
        checkpoints.clear();
        deliveries.clear();
    }
}
