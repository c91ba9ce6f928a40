package retroshield.roms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Monitor ROM's memory commands and messages, run on the emulated machine. */
class MonitorRomTest {

    private MonitorSession monitor;

    @BeforeEach
    void boot() throws IOException {
        monitor = MonitorSession.boot();
    }

    @AfterEach
    void close() throws Exception {
        if (monitor != null) {
            monitor.close();
        }
    }

    private static String hexBytes(byte[] bytes, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(String.format("%02X ", bytes[i] & 0xFF));
        }
        return text.toString().trim();
    }

    @Test
    void bootPrintsBannerAndPrompt() {
        assertTrue(monitor.banner().contains("RetroShield Z80 Monitor"), monitor.banner());
    }

    @Test
    void inputTypedBeforeTheFirstPromptIsKept() throws Exception {
        try (MonitorSession early = MonitorSession.boot("D 0000 1\n")) {
            String reply = early.session().expect(MonitorSession.PROMPT, MonitorSession.BUDGET);
            assertTrue(reply.contains("D 0000 1") && reply.contains("0000  F3"), reply);
        }
    }

    @Test
    void dumpShowsTheRomsOwnFirstBytes() throws IOException {
        byte[] image = Files.readAllBytes(MonitorSession.IMAGE);
        String reply = monitor.command("D 0000 20");
        assertTrue(reply.contains("0000  " + hexBytes(image, 16)), reply);
        byte[] second = java.util.Arrays.copyOfRange(image, 16, 32);
        assertTrue(reply.contains("0010  " + hexBytes(second, 16)), reply);
        assertFalse(reply.contains("0020  "), "asked for $20 bytes only: " + reply);
    }

    @Test
    void dumpAloneContinuesWhereTheLastEnded() {
        monitor.command("E 8010 5A");
        monitor.command("D 8000 10");
        String reply = monitor.command("d");
        assertTrue(reply.contains("8010  5A 00"), reply);
    }

    @Test
    void dumpShowsPrintableBytesAsAscii() {
        monitor.command("E 8000 48 69 21 00");
        String reply = monitor.command("D 8000 4");
        assertTrue(reply.contains("8000  48 69 21 00") && reply.contains("Hi!."), reply);
    }

    @Test
    void fillThenDump() {
        assertFalse(monitor.command("F 8000 800F AA").contains("ROM"));
        String reply = monitor.command("D 8000 11");
        assertTrue(reply.contains("8000  " + "AA ".repeat(15) + "AA "), reply);
        assertTrue(reply.contains("8010  00"), "fill must stop at the end address: " + reply);
    }

    @Test
    void enterBytesThenDump() {
        monitor.command("e 8000 01 2 $03 fe");
        String reply = monitor.command("D 8000 5");
        assertTrue(reply.contains("8000  01 02 03 FE 00"), reply);
    }

    @Test
    void enterInteractively() {
        monitor.session().type("E 9000\n");
        monitor.session().expect("9000 00: ", MonitorSession.BUDGET);
        monitor.line("11", "9001 00: ");
        monitor.line("", "9002 00: ");
        monitor.line("-", "9001 00: ");
        monitor.line("zz", "bad hex byte: zz");
        monitor.line("22", "9002 00: ");
        monitor.command(".");
        String reply = monitor.command("D 9000 3");
        assertTrue(reply.contains("9000  11 22 00"), reply);
    }

    @Test
    void moveCopiesOverlappingRangesCorrectly() {
        monitor.command("E 8000 1 2 3 4");
        monitor.command("M 8000 8001 4");
        assertTrue(monitor.command("D 8000 5").contains("8000  01 01 02 03 04"));
        monitor.command("M 8001 8000 4");
        assertTrue(monitor.command("D 8000 5").contains("8000  01 02 03 04 04"));
    }

    @Test
    void compareListsDifferences() {
        monitor.command("E 8000 1 2 3");
        monitor.command("E 9000 1 9 3");
        String reply = monitor.command("C 8000 9000 3");
        assertTrue(reply.contains("8001: 02  9001: 09"), reply);
        assertTrue(reply.contains("1 difference"), reply);
        assertTrue(monitor.command("C 8000 8000 3").contains("no differences"));
    }

    @Test
    void writingIntoRomIsRefused() {
        assertTrue(monitor.command("E 0100 1").contains("$0100 is ROM"));
        assertTrue(monitor.command("F 1FF0 2010 0").contains("$1FF0 is ROM"));
        assertTrue(monitor.command("M 8000 1000 10").contains("$1000 is ROM"));
        assertTrue(monitor.command("F 0000 FFFF 0").contains("$0000 is ROM"), "all of memory");
        assertTrue(monitor.command("M 8000 FFFF 2").contains("$0000 is ROM"), "past $FFFF");
    }

    @Test
    void theMonitorsOwnRamIsRefusedItsVectorsAreNot() {
        String own = " is the monitor's own RAM ($2015-$23FF)";
        assertTrue(monitor.command("F 2000 20FF 0").contains("$2015" + own));
        assertTrue(monitor.command("E 2100 5").contains("$2100" + own));
        assertTrue(monitor.command("M 8000 23F0 20").contains("$23F0" + own));
        monitor.command("E 2012 C3 00 80");                     // RST 30h vector: JP $8000
        assertTrue(monitor.command("D 2012 3").contains("2012  C3 00 80"));
        monitor.command("F 2400 FFFF 0");                       // all user RAM
        assertTrue(monitor.command("D 2400 2").contains("2400  00 00"), "the monitor still runs");
    }

    @Test
    void badInputGetsFriendlyMessages() {
        assertTrue(monitor.command("X").contains("unknown command X, type ? for help"));
        assertTrue(monitor.command("x 12345 .").contains("unknown command X, type ? for help"),
                "an unknown command is named before its arguments are looked at");
        assertTrue(monitor.command("D zz").contains("bad hex number: zz"));
        assertTrue(monitor.command("D 12345").contains("bad hex number: 12345"));
        assertTrue(monitor.command("F 8000").contains("missing argument, usage: F start end byte"));
        assertTrue(monitor.command("E 8000 100").contains("not a byte: 0100"));
        assertTrue(monitor.command("F 9000 8000 1").contains("end is before start"));
    }

    @Test
    void aFullLineOfBytesIsEntered() {
        StringBuilder line = new StringBuilder("E 8000");
        for (int i = 1; i <= 24; i++) {
            line.append(String.format(" %02X", i));              // 7 + 24 * 3 = 79 characters
        }
        monitor.command(line.toString());
        assertTrue(monitor.command("D 8010 8").contains("8010  11 12 13 14 15 16 17 18"));
    }

    @Test
    void helpListsTheCommands() {
        String reply = monitor.command("?");
        assertTrue(reply.contains("D [addr [len]]") && reply.contains("L "), reply);
        assertTrue(monitor.command("h").contains("F start end byte"));
    }

    @Test
    void backspaceAndDeleteBothErase() {
        String reply = monitor.raw("X\bD 8000 2Z\u007f\r".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertTrue(reply.contains("\b \b"), reply);
        assertTrue(reply.contains("8000  00 00"), reply);
        assertFalse(reply.contains("unknown command"), reply);
    }
}
