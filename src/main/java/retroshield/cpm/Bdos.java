package retroshield.cpm;

import java.util.BitSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console part of the CP/M 2.2 BDOS. A call gives the function number (C) and the
 * parameter (DE or E) and answers with the value a real BDOS leaves in HL (with A = L,
 * B = H), {@link #NO_RESULT} when the registers stay as they are, or {@link #END}.
 *
 * <pre>
 *  0  system reset        ends the run
 *  1  console input       waits for a byte, echoes it, returns it ($1A, not echoed, at end of input)
 *  2  console output      writes E
 *  6  direct console I/O  E=$FF: a byte or 0 if none waits; E=$FE: status; E=$FD: wait for a
 *                         byte; any other E is written
 *  9  print string        writes from DE up to (not including) '$'
 * 10  read console buffer DE: max length, count (returned), bytes; ends at CR or LF (not
 *                         stored, echoed as CR); BS/DEL delete; ends early at end of input
 * 11  console status      $FF when a byte waits, else 0
 * 12  version             $0022 (CP/M 2.2)
 * other                   logged once (debug), return 0
 * </pre>
 */
final class Bdos {

    static final int NO_RESULT = -1;
    static final int END = -2;

    static final int SYSTEM_RESET = 0;
    static final int CONSOLE_INPUT = 1;
    static final int CONSOLE_OUTPUT = 2;
    static final int DIRECT_CONSOLE_IO = 6;
    static final int PRINT_STRING = 9;
    static final int READ_CONSOLE_BUFFER = 10;
    static final int CONSOLE_STATUS = 11;
    static final int VERSION = 12;

    static final int CPM_VERSION = 0x0022;
    static final int CTRL_Z = 0x1A;
    private static final int BACKSPACE = 0x08;
    private static final int DELETE = 0x7F;
    private static final int DIRECT_INPUT = 0xFF;
    private static final int DIRECT_STATUS = 0xFE;
    private static final int DIRECT_WAIT = 0xFD;
    private static final int STRING_END = '$';

    private static final Logger LOG = LoggerFactory.getLogger(Bdos.class);

    private final byte[] ram;
    private final Console console;
    private final boolean echo;
    private final BitSet reported = new BitSet(256);

    Bdos(byte[] ram, Console console, boolean echo) {
        this.ram = ram;
        this.console = console;
        this.echo = echo;
    }

    int call(int function, int de) {
        int e = de & 0xFF;
        switch (function) {
            case SYSTEM_RESET:
                return END;
            case CONSOLE_INPUT:
                return consoleInput();
            case CONSOLE_OUTPUT:
                console.write(e);
                return NO_RESULT;
            case DIRECT_CONSOLE_IO:
                return directConsole(e);
            case PRINT_STRING:
                printString(de);
                return NO_RESULT;
            case READ_CONSOLE_BUFFER:
                readBuffer(de);
                return NO_RESULT;
            case CONSOLE_STATUS:
                return status();
            case VERSION:
                return CPM_VERSION;
            default:
                if (!reported.get(function)) {
                    reported.set(function);
                    LOG.debug("BDOS function {} is not implemented; it returns 0", function);
                }
                return 0;
        }
    }

    /** The console status byte: $FF when input waits. */
    int status() {
        return console.ready() ? 0xFF : 0;
    }

    /** Waits for an input byte ({@link #CTRL_Z} at end of input). */
    int waitForInput() {
        int b = console.read();
        return b == Console.END_OF_INPUT ? CTRL_Z : b;
    }

    private int consoleInput() {
        int b = console.read();
        if (b == Console.END_OF_INPUT) {
            return CTRL_Z;
        }
        echo(b);
        return b;
    }

    private int directConsole(int e) {
        switch (e) {
            case DIRECT_INPUT:
                return console.ready() ? waitForInput() : 0;
            case DIRECT_STATUS:
                return status();
            case DIRECT_WAIT:
                return waitForInput();
            default:
                console.write(e);
                return NO_RESULT;
        }
    }

    private void printString(int address) {
        for (int i = 0; i < 0x10000; i++) {
            int b = ram[(address + i) & 0xFFFF] & 0xFF;
            if (b == STRING_END) {
                return;
            }
            console.write(b);
        }
    }

    private void readBuffer(int address) {
        int max = ram[address & 0xFFFF] & 0xFF;
        int count = 0;
        while (count < max) {
            int b = console.read();
            if (b == Console.END_OF_INPUT || b == Console.CR) {
                break;
            }
            if (b == BACKSPACE || b == DELETE) {
                if (count > 0) {
                    count--;
                    echo(BACKSPACE);
                    echo(' ');
                    echo(BACKSPACE);
                }
                continue;
            }
            ram[(address + 2 + count) & 0xFFFF] = (byte) b;
            count++;
            echo(b);
        }
        ram[(address + 1) & 0xFFFF] = (byte) count;
        echo(Console.CR);
    }

    private void echo(int b) {
        if (echo) {
            console.write(b);
        }
    }
}
