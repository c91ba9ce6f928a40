package retroshield.devices;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Motorola MC6850 ACIA (asynchronous communications interface adapter), as the RetroShield's
 * Arduino presents it to the Z80.
 *
 * <h2>Port map (low byte of the port address; usually $80 and $81)</h2>
 * <pre>
 *   controlPort  write: control register      read: status register
 *   dataPort     write: transmit data (TDR)   read: receive data (RDR)
 * </pre>
 *
 * <h2>Control register (write)</h2>
 * <pre>
 *   bits 1-0  counter divide   00 /1   01 /16   10 /64   11 master reset
 *   bits 4-2  word select      000 7E2  001 7O2  010 7E1  011 7O1
 *                              100 8N2  101 8N1  110 8E1  111 8O1
 *   bits 6-5  transmit control 00 RTS low, TX irq off     01 RTS low, TX irq on
 *                              10 RTS high, TX irq off    11 RTS low, send break, TX irq off
 *   bit 7     receive interrupt enable (RIE)
 * </pre>
 * Divide ratio and word format are stored and reported ({@link #divideRatio()},
 * {@link #wordFormat()}); bytes are passed through whole whatever the format says.
 *
 * <h2>Status register (read)</h2>
 * <pre>
 *   bit 0 RDRF  receive data register full      bit 4 FE   framing error
 *   bit 1 TDRE  transmit data register empty    bit 5 OVRN receiver overrun
 *   bit 2 DCD   data carrier lost (always 0)    bit 6 PE   parity error
 *   bit 3 CTS   clear-to-send input high (0 = clear to send, always 0)
 *   bit 7 IRQ   the interrupt output is asserted
 * </pre>
 *
 * <h2>Interrupt</h2>
 * IRQ (wired to the Z80's /INT) is asserted while
 * {@code (RIE and (RDRF or OVRN)) or (TX irq on and TDRE)}. Reading the data register clears
 * RDRF and with it the receive interrupt.
 *
 * <h2>Receive, overrun and flow control</h2>
 * {@link #receive(int)} loads the RDR and sets RDRF. A byte arriving while RDRF is still set is
 * lost and an overrun is pending; as the datasheet says, OVRN shows in the status only once the
 * valid byte before it has been read (that read leaves RDRF set), and the next data read clears
 * both OVRN and RDRF. {@link #readyToReceive()} is true while RDRF is clear and RTS is low
 * (transmit control other than 10): the RetroShield sketch offers a byte only then, and
 * interrupt-driven firmware raises RTS to hold input back. The host only delivers when ready,
 * so overrun comes only from direct {@code receive} calls.
 *
 * <h2>Transmit</h2>
 * A data write goes to the transmit listener at once. Unpaced (the default), TDRE stays 1.
 * With a character time ({@link #setCharacterTime(long)}) the chip behaves double buffered:
 * the first byte moves to the shift register at once (TDRE stays 1), a second byte written
 * while the first is on the line keeps TDRE at 0 until the first has gone out.
 * In break mode (transmit control 11) a written byte is held (TDRE 0) and sent when break
 * mode ends.
 *
 * <h2>Power-up and master reset</h2>
 * A real 6850 powers up held in reset until firmware writes a master reset (control bits
 * 1-0 = 11). The RetroShield's "chip" is the Arduino sketch, which needs no master reset, and
 * some RetroShield firmware never writes the control register at all. So this model works from
 * power-up (and after {@link #reset()}) with control $15 ({@link #POWER_UP_CONTROL}: divide
 * /16, 8N1, RTS low, interrupts off). One guard: no byte is offered
 * ({@link #readyToReceive()} false) until the firmware has first touched the chip, by writing a
 * control word or reading either port; a key typed during start-up therefore waits in the
 * host's queue instead of being wiped by the firmware's master reset.
 * Writing a master reset clears RDRF, OVRN, FE, PE, IRQ and the transmitter; while the chip
 * stays in master reset the status reads 0 (TDRE 0), data writes are ignored and nothing is
 * received. The next control write with bits 1-0 other than 11 releases it.
 */
public final class Mc6850Acia extends TwoPortSerialChip {

    private static final Logger LOG = LoggerFactory.getLogger(Mc6850Acia.class);

    /** Status bit 0: receive data register full. */
    public static final int STATUS_RDRF = 0x01;
    /** Status bit 1: transmit data register empty. */
    public static final int STATUS_TDRE = 0x02;
    /** Status bit 2: data carrier detect lost (never set here). */
    public static final int STATUS_DCD = 0x04;
    /** Status bit 3: clear-to-send input high, i.e. not clear to send (never set here). */
    public static final int STATUS_CTS = 0x08;
    /** Status bit 4: framing error of the byte in the RDR. */
    public static final int STATUS_FE = 0x10;
    /** Status bit 5: receiver overrun. */
    public static final int STATUS_OVRN = 0x20;
    /** Status bit 6: parity error of the byte in the RDR. */
    public static final int STATUS_PE = 0x40;
    /** Status bit 7: the IRQ output is asserted. */
    public static final int STATUS_IRQ = 0x80;

    /** Control bits 1-0: counter divide select. */
    public static final int CONTROL_DIVIDE_MASK = 0x03;
    /** Counter divide /1. */
    public static final int CONTROL_DIVIDE_1 = 0x00;
    /** Counter divide /16. */
    public static final int CONTROL_DIVIDE_16 = 0x01;
    /** Counter divide /64. */
    public static final int CONTROL_DIVIDE_64 = 0x02;
    /** Counter divide 11: master reset. */
    public static final int CONTROL_MASTER_RESET = 0x03;
    /** Control bits 4-2: word select. */
    public static final int CONTROL_WORD_MASK = 0x1C;
    /** Shift of the word select field. */
    public static final int CONTROL_WORD_SHIFT = 2;
    /** Control bits 6-5: transmit control. */
    public static final int CONTROL_TX_MASK = 0x60;
    /** Transmit control 00: RTS low, transmit interrupt off. */
    public static final int CONTROL_TX_RTS_LOW = 0x00;
    /** Transmit control 01: RTS low, transmit interrupt on. */
    public static final int CONTROL_TX_RTS_LOW_TIE = 0x20;
    /** Transmit control 10: RTS high, transmit interrupt off. */
    public static final int CONTROL_TX_RTS_HIGH = 0x40;
    /** Transmit control 11: RTS low, send break, transmit interrupt off. */
    public static final int CONTROL_TX_BREAK = 0x60;
    /** Control bit 7: receive interrupt enable. */
    public static final int CONTROL_RIE = 0x80;

    /** Control register after power-up: /16, 8N1, RTS low, interrupts off. */
    public static final int POWER_UP_CONTROL = 0x15;

    private static final String[] WORD_FORMATS = {"7E2", "7O2", "7E1", "7O1", "8N2", "8N1", "8E1", "8O1"};

    private int control;
    private boolean inMasterReset;
    private int receiveData;
    private boolean receiveFull;
    private boolean overrunPending;
    private boolean overrunFlagged;
    private boolean framingError;
    private boolean parityError;

    /**
     * @param controlPort port (low byte) of the control/status register, usually $80
     * @param dataPort    port (low byte) of the data register, usually $81
     */
    public Mc6850Acia(int controlPort, int dataPort) {
        super("MC6850", controlPort, dataPort);
        reset();
    }

    @Override
    public String chipName() {
        return "mc6850";
    }

    @Override
    protected int readControlPort() {
        return status();
    }

    /** The status register as the firmware would read it (reading it has no side effect). */
    public int status() {
        if (inMasterReset) {
            return 0;
        }
        int s = 0;
        if (receiveFull) {
            s |= STATUS_RDRF;
        }
        if (transmitRegisterEmpty()) {
            s |= STATUS_TDRE;
        }
        if (framingError) {
            s |= STATUS_FE;
        }
        if (overrunFlagged) {
            s |= STATUS_OVRN;
        }
        if (parityError) {
            s |= STATUS_PE;
        }
        if (interruptRequested()) {
            s |= STATUS_IRQ;
        }
        return s;
    }

    private boolean transmitRegisterEmpty() {
        return !inMasterReset && transmitter.bufferEmpty();
    }

    @Override
    protected int readDataPort() {
        int value = receiveData;
        if (overrunPending) {
            overrunPending = false;
            overrunFlagged = true;          // RDRF stays set until the overrun is reset
        } else {
            receiveFull = false;
            overrunFlagged = false;
            framingError = false;
            parityError = false;
        }
        return value;
    }

    @Override
    protected void writeControlPort(int value) {
        control = value;
        touched = true;
        if ((value & CONTROL_DIVIDE_MASK) == CONTROL_MASTER_RESET) {
            inMasterReset = true;
            receiveFull = false;
            overrunPending = false;
            overrunFlagged = false;
            framingError = false;
            parityError = false;
            transmitter.clear();
            return;
        }
        inMasterReset = false;
        transmitter.release(!isSendingBreak());
    }

    @Override
    protected void writeDataPort(int value) {
        if (inMasterReset) {
            LOG.debug("MC6850: byte ${} written while in master reset, ignored", Integer.toHexString(value));
            return;
        }
        transmitter.write(value, !isSendingBreak());
    }

    @Override
    public boolean interruptRequested() {
        if (inMasterReset) {
            return false;
        }
        boolean receiveIrq = (control & CONTROL_RIE) != 0 && (receiveFull || overrunFlagged);
        boolean transmitIrq = isTransmitInterruptEnabled() && transmitRegisterEmpty();
        return receiveIrq || transmitIrq;
    }

    /** Power-up state (see the class manual): working, control $15, untouched. */
    @Override
    public void reset() {
        inMasterReset = false;
        touched = false;
        control = POWER_UP_CONTROL;
        receiveData = 0;
        receiveFull = false;
        overrunPending = false;
        overrunFlagged = false;
        framingError = false;
        parityError = false;
        transmitter.clear();
    }

    @Override
    public boolean readyToReceive() {
        return touched && !inMasterReset && !receiveFull && !isRtsHigh();
    }

    @Override
    public boolean readyToReceive(boolean honourFlowControl) {
        return touched && !inMasterReset && !receiveFull && (!honourFlowControl || !isRtsHigh());
    }

    @Override
    public void receive(int value) {
        receiveFrame(value, false, false);
    }

    /** A received frame with line errors (simulated noise; tests). */
    void receiveFrame(int value, boolean parity, boolean framing) {
        if (inMasterReset) {
            LOG.debug("MC6850: byte received while in master reset, lost");
            return;
        }
        if (receiveFull) {
            overrunPending = true;          // the new byte is lost
            return;
        }
        receiveData = value & 0xFF;
        receiveFull = true;
        parityError = parity;
        framingError = framing;
    }

    /** The last value written to the control register. */
    public int controlRegister() {
        return control;
    }

    /** True while held in master reset (control bits 1-0 = 11 written last). */
    public boolean isInMasterReset() {
        return inMasterReset;
    }

    /** Clock divide ratio 1, 16 or 64; 0 while in master reset. */
    public int divideRatio() {
        switch (control & CONTROL_DIVIDE_MASK) {
            case CONTROL_DIVIDE_1:
                return 1;
            case CONTROL_DIVIDE_16:
                return 16;
            case CONTROL_DIVIDE_64:
                return 64;
            default:
                return 0;
        }
    }

    /** Word format from control bits 4-2, e.g. "8N1" (data bits, parity N/E/O, stop bits). */
    public String wordFormat() {
        return WORD_FORMATS[(control & CONTROL_WORD_MASK) >> CONTROL_WORD_SHIFT];
    }

    /** RTS output high (transmit control 10): the firmware holds input back. */
    public boolean isRtsHigh() {
        return (control & CONTROL_TX_MASK) == CONTROL_TX_RTS_HIGH;
    }

    /** Transmit control 01: interrupt while TDRE. */
    public boolean isTransmitInterruptEnabled() {
        return !inMasterReset && (control & CONTROL_TX_MASK) == CONTROL_TX_RTS_LOW_TIE;
    }

    /** Control bit 7: interrupt while RDRF or OVRN. */
    public boolean isReceiveInterruptEnabled() {
        return (control & CONTROL_RIE) != 0;
    }

    /** Transmit control 11: the line is held at break level. */
    public boolean isSendingBreak() {
        return !inMasterReset && (control & CONTROL_TX_MASK) == CONTROL_TX_BREAK;
    }

    @Override
    public Mc6850State saveState() {
        return new Mc6850State(control, inMasterReset, touched, receiveData, receiveFull, overrunPending,
                overrunFlagged, framingError, parityError, transmitter.heldByte());
    }

    @Override
    public void restoreState(SerialChipState state) {
        if (!(state instanceof Mc6850State s)) {
            throw new IllegalArgumentException("mc6850 cannot restore a " + state.chipName() + " state");
        }
        control = s.control() & 0xFF;
        inMasterReset = s.inMasterReset();
        touched = s.touched();
        receiveData = s.receiveData() & 0xFF;
        receiveFull = s.receiveFull();
        overrunPending = s.overrunPending();
        overrunFlagged = s.overrunFlagged();
        framingError = s.framingError();
        parityError = s.parityError();
        transmitter.restoreHeld(s.heldTransmit());
    }

    /** E.g. "MC6850 $80/$81 control $15 (/16 8N1 RTS low) status $02". */
    @Override
    public String toString() {
        String tx = inMasterReset ? "master reset"
                : isSendingBreak() ? "break" : isRtsHigh() ? "RTS high" : isTransmitInterruptEnabled() ? "RTS low, TX irq" : "RTS low";
        return String.format("MC6850 $%02X/$%02X control $%02X (/%d %s %s%s) status $%02X", controlPort(), dataPort(),
                control, divideRatio(), wordFormat(), tx, isReceiveInterruptEnabled() ? ", RX irq" : "", status());
    }
}
