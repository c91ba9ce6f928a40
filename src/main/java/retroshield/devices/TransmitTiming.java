package retroshield.devices;

/**
 * The clock of a double-buffered transmitter (holding register plus shift register), shared by
 * both chips. Each byte sent occupies the line for one character time, starting when the line
 * is free. The holding register is free again as soon as at most one character is still on the
 * line (it moved into the shift register); the transmitter is idle when the line is free.
 * With a character time of 0 both are always true.
 */
final class TransmitTiming {

    private long characterTime;
    private long now;
    private long lineFreeAt;

    /** Cycles per character on the line; 0 = unpaced. */
    void setCharacterTime(long cycles) {
        characterTime = Math.max(0, cycles);
        if (characterTime == 0) {
            lineFreeAt = now;
        }
    }

    long characterTime() {
        return characterTime;
    }

    /** The machine's cycle counter; a counter going backwards (reset) clears the line. */
    void tick(long cycles) {
        if (cycles < now) {
            lineFreeAt = cycles;
        }
        now = cycles;
    }

    /** A byte starts its way onto the line. */
    void startCharacter() {
        if (characterTime > 0) {
            lineFreeAt = Math.max(now, lineFreeAt) + characterTime;
        }
    }

    /** True when the holding register can take a byte (at most one character on the line). */
    boolean bufferEmpty() {
        return lineFreeAt - now <= characterTime;
    }

    /** True when nothing is on the line. */
    boolean idle() {
        return now >= lineFreeAt;
    }

    /** Drops whatever was on the line (chip reset). */
    void clear() {
        lineFreeAt = now;
    }
}
