package retroshield.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared holding register / shift register / line model. */
class TransmitterTest {

    private final Transmitter tx = new Transmitter();
    private final List<Integer> sent = new ArrayList<>();

    @BeforeEach
    void setUp() {
        tx.setListener(sent::add);
    }

    @Test
    void unpacedIsAlwaysEmptyAndIdle() {
        tx.write(1, true);
        tx.write(2, true);
        assertTrue(tx.bufferEmpty());
        assertTrue(tx.idle());
        assertEquals(List.of(1, 2), sent);
    }

    @Test
    void heldByteWaitsAndALaterOneReplacesIt() {
        tx.write(1, false);
        tx.write(2, false);
        assertFalse(tx.bufferEmpty());
        assertFalse(tx.idle());
        tx.release(false);
        assertTrue(sent.isEmpty());
        tx.release(true);
        assertEquals(List.of(2), sent);
        assertTrue(tx.bufferEmpty());
    }

    @Test
    void threeBytesBackToBackKeepTheLineBusyThreeCharacterTimes() {
        tx.setCharacterTime(10);
        tx.tick(100);
        tx.write(1, true);
        tx.write(2, true);
        tx.write(3, true);                 // firmware ignored TDRE: still all sent
        tx.tick(129);
        assertFalse(tx.idle());
        assertTrue(tx.bufferEmpty(), "one character left on the line");
        tx.tick(130);
        assertTrue(tx.idle());
    }

    @Test
    void clearDropsHeldByteAndLine() {
        tx.setCharacterTime(10);
        tx.write(1, true);
        tx.write(2, false);
        tx.clear();
        assertTrue(tx.idle());
        tx.release(true);
        assertEquals(List.of(1), sent);
    }

    @Test
    void switchingPacingOffFreesTheLine() {
        tx.setCharacterTime(1000);
        tx.write(1, true);
        tx.write(2, true);
        assertFalse(tx.bufferEmpty());
        tx.setCharacterTime(0);
        assertTrue(tx.bufferEmpty());
        assertTrue(tx.idle());
    }
}
