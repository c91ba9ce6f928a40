package retroshield.roms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Monitor ROM running programs: G, breakpoints, registers, ports, Intel HEX loading. */
class MonitorRomProgramTest {

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

    /** One Intel HEX record with its checksum. */
    static String record(int address, int type, int... data) {
        StringBuilder text = new StringBuilder(":");
        int sum = data.length + (address >> 8) + (address & 0xFF) + type;
        text.append(String.format("%02X%04X%02X", data.length, address, type));
        for (int b : data) {
            text.append(String.format("%02X", b));
            sum += b;
        }
        return text.append(String.format("%02X", -sum & 0xFF)).toString();
    }

    @Test
    void goRunsAProgramAndShowsRegistersWhenItReturns() {
        monitor.command("E 8000 3E 42 01 34 12 C9");   // LD A,$42; LD BC,$1234; RET
        String reply = monitor.command("G 8000");
        assertTrue(reply.contains("returned from 8000"), reply);
        assertTrue(reply.contains("AF=42") && reply.contains("BC=1234"), reply);
        assertTrue(monitor.command("R").contains("AF=42"));
    }

    @Test
    void registersBeforeAnyProgramSaySo() {
        assertTrue(monitor.command("R").contains("no registers saved yet"));
    }

    @Test
    void breakpointShowsRegistersAndReturnsToThePrompt() {
        // LD A,$42; LD HL,$BEEF; LD IX,$1357; RST 30h; RET
        monitor.command("E 8000 3E 42 21 EF BE DD 21 57 13 F7 C9");
        String reply = monitor.command("G 8000");
        assertTrue(reply.contains("breakpoint at 8009"), reply);
        assertTrue(reply.contains("AF=42") && reply.contains("HL=BEEF")
                && reply.contains("IX=1357") && reply.contains("PC=8009"), reply);
        assertTrue(monitor.command("D 8000 2").contains("8000  3E 42"),
                "the monitor must keep working after a breakpoint");
        assertTrue(monitor.command("R").contains("PC=8009"));
    }

    @Test
    void breakpointKeepsTheMonitorStackUsable() {
        // PUSH BC three times, then RST 30h: the program leaves its stack unbalanced
        monitor.command("E 8000 C5 C5 C5 F7");
        for (int i = 0; i < 3; i++) {
            assertTrue(monitor.command("G 8000").contains("breakpoint at 8003"));
        }
        assertTrue(monitor.command("D 8000 1").contains("8000  C5"));
    }

    @Test
    void aProgramThatNeverReturnsIsLeftWithReset() {
        monitor.command("E 8000 18 FE");                       // JR $ : loops forever
        monitor.session().type("G 8000\n");
        monitor.session().runFor(1_000_000);
        monitor.session().machine().warmReset();
        String banner = monitor.session().expect(MonitorSession.PROMPT, MonitorSession.BUDGET);
        assertTrue(banner.contains("RetroShield Z80 Monitor"), banner);
        assertTrue(monitor.command("D 8000 2").contains("8000  18 FE"), "RAM survives a warm reset");
    }

    @Test
    void programsCanPrintThroughTheEntryPoints() {
        // LD A,'H'; CALL $0050; LD A,'I'; CALL $0050; RET
        monitor.command("E 8000 3E 48 CD 50 00 3E 49 CD 50 00 C9");
        String reply = monitor.command("G 8000");
        assertTrue(reply.contains("HIreturned from 8000"), reply);
    }

    @Test
    void unmappedPortReadsFF() {
        monitor.command("O 10 55");
        assertTrue(monitor.command("I 10").contains("port 10 = FF"));
        assertTrue(monitor.command("I 100").contains("not a byte"));
    }

    @Test
    void portsReachTheSerialChip() {
        // O writes the 8251's data port: the byte comes out of the serial line
        assertTrue(monitor.line("O 00 41", "> ").endsWith("O 00 41\r\nA> "));
        // I reads its status: TxRDY (bit 0) and TxEMPTY (bit 2) set, DSR (bit 7) as wired
        assertTrue(monitor.command("I 01").contains("port 01 = 85"));
    }

    @Test
    void loadIntelHexThenRunIt() {
        monitor.session().type("L\n");
        monitor.session().expect("ESC cancels", MonitorSession.BUDGET);
        // LD A,$5A; LD ($9000),A; RET
        String hex = record(0x8100, 0, 0x3E, 0x5A, 0x32, 0x00, 0x90, 0xC9) + "\n"
                + record(0, 1) + "\n";
        monitor.session().type(hex);
        String reply = monitor.session().expect(MonitorSession.PROMPT, MonitorSession.BUDGET);
        assertTrue(reply.contains("loaded 6 bytes, $8100-$8105"), reply);
        assertFalse(reply.contains("error"), reply);
        monitor.command("G 8100");
        assertTrue(monitor.command("D 9000 1").contains("9000  5A"));
    }

