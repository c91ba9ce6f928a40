package retroshield.roms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import retroshield.devices.Mc6850Acia;

/**
 * A 40 KB paste arrives whole (receive interrupt + ring buffer + RTS flow control), and the
 * benchmark set of docs/forth.md, measured in T-states.
 */
class ForthPasteAndSpeedTest extends BootedForth {

    @Test
    void fortyKilobytePasteLosesNothing() {
        forth.run("VARIABLE CNT VARIABLE ACC 0 CNT ! 0 ACC !");
        StringBuilder paste = new StringBuilder();
        int lines = 0;
        int sum = 0;
        while (paste.length() < 40 * 1024) {
            int n = (lines * 7919 + 13) % 30000;
            paste.append(n).append(" ACC +! 1 CNT +! \\ line ").append(lines)
                    .append(" of the paste, padded to look like a commented source file ......\n");
            sum = (sum + n) & 0xFFFF;
            lines++;
        }
        forth.raw().type(paste.toString());
        Mc6850Acia acia = (Mc6850Acia) forth.raw().machine().serialDevice();
        boolean heldBack = false;
        for (long spent = 0; forth.raw().machine().serialHost().pendingInput() > 0 && spent < 2_000_000_000L;
                spent += 20_000) {
            forth.raw().runFor(20_000);
            heldBack |= acia.isRtsHigh();
        }
        forth.raw().settle(5_000_000, 2_000_000_000L);
        assertTrue(heldBack, "the ROM never raised RTS while the paste arrived");
        assertEquals(lines + " " + sum + " ", forth.run("CNT @ U. ACC @ U."));
        assertTrue(paste.length() >= 40 * 1024);
    }

    /** T-states from Enter to the reply, for one line. */
    private long time(String line, String expectedReply) {
        long start = forth.raw().machine().cpu().cycles();
        assertEquals(expectedReply, forth.run(line));
        return forth.raw().machine().cpu().cycles() - start;
    }

    @Test
    void benchmarks() {
        System.out.printf("Forth cold start (dictionary image copied) to the first ok: %,d T-states%n",
                forth.raw().machine().cpu().cycles());
        long empty = time("NOOP-BENCH", " NOOP-BENCH ?");
        forth.run(": LOOP10K 10000 0 DO LOOP ;");
        forth.run(": FIB DUP 2 < IF EXIT THEN DUP 1- RECURSE SWAP 2 - RECURSE + ;");
        forth.run("8190 CONSTANT SIZE CREATE FLAGS SIZE ALLOT");
        forth.run(": SIEVE FLAGS SIZE 1 FILL 0 SIZE 0 DO FLAGS I + C@ IF I 2* 3 + DUP I + "
                + "BEGIN DUP SIZE < WHILE 0 OVER FLAGS + C! OVER + REPEAT 2DROP 1+ THEN LOOP ;");
        forth.run(": SCALE 10000 0 DO I 3 7 */ DROP LOOP ;");
        long loop = time("LOOP10K", "");
        long fib = time("20 FIB .", "6765 ");
        long sieve = time("SIEVE .", "1899 ");
        long scale = time("SCALE", "");
        System.out.printf("Forth benchmarks (T-states, Enter to ok; an unknown word's line costs %,d):%n"
                + "  10,000-iteration DO LOOP %,d%n  FIB 20 %,d%n  sieve 8190 %,d%n  10,000 x */ %,d%n",
                empty, loop, fib, sieve, scale);
        assertTrue(loop < 2_000_000, "loop " + loop);
        assertTrue(fib < 60_000_000, "fib " + fib);
        assertTrue(sieve < 60_000_000, "sieve " + sieve);
        assertTrue(scale < 80_000_000, "*/ " + scale);
    }
}
