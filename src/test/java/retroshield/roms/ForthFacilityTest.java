package retroshield.roms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Facility words other people's programs use: the screen, a delay, structures. */
class ForthFacilityTest extends BootedForth {

    private static final String ESC = "\u001b";

    @Test
    void pageClearsTheScreenAndHomesTheCursor() {
        assertEquals(ESC + "[2J" + ESC + "[H", forth.run("PAGE"));
    }

    @Test
    void atXyTakesColumnThenRowFromZeroAndWritesThemInDecimalWhateverTheBase() {
        assertEquals(ESC + "[1;1H", forth.run("0 0 AT-XY"));
        assertEquals(ESC + "[3;11H", forth.run("10 2 AT-XY"));
        assertEquals(ESC + "[24;80H" + "16 ", forth.run("HEX 4F 17 AT-XY BASE @ DECIMAL ."), "BASE stays 16");
    }

    @Test
    void structuresGiveOffsetsAndTheirSize() {
        forth.run("BEGIN-STRUCTURE POINT FIELD: P.X CFIELD: P.TAG FIELD: P.Y 8 +FIELD P.NAME END-STRUCTURE");
        assertEquals("13 0 2 3 5 ", forth.run("POINT . 0 P.X . 0 P.TAG . 0 P.Y . 0 P.NAME ."));
        forth.run("CREATE PT POINT ALLOT  7 PT P.X !  -9 PT P.Y !  65 PT P.TAG C!");
        assertEquals("7 -9 A", forth.run("PT P.X @ . PT P.Y @ . PT P.TAG C@ EMIT"));
    }

    @Test
    void msWaitsAMillisecondOfTheDefault4MhzClockPerCount() {
        long perThousand = tStates("2000 MS") - tStates("1000 MS");
        // 1000 ms at 4 MHz is 4,000,000 T-states; the loop is calibrated to within 2%
        assertTrue(Math.abs(perThousand - 4_000_000L) < 80_000L, perThousand + " T-states for 1000 ms");
        assertEquals("", forth.run("0 MS"));
    }

    private long tStates(String line) {
        long before = forth.raw().machine().cpu().cycles();
        forth.run(line);
        return forth.raw().machine().cpu().cycles() - before;
    }
}
