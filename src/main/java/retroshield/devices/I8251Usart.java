package retroshield.devices;

import java.util.Objects;
import java.util.function.IntConsumer;
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
 * Mode instruction
 *   bits 1-0  baud factor   00 sync mode  01 x1  10 x16  11 x64
 *   bits 3-2  character length   00 5 bits  01 6  10 7  11 8
 *   bit 4     parity enable      bit 5  even parity (1) / odd (0)
 *   bits 7-6  async: stop bits   01 1  10 1.5  11 2
 *             sync:  bit 6 external sync detect, bit 7 single sync character
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
 * <h2>Receive</h2>
 * As the datasheet says, the receiver only assembles bytes (and sets RxRDY) while RxE is set.
 * {@link #readyToReceive()} is therefore "RxE set and RxRDY clear": bytes the host has queued
 * before the firmware enables the receiver wait in the host's queue, so firmware that writes
 * its command only after the first key press still gets every byte. Firmware written for the
 * lenient Arduino sketch that never sets RxE can be served with
 * {@link #setReceiverAlwaysEnabled(boolean)}. A byte arriving while RxRDY is still set replaces
 * the unread one and sets OE. In sync mode after EH the receiver hunts: bytes are compared
 * with the sync character(s) and dropped until they match, then SYNDET is set (and cleared
 * again by a status read).
 *
 * <h2>Transmit</h2>
 * The status bit TxRDY reports only that the transmit buffer is empty; per the datasheet it is
 * not conditioned by TxEN or CTS (the TxRDY <em>pin</em> is; it is not wired on the
 * RetroShield). A byte written while TxEN is clear or SBRK is set is held in the buffer
 * (TxRDY 0; a later write replaces it) and sent when TxEN is set and SBRK cleared. CTS is
 * always asserted. Otherwise a written byte goes to the transmit listener at once; with a
 * character time ({@link #setCharacterTime(long)}) TxEMPTY stays 0 while a byte is on the line
 * and TxRDY goes 0 when a second byte waits behind it.
 */
public final class I8251Usart implements SerialDevice {

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

    /** Mode bits 1-0: baud rate factor; 00 = sync mode. */
    public static final int MODE_BAUD_MASK = 0x03;
    /** Mode baud factor 00: synchronous mode. */
    public static final int MODE_SYNC = 0x00;
    /** Mode baud factor 01: async x1. */
    public static final int MODE_BAUD_X1 = 0x01;
    /** Mode baud factor 10: async x16. */
    public static final int MODE_BAUD_X16 = 0x02;
    /** Mode baud factor 11: async x64. */
    public static final int MODE_BAUD_X64 = 0x03;
    /** Mode bits 3-2: character length (5 + value). */
    public static final int MODE_LENGTH_MASK = 0x0C;
    /** Mode bit 4: parity enable. */
    public static final int MODE_PARITY_ENABLE = 0x10;
    /** Mode bit 5: even parity. */
    public static final int MODE_PARITY_EVEN = 0x20;
    /** Mode bits 7-6 in async mode: stop bits (01 1, 10 1.5, 11 2). */
    public static final int MODE_STOP_MASK = 0xC0;
    /** Mode bit 6 in sync mode: external sync detect. */
    public static final int MODE_EXTERNAL_SYNC = 0x40;
    /** Mode bit 7 in sync mode: single sync character. */
    public static final int MODE_SINGLE_SYNC = 0x80;

    /** What the next control write means. */
    public enum ControlState { MODE, FIRST_SYNC, SECOND_SYNC, COMMAND }

    private static final int NO_BYTE = -1;

    private final int dataPort;
    private final int controlPort;
    private final TransmitTiming timing = new TransmitTiming();
    private IntConsumer transmitListener = b -> { };
    private boolean receiverAlwaysEnabled;

    private ControlState state;
    private int mode;
    private int firstSync;
    private int secondSync;
    private int command;
    private int receiveData;
    private boolean rxReady;
    private boolean parityError;
    private boolean overrunError;
    private boolean framingError;
    private boolean syncDetected;
    private boolean hunting;
    private boolean firstSyncSeen;
    private int heldTransmit = NO_BYTE;

    /**
     * @param dataPort    port (low byte) of the data register, usually $00
     * @param controlPort port (low byte) of the control/status register, usually $01
     */
    public I8251Usart(int dataPort, int controlPort) {
        this.dataPort = dataPort & 0xFF;
        this.controlPort = controlPort & 0xFF;
        if (this.controlPort == this.dataPort) {
            throw new IllegalArgumentException("8251 control and data port must differ, both are "
                    + String.format("$%02X", this.controlPort));
        }
        reset();
    }

    public int dataPort() {
        return dataPort;
    }

    public int controlPort() {
        return controlPort;
    }

    @Override
    public String chipName() {
        return "i8251";
    }

    @Override
    public boolean answers(int port) {
        int p = port & 0xFF;
        return p == controlPort || p == dataPort;
    }

    @Override
    public int read(int port) {
        if ((port & 0xFF) == controlPort) {
            int s = status();
            if (isSyncMode() && (mode & MODE_EXTERNAL_SYNC) == 0) {
                syncDetected = false;        // internal SYNDET is reset by reading status
            }
            return s;
        }
        rxReady = false;
        return receiveData;
    }

    @Override
    public void write(int port, int value) {
        if ((port & 0xFF) == controlPort) {
            writeControl(value & 0xFF);
        } else {
            writeData(value & 0xFF);
        }
    }

    /** The status register, without the side effect a firmware read has on SYNDET. */
    public int status() {
        int s = STATUS_DSR;
        boolean bufferEmpty = heldTransmit == NO_BYTE && timing.bufferEmpty();
        if (bufferEmpty) {
            s |= STATUS_TXRDY;
        }
        if (rxReady) {
            s |= STATUS_RXRDY;
        }
        if (bufferEmpty && timing.idle()) {
            s |= STATUS_TXEMPTY;
        }
        if (parityError) {
            s |= STATUS_PE;
        }
        if (overrunError) {
            s |= STATUS_OE;
        }
        if (framingError) {
            s |= STATUS_FE;
        }
        if (syncDetected) {
            s |= STATUS_SYNDET;
        }
        return s;
    }

    private void writeControl(int value) {
        switch (state) {
            case MODE -> {
                mode = value;
                state = isSyncMode() ? ControlState.FIRST_SYNC : ControlState.COMMAND;
            }
            case FIRST_SYNC -> {
                firstSync = value;
                state = (mode & MODE_SINGLE_SYNC) != 0 ? ControlState.COMMAND : ControlState.SECOND_SYNC;
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
        if ((value & COMMAND_ER) != 0) {
            parityError = false;
            overrunError = false;
            framingError = false;
        }
        if ((value & COMMAND_EH) != 0 && isSyncMode()) {
            hunting = true;
            firstSyncSeen = false;
            syncDetected = false;
        }
        releaseHeldTransmit();
    }

    private void writeData(int value) {
        if (!transmitterRunning()) {
            heldTransmit = value;
            return;
        }
        transmit(value);
    }

    private boolean transmitterRunning() {
        return (command & COMMAND_TXEN) != 0 && (command & COMMAND_SBRK) == 0;
    }

    private void releaseHeldTransmit() {
        if (heldTransmit != NO_BYTE && transmitterRunning()) {
            int b = heldTransmit;
            heldTransmit = NO_BYTE;
            transmit(b);
        }
    }

    private void transmit(int value) {
        timing.startCharacter();
        transmitListener.accept(value);
    }

    @Override
    public boolean interruptRequested() {
        return rxReady;
    }

    /** Hardware reset: the next control write is a mode instruction. */
    @Override
    public void reset() {
        internalReset();
        mode = 0;
        firstSync = 0;
        secondSync = 0;
        receiveData = 0;
    }

    private void internalReset() {
        state = ControlState.MODE;
        command = 0;
        rxReady = false;
        parityError = false;
        overrunError = false;
        framingError = false;
        syncDetected = false;
        hunting = false;
        firstSyncSeen = false;
        heldTransmit = NO_BYTE;
        timing.clear();
    }

    @Override
    public boolean readyToReceive() {
        return receiverEnabled() && !rxReady;
    }

    private boolean receiverEnabled() {
        return receiverAlwaysEnabled || (command & COMMAND_RXE) != 0;
    }

    @Override
    public void receive(int value) {
        receiveFrame(value, false, false);
    }

    /** A received frame with line errors (simulated noise; tests). */
    void receiveFrame(int value, boolean parity, boolean framing) {
        int b = value & 0xFF;
        if (!receiverEnabled()) {
            LOG.debug("8251: byte received while the receiver is disabled, lost");
            return;
        }
        if (hunting) {
            hunt(b);
            return;
        }
        if (rxReady) {
            overrunError = true;             // the unread byte is overwritten
        }
        receiveData = b;
        rxReady = true;
        parityError |= parity;
        framingError |= framing;
    }

    private void hunt(int b) {
        boolean single = (mode & MODE_SINGLE_SYNC) != 0;
        if (single ? b == firstSync : firstSyncSeen && b == secondSync) {
            hunting = false;
            syncDetected = true;
            return;
        }
        firstSyncSeen = b == firstSync;
    }

    @Override
    public void setTransmitListener(IntConsumer listener) {
        transmitListener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public void tick(long cpuCycles) {
        timing.tick(cpuCycles);
    }

    @Override
    public void setCharacterTime(long cpuCyclesPerCharacter) {
        timing.setCharacterTime(cpuCyclesPerCharacter);
    }

    /**
     * Serve firmware that reads bytes without ever setting RxE (the Arduino sketch does not
     * check it). Default false: the receiver works only while RxE is set, as on the chip.
     */
    public void setReceiverAlwaysEnabled(boolean alwaysEnabled) {
        receiverAlwaysEnabled = alwaysEnabled;
    }

    /** What the next control write means. */
    public ControlState controlState() {
        return state;
    }

    /** The last mode instruction. */
    public int modeRegister() {
        return mode;
    }

    /** The command register (without the one-shot bits ER, IR and EH). */
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

    /** Sync mode (mode bits 1-0 = 00). */
    public boolean isSyncMode() {
        return (mode & MODE_BAUD_MASK) == MODE_SYNC;
    }

    /** Baud factor 1, 16 or 64; 0 in sync mode. */
    public int baudFactor() {
        switch (mode & MODE_BAUD_MASK) {
            case MODE_BAUD_X1:
                return 1;
            case MODE_BAUD_X16:
                return 16;
            case MODE_BAUD_X64:
                return 64;
            default:
                return 0;
        }
    }

    /** Data bits per character, 5 to 8. */
    public int characterLength() {
        return 5 + ((mode & MODE_LENGTH_MASK) >> 2);
    }

    /** True while the receiver hunts for sync characters. */
    public boolean isHunting() {
        return hunting;
    }

    public boolean isTransmitterEnabled() {
        return (command & COMMAND_TXEN) != 0;
    }

    public boolean isReceiverEnabled() {
        return (command & COMMAND_RXE) != 0;
    }

    public boolean isDtrActive() {
        return (command & COMMAND_DTR) != 0;
    }

    public boolean isRtsActive() {
        return (command & COMMAND_RTS) != 0;
    }

    public boolean isSendingBreak() {
        return (command & COMMAND_SBRK) != 0;
    }
}
