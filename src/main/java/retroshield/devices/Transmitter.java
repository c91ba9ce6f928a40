package retroshield.devices;

import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * The transmit side both chips share: a holding register, a shift register and the line.
 *
 * <p>A byte offered while the chip's transmitter runs goes to the listener at once; one
 * offered while it is stopped (8251 TxEN off, break mode) waits in the holding register (a
 * later byte replaces it) until {@link #release(boolean)} finds it running.
 *
 * <p>Timing: each byte sent occupies the line for one character time, starting when the line
 * is free. The holding register is free again as soon as at most one character is still on
 * the line (it moved into the shift register); the transmitter is idle when the line is free.
 * With a character time of 0 (unpaced) both are true at once. Time comes from
 * {@link #tick(long)}; a cycle counter going backwards (machine reset) frees the line.
 */
final class Transmitter {

    private static final int NO_BYTE = -1;

    private IntConsumer listener = b -> { };
    private int held = NO_BYTE;
    private long characterTime;
    private long now;
    private long lineFreeAt;

    void setListener(IntConsumer listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Cycles per character on the line; 0 = unpaced. */
    void setCharacterTime(long cycles) {
        characterTime = Math.max(0, cycles);
        if (characterTime == 0) {
            lineFreeAt = now;
        }
    }

    void tick(long cycles) {
        if (cycles < now) {
            lineFreeAt = cycles;
        }
        now = cycles;
    }

    /** The firmware writes a byte; it is sent if the transmitter runs, else held. */
    void write(int value, boolean running) {
        if (running) {
            send(value & 0xFF);
        } else {
            held = value & 0xFF;
        }
    }

    /** Sends the held byte, if any, when the transmitter now runs. */
    void release(boolean running) {
        if (running && held != NO_BYTE) {
            int b = held;
            held = NO_BYTE;
            send(b);
        }
    }

    private void send(int value) {
        if (characterTime > 0) {
            lineFreeAt = Math.max(now, lineFreeAt) + characterTime;
        }
        listener.accept(value);
    }

    /** True when the holding register can take a byte (6850 TDRE, 8251 TxRDY). */
    boolean bufferEmpty() {
        return held == NO_BYTE && lineFreeAt - now <= characterTime;
    }

    /** True when nothing is held or on the line (8251 TxEMPTY). */
    boolean idle() {
        return held == NO_BYTE && now >= lineFreeAt;
    }

    /** The byte held in the holding register, or -1. */
    int heldByte() {
        return held;
    }

    /** Puts back a held byte (or -1) from a snapshot, with an idle line. */
    void restoreHeld(int value) {
        held = value < 0 ? NO_BYTE : value & 0xFF;
        lineFreeAt = now;
    }

    /** Drops the held byte and whatever was on the line (chip reset). */
    void clear() {
        held = NO_BYTE;
        lineFreeAt = now;
    }
}
