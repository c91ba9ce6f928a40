package retroshield.debug;

import java.util.function.IntUnaryOperator;

/** Reads the bytes of one instruction in order and counts how many were taken. */
final class ByteCursor {

    private final IntUnaryOperator readByte;
    private final int start;
    private int taken;

    ByteCursor(IntUnaryOperator readByte, int start) {
        this.readByte = readByte;
        this.start = start & 0xFFFF;
    }

    /** The next byte (0..255); the address wraps at 0xFFFF. */
    int next() {
        int value = readByte.applyAsInt((start + taken) & 0xFFFF) & 0xFF;
        taken++;
        return value;
    }

    /** The next two bytes as a little-endian word. */
    int nextWord() {
        int low = next();
        return low | (next() << 8);
    }

    /** Looks at the byte {@code ahead} positions after the last one taken, without taking it. */
    int peek(int ahead) {
        return readByte.applyAsInt((start + taken + ahead) & 0xFFFF) & 0xFF;
    }

    int start() {
        return start;
    }

    /** The address just after the bytes taken so far. */
    int end() {
        return (start + taken) & 0xFFFF;
    }

    int length() {
        return taken;
    }
}
