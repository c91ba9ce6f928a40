package retroshield.devices;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Intel 8251A USART (universal synchronous/asynchronous receiver/transmitter), as the
 * RetroShield's Arduino presents it to the Z80.
 *
 * <h2>Port map (low byte of the port address; usually $00 and $01)</h2>
 * <pre>
 *   dataPort     write: transmit data         read: received data
 *   controlPort  write: mode / sync / command read: status
 * </pre>
 *
 * <h2>Control writes: a small state machine</h2>
 * After a hardware {@link #reset()} or an internal reset (command bit 6) the next control write
 * is a <b>mode instruction</b>. Async mode (baud factor bits 1-0 not 00) goes straight to
 * command mode. Sync mode (bits 1-0 = 00) takes one sync character (mode bit 7 = 1) or two
 * (bit 7 = 0) before command mode. Every later control write is a <b>command</b>. (This is why
 * firmware writes 0, 0, 0, $40 to reach a known state: from any state it ends in an internal
 * reset.)
 * <pre>
 * Mode instruction: see {@link I8251Mode}
 * Command
 *   bit 0 TxEN  transmit enable      bit 4 ER   error reset (clears PE, OE, FE; one-shot)
 *   bit 1 DTR   data terminal ready  bit 5 RTS  request to send
 *   bit 2 RxE   receive enable       bit 6 IR   internal reset (back to mode instruction)
 *   bit 3 SBRK  send break           bit 7 EH   enter hunt mode (sync mode only)
 * Status
 *   bit 0 TxRDY    transmit buffer empty   bit 4 OE   overrun error
 *   bit 1 RxRDY    a received byte waits   bit 5 FE   framing error (async)
 *   bit 2 TxEMPTY  transmitter idle        bit 6 SYNDET (sync) / BRKDET (async, always 0)
 *   bit 3 PE       parity error            bit 7 DSR  DSR input asserted (always 1)
 * </pre>
 *
 * <h2>Interrupt</h2>
 * On the RetroShield the RxRDY output drives the Z80's /INT, so {@link #interruptRequested()}
 * is RxRDY: asserted while a received byte waits, cleared by reading the data port.
 *
 * <h2>Before the first command: the RetroShield sketch's defaults</h2>
 * On a real 8251 the command register is 0 after reset, so nothing is sent or received until
 * firmware writes a command. The RetroShield's "chip" is the Arduino sketch, which starts with
 * command $27 (TxEN, DTR, RxE, RTS) and ignores later commands. This model uses
 * $27 ({@link #SKETCH_POWER_UP_COMMAND}) as the command in force until the firmware writes its
 * first command after a reset; from then on the written command rules, as on the chip. So
 * firmware written for the sketch that never writes a command (or writes it only after the
 * first byte came in) works, and firmware that does write one gets datasheet behaviour.
 * {@link #setSketchCompatible(boolean)} goes further and ignores RxE and TxEN altogether, as
 * the sketch does. {@link #commandRegister()} shows what was written (0 after reset).
 * One guard: after a reset no byte is offered until the firmware has written a command or read
 * either port, so a key typed during start-up is not delivered between the firmware's
 * "0, 0, 0" and its internal reset, which would wipe it.
 *
 * <h2>Receive</h2>
 * As the datasheet says, the receiver only assembles bytes (and sets RxRDY) while RxE is set.
 * {@link #readyToReceive()} is therefore "RxE in force, RTS asserted and RxRDY clear": RTS
 * (command bit 5) is the firmware's flow control, as on the 6850 model, and bytes the host has
 * queued while the firmware has the receiver off or RTS dropped wait in the host's queue and
 * are not lost.
 * A byte arriving while RxRDY is still set replaces the unread one and sets OE. In sync mode
 * after EH the receiver hunts: bytes are compared with the sync character(s) and dropped until
 * they match, then SYNDET is set (and cleared again by a status read).
 *
 * <h2>Transmit</h2>
 * The status bit TxRDY reports only that the transmit buffer is empty; per the datasheet it is
 * not conditioned by TxEN or CTS (the TxRDY <em>pin</em> is; it is not wired on the
 * RetroShield). A byte written while TxEN is off or SBRK is set is held in the buffer
 * (TxRDY 0; a later write replaces it) and sent when TxEN is on and SBRK cleared. CTS is
 * always asserted. Otherwise a written byte goes to the transmit listener at once; with a
 * character time ({@link #setCharacterTime(long)}) TxEMPTY stays 0 while a byte is on the line
 * and TxRDY goes 0 when a second byte waits behind it.
 */
public final class I8251Usart extends TwoPortSerialChip {

    private static final Logger LOG = LoggerFactory.getLogger(I8251Usart.class);

    /** Status bit 0: transmit buffer empty. */
    public static final int STATUS_TXRDY = 0x01;
    /** Status bit 1: a received byte is ready. */
    public static final int STATUS_RXRDY = 0x02;
    /** Status bit 2: transmitter empty (nothing on the line). */
    public static final int STATUS_TXEMPTY = 0x04;
    /** Status bit 3: parity error. */
    public static final int STATUS_PE = 0x08;
    /** Status bit 4: overrun error. */
    public static final int STATUS_OE = 0x10;
    /** Status bit 5: framing error. */
    public static final int STATUS_FE = 0x20;
    /** Status bit 6: sync detected (sync mode) or break detected (async mode). */
    public static final int STATUS_SYNDET = 0x40;
    /** Status bit 7: DSR input asserted. */
    public static final int STATUS_DSR = 0x80;

    /** Command bit 0: transmit enable. */
    public static final int COMMAND_TXEN = 0x01;
    /** Command bit 1: data terminal ready. */
    public static final int COMMAND_DTR = 0x02;
    /** Command bit 2: receive enable. */
    public static final int COMMAND_RXE = 0x04;
    /** Command bit 3: send break. */
    public static final int COMMAND_SBRK = 0x08;
    /** Command bit 4: error reset. */
    public static final int COMMAND_ER = 0x10;
    /** Command bit 5: request to send. */
    public static final int COMMAND_RTS = 0x20;
    /** Command bit 6: internal reset. */
    public static final int COMMAND_IR = 0x40;
    /** Command bit 7: enter hunt mode. */
    public static final int COMMAND_EH = 0x80;

    /** The command in force until the firmware writes one: the sketch's TxEN, DTR, RxE, RTS. */
    public static final int SKETCH_POWER_UP_COMMAND = 0x27;

    /** What the next control write means. */
    public enum ControlState { MODE, FIRST_SYNC, SECOND_SYNC, COMMAND }

    private boolean sketchCompatible;

    private ControlState state;
    private I8251Mode mode;
    private int firstSync;
    private int secondSync;
    private int command;
    private boolean commandWritten;
    private final I8251Receiver receiver = new I8251Receiver();

    /**
     * @param dataPort    port (low byte) of the data register, usually $00
     * @param controlPort port (low byte) of the control/status register, usually $01
     */
    public I8251Usart(int dataPort, int controlPort) {
        super("8251", controlPort, dataPort);
        reset();
    }

    @Override
    public String chipName() {
        return "i8251";
    }

    @Override
    protected int readControlPort() {
        int s = status();
        receiver.statusRead(mode);       // internal SYNDET is reset by reading status
        return s;
    }

    @Override
    protected int readDataPort() {
        return receiver.read();
    }

    /** The status register, without the side effect a firmware read has on SYNDET. */
    public int status() {
        int s = STATUS_DSR;
        if (transmitter.bufferEmpty()) {
            s |= STATUS_TXRDY;
        }
        if (transmitter.idle()) {
            s |= STATUS_TXEMPTY;
        }
        return s | receiver.statusBits();
    }

    @Override
    protected void writeControlPort(int value) {
        switch (state) {
            case MODE -> {
                mode = new I8251Mode(value);
                state = mode.isSync() ? ControlState.FIRST_SYNC : ControlState.COMMAND;
            }
            case FIRST_SYNC -> {
                firstSync = value;
                state = mode.singleSync() ? ControlState.COMMAND : ControlState.SECOND_SYNC;
            }
            case SECOND_SYNC -> {
                secondSync = value;
                state = ControlState.COMMAND;
            }
            case COMMAND -> writeCommand(value);
        }
    }

    private void writeCommand(int value) {
        if ((value & COMMAND_IR) != 0) {
            internalReset();
            return;
        }
        command = value & ~(COMMAND_ER | COMMAND_EH | COMMAND_IR);
        commandWritten = true;
        touched = true;
        if ((value & COMMAND_ER) != 0) {
            receiver.errorReset();
        }
        if ((value & COMMAND_EH) != 0 && mode.isSync()) {
            receiver.enterHunt();
        }
        transmitter.release(transmitterRunning());
    }

    @Override
    protected void writeDataPort(int value) {
        transmitter.write(value, transmitterRunning());
    }

    /** The command the chip acts on (see "Before the first command" in the class manual). */
    private int commandInForce() {
        return commandWritten ? command : SKETCH_POWER_UP_COMMAND;
    }

    private boolean transmitterRunning() {
        int c = commandInForce();
        return (sketchCompatible || (c & COMMAND_TXEN) != 0) && (c & COMMAND_SBRK) == 0;
    }

    @Override
    public boolean interruptRequested() {
        return receiver.ready;
    }

    /** Hardware reset: the next control write is a mode instruction. */
    @Override
    public void reset() {
        internalReset();
        mode = new I8251Mode(0);
        firstSync = 0;
        secondSync = 0;
        receiver.data = 0;
    }

    private void internalReset() {
        state = ControlState.MODE;
        command = 0;
        commandWritten = false;
        touched = false;
        receiver.reset();
        transmitter.clear();
    }

    @Override
    public boolean readyToReceive() {
        return touched && receiverEnabled() && rtsAsserted() && !receiver.ready;
    }

    /** RTS is the firmware's flow control: the host sends only while it is asserted. */
    private boolean rtsAsserted() {
        return sketchCompatible || (commandInForce() & COMMAND_RTS) != 0;
    }

    /** Pacing "none": the receiver's own readiness, without any RTS handshake. */
    @Override
    public boolean readyToReceive(boolean honourFlowControl) {
        return honourFlowControl ? readyToReceive() : touched && receiverEnabled() && !receiver.ready;
    }

    private boolean receiverEnabled() {
        return sketchCompatible || (commandInForce() & COMMAND_RXE) != 0;
    }

    @Override
    public void receive(int value) {
        receiveFrame(value, false, false);
    }

    /** A received frame with line errors (simulated noise; tests). */
    void receiveFrame(int value, boolean parity, boolean framing) {
        if (!receiverEnabled()) {
            LOG.debug("8251: byte received while the receiver is disabled, lost");
            return;
        }
        receiver.accept(value, parity, framing, mode, firstSync, secondSync);
    }

    /**
     * Act like the RetroShield Arduino sketch, which receives and transmits whatever the
     * command register says (RxE and TxEN ignored). Default false: datasheet behaviour once
     * the firmware has written a command.
     */
    public void setSketchCompatible(boolean compatible) {
        sketchCompatible = compatible;
    }

    /** What the next control write means. */
    public ControlState controlState() {
        return state;
    }

    /** The last mode instruction (0, i.e. sync mode, after a hardware reset). */
    public I8251Mode mode() {
        return mode;
    }

    /** True once the firmware has written a command since the last reset. */
    public boolean isCommandWritten() {
        return commandWritten;
    }

    /** The command register as written (without the one-shot bits ER, IR and EH); 0 after reset. */
    public int commandRegister() {
        return command;
    }

    /** The sync characters (second is 0 in single-sync mode). */
    public int firstSyncCharacter() {
        return firstSync;
    }

    public int secondSyncCharacter() {
        return secondSync;
    }

    /** True while the receiver hunts for sync characters. */
    public boolean isHunting() {
        return receiver.hunting;
    }

    /** The following report the command in force (the sketch's $27 before the first command). */
    public boolean isTransmitterEnabled() {
        return (commandInForce() & COMMAND_TXEN) != 0;
    }

    public boolean isReceiverEnabled() {
        return (commandInForce() & COMMAND_RXE) != 0;
    }

    public boolean isDtrActive() {
        return (commandInForce() & COMMAND_DTR) != 0;
    }

    public boolean isRtsActive() {
        return (commandInForce() & COMMAND_RTS) != 0;
    }

    public boolean isSendingBreak() {
        return (commandInForce() & COMMAND_SBRK) != 0;
    }

    @Override
    public I8251State saveState() {
        I8251Receiver r = receiver;
        return new I8251State(state, mode.value(), firstSync, secondSync, command, commandWritten, touched, r.data,
                r.ready, r.parityError, r.overrunError, r.framingError, r.syncDetected, r.hunting, r.firstSyncSeen,
                transmitter.heldByte());
    }

    @Override
    public void restoreState(SerialChipState saved) {
        if (!(saved instanceof I8251State s)) {
            throw new IllegalArgumentException("i8251 cannot restore a " + saved.chipName() + " state");
        }
        state = s.controlState();
        mode = new I8251Mode(s.mode() & 0xFF);
        firstSync = s.firstSync() & 0xFF;
        secondSync = s.secondSync() & 0xFF;
        command = s.command() & 0xFF;
        commandWritten = s.commandWritten();
        touched = s.touched();
        receiver.data = s.receiveData() & 0xFF;
        receiver.ready = s.rxReady();
        receiver.parityError = s.parityError();
        receiver.overrunError = s.overrunError();
        receiver.framingError = s.framingError();
        receiver.syncDetected = s.syncDetected();
        receiver.hunting = s.hunting();
        receiver.firstSyncSeen = s.firstSyncSeen();
        transmitter.restoreHeld(s.heldTransmit());
    }

    /** E.g. "8251 $00/$01 async x16 8N1 command $37 status $85". */
    @Override
    public String toString() {
        String cmd = commandWritten ? String.format("command $%02X", command) : "no command yet";
        return String.format("8251 $%02X/$%02X %s%s %s status $%02X", dataPort(), controlPort(),
                state == ControlState.MODE ? "awaiting mode, " : "", mode, cmd, status());
    }
}
