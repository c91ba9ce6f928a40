package retroshield.pacing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import retroshield.devices.InputPacing;
import retroshield.machine.HeadlessSession;
import retroshield.machine.Machine;

/**
 * Input pacing against a ROM that cannot hold input back (63-byte interrupt buffer, no flow
 * control, a break check that swallows a key between statements): without pacing a paste is
 * mangled; with echo or line pacing a 30 KB listing arrives whole.
 */
class LineBasicPacingTest {

    private static final long BUDGET = 4_000_000_000L;

    private static HeadlessSession boot(InputPacing.Mode mode) throws Exception {
        HeadlessSession s = HeadlessSession.open(LineBasicRom.metadata());
        Machine m = s.machine();
        m.serialHost().setPacing(m.serialHost().pacing().withMode(mode), 4_000_000);
        s.expect("Ok\r\n", 1_000_000);
        return s;
    }

    /** The program text the ROM stored, line ends as "\n". */
    private static String storedProgram(Machine m) {
        int end = m.memory().read(LineBasicRom.PEND) | m.memory().read(LineBasicRom.PEND + 1) << 8;
        byte[] text = new byte[Math.max(0, end - LineBasicRom.PROG)];
        for (int i = 0; i < text.length; i++) {
            text[i] = (byte) m.memory().read(LineBasicRom.PROG + i);
        }
        return new String(text, StandardCharsets.ISO_8859_1).replace('\r', '\n');
    }

    private static String pasteListing(InputPacing.Mode mode, String listing) throws Exception {
        try (HeadlessSession s = boot(mode)) {
            s.type(listing + "LIST\n");
            String reply = s.expect("LIST\r\n", BUDGET);
            String stored = storedProgram(s.machine());
            assertEquals(listing.length(), stored.length(), () -> "stored " + stored.length() + " of " + listing.length()
                    + " bytes; output ends " + reply.substring(Math.max(0, reply.length() - 300)));
            String list = s.expect("Ok\r\n", BUDGET);
            assertEquals(0, s.machine().serialHost().pendingInput(), "input left over");
            assertEquals(listing.replace("\n", "\r\n") + "Ok\r\n", list, "LIST shows the listing");
            return stored;
        }
    }

    @Test
    void withoutPacingThePasteOverrunsTheBuffer() throws Exception {
        String listing = LineBasicRom.listing(4_000);
        try (HeadlessSession s = boot(InputPacing.Mode.NONE)) {
            s.type(listing);
            s.runFor(200_000_000L);
            String stored = storedProgram(s.machine());
            assertNotEquals(listing, stored);
            assertTrue(stored.length() < listing.length() / 2, "most of the paste is lost: " + stored.length());
        }
    }

    @Test
    void rtsPacingDoesNotHelpAFirmwareThatNeverDropsRts() throws Exception {
        String listing = LineBasicRom.listing(4_000);
        try (HeadlessSession s = boot(InputPacing.Mode.RTS)) {
            s.type(listing);
            s.runFor(200_000_000L);
            assertNotEquals(listing, storedProgram(s.machine()));
        }
    }

    @Test
    void echoPacingDeliversA30KbListingWhole() throws Exception {
        String listing = LineBasicRom.listing(30 * 1024);
        assertEquals(listing, pasteListing(InputPacing.Mode.ECHO, listing));
    }

    @Test
    void linePacingDeliversA30KbListingWhole() throws Exception {
        String listing = LineBasicRom.listing(30 * 1024);
        assertEquals(listing, pasteListing(InputPacing.Mode.LINE, listing));
    }

    @Test
    void listShowsThePastedListing() throws Exception {
        String listing = LineBasicRom.listing(2_000);
        try (HeadlessSession s = boot(InputPacing.Mode.LINE)) {
            s.type(listing);
            s.type("LIST\n");
            String reply = s.expect("LIST\r\n", BUDGET);
            assertTrue(reply.contains("10 PRINT"), reply);
            String list = s.expect("Ok\r\n", BUDGET);
            assertEquals(listing.replace("\n", "\r\n") + "Ok\r\n", list);
        }
    }

    @Test
    void echoPacingLosesKeysTheBreakCheckTakesDuringRun() throws Exception {
        String stored = typeDuringRun(InputPacing.Mode.ECHO);
        assertFalse(stored.endsWith("\n10 FOR I=1 TO 5\n"), stored);
    }

    @Test
    void linePacingWaitsForThePromptAfterRun() throws Exception {
        String stored = typeDuringRun(InputPacing.Mode.LINE);
        assertTrue(stored.endsWith("\n10 FOR I=1 TO 5\n"), stored);
    }

    /** A program that prints for a while, RUN, then a new line 10 typed behind it. */
    private static String typeDuringRun(InputPacing.Mode mode) throws Exception {
        try (HeadlessSession s = boot(mode)) {
            String program = LineBasicRom.listing(1_000);
            s.type(program + "RUN\n10 FOR I=1 TO 5\n");
            s.expect("Ok\r\n", BUDGET);
            s.runFor(20_000_000L);
            return storedProgram(s.machine());
        }
    }
}