    /**
     * Output of SDCC 4.2 for this program, linked at $8000 after a two-instruction start-up
     * ({@code call _main / ret}), with
     * {@code sdcc -mz80 --no-std-crt0 --code-loc 0x8000 --data-loc 0x9000 -o prog.ihx crt.rel prog.rel}:
     * <pre>
     * static const char msg[] = "Hello from SDCC\r\n";
     * unsigned int squares;
     * void main(void) {
     *     const char *p; unsigned char i;
     *     for (p = msg; *p; p++) ((void (*)(char))0x0050)(*p);   // the monitor's putc
     *     squares = 0;
     *     for (i = 1; i <= 10; i++) squares += i * i;
     *     *(volatile unsigned int *)0x9100 = squares;
     * }
     * </pre>
     */
    static final String SDCC_PROGRAM = String.join("",
            ":04800000CD0480C962\n",
            ":208004002148804E79B72809E579CD5000E12318F22100002200900E0159612E005506080E\n",
            ":208024002930011910FA7D5C2100908677237B8E770C3E0A9130E22100913A009077233A4E\n",
            ":16804400019077C948656C6C6F2066726F6D20534443430D0A0039\n",
            ":00000001FF\n");

    @Test
    void loadAProgramBuiltBySdccThenRunIt() {
        monitor.session().type("L\n");
        monitor.session().expect("ESC cancels", MonitorSession.BUDGET);
        monitor.session().type(SDCC_PROGRAM);
        String reply = monitor.session().expect(MonitorSession.PROMPT, MonitorSession.BUDGET);
        assertTrue(reply.contains("loaded 90 bytes, $8000-$8059"), reply);
        reply = monitor.command("G 8000");
        assertTrue(reply.contains("Hello from SDCC\r\nreturned from 8000"), reply);
        assertTrue(monitor.command("D 9100 2").contains("9100  81 01"), "1+4+...+100 = 385 = $0181");
    }

    @Test
    void badChecksumIsReportedWithItsLineNumber() {
        monitor.session().type("L\n");
        monitor.session().expect("ESC cancels", MonitorSession.BUDGET);
        String bad = record(0x8010, 0, 1, 2, 3);
        bad = bad.substring(0, bad.length() - 2) + "00";
        monitor.session().type(record(0x8000, 0, 7, 8) + "\n" + bad + "\n"
                + record(0x0100, 0, 1) + "\n" + record(0, 1) + "\n");
        String reply = monitor.session().expect(MonitorSession.PROMPT, MonitorSession.BUDGET);
        assertTrue(reply.contains("line 2: checksum error"), reply);
        assertTrue(reply.contains("line 3: $0100 is ROM"), reply);
        assertTrue(reply.contains("loaded 2 bytes, $8000-$8001, 2 errors"), reply);
        assertTrue(monitor.command("D 8010 3").contains("8010  00 00 00"),
                "a record with a bad checksum must not be stored");
    }

    @Test
    void largePasteArrivesCompletely() {
        monitor.session().type("L\n");
        monitor.session().expect("ESC cancels", MonitorSession.BUDGET);
        StringBuilder hex = new StringBuilder();
        int[] data = new int[16];
        for (int address = 0x4000; address < 0x4000 + 4096; address += 16) {
            for (int i = 0; i < 16; i++) {
                data[i] = (address + i) * 7 & 0xFF;
            }
            hex.append(record(address, 0, data)).append("\r\n");
        }
        hex.append(record(0, 1)).append("\r\n");
        monitor.session().type(hex.toString());
        String reply = monitor.session().expect(MonitorSession.PROMPT, 20 * MonitorSession.BUDGET);
        assertTrue(reply.contains("loaded 4096 bytes, $4000-$4FFF"), reply);
        assertFalse(reply.contains("error"), reply);
        String dump = monitor.command("D 4FF0 10");
        StringBuilder expected = new StringBuilder("4FF0  ");
        for (int i = 0; i < 16; i++) {
            expected.append(String.format("%02X ", (0x4FF0 + i) * 7 & 0xFF));
        }
        assertTrue(dump.contains(expected.toString()), dump);
    }
}
