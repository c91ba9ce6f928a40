package retroshield.debug;

import retroshield.devices.I8251Usart;
import retroshield.devices.Mc6850Acia;
import retroshield.devices.SerialDevice;

/** The serial chip's registers decoded bit by bit, for the debugger (no side effects). */
public final class ChipView {

    private ChipView() {
    }

    private static final String[] MC6850_STATUS = {"RDRF", "TDRE", "DCD", "CTS", "FE", "OVRN", "PE", "IRQ"};
    private static final String[] I8251_STATUS = {"TxRDY", "RxRDY", "TxEMPTY", "PE", "OE", "FE", "SYNDET", "DSR"};
    private static final String[] I8251_COMMAND = {"TxEN", "DTR", "RxE", "SBRK", "ER", "RTS", "IR", "EH"};

    /** E.g. "MC6850 ... / status $02: RDRF=0 TDRE=1 ...". */
    public static String describe(SerialDevice device) {
        SerialDevice chip = device instanceof retroshield.devices.SerialAutoDetect auto
                ? auto.chosenChip().orElse(device) : device;
        if (chip instanceof Mc6850Acia a) {
            return a + "\nstatus  " + bits(a.status(), MC6850_STATUS) + "\ncontrol "
                    + String.format("$%02X: divide bits %d%d, word bits %d%d%d, TX control %d%d, RX irq %d",
                    a.controlRegister(), b(a.controlRegister(), 1), b(a.controlRegister(), 0), b(a.controlRegister(), 4),
                    b(a.controlRegister(), 3), b(a.controlRegister(), 2), b(a.controlRegister(), 6),
                    b(a.controlRegister(), 5), b(a.controlRegister(), 7));
        }
        if (chip instanceof I8251Usart u) {
            return u + "\nstatus  " + bits(u.status(), I8251_STATUS) + "\ncommand " + bits(u.commandRegister(), I8251_COMMAND);
        }
        return String.valueOf(chip);
    }

    private static int b(int v, int n) {
        return (v >> n) & 1;
    }

    private static String bits(int value, String[] names) {
        StringBuilder sb = new StringBuilder(String.format("$%02X:", value & 0xFF));
        for (int i = 7; i >= 0; i--) {
            sb.append(' ').append(names[i]).append('=').append(b(value, i));
        }
        return sb.toString();
    }
}
