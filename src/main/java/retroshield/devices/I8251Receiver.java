package retroshield.devices;

import static retroshield.devices.I8251Usart.STATUS_FE;
import static retroshield.devices.I8251Usart.STATUS_OE;
import static retroshield.devices.I8251Usart.STATUS_PE;
import static retroshield.devices.I8251Usart.STATUS_RXRDY;
import static retroshield.devices.I8251Usart.STATUS_SYNDET;

/**
 * The receive side of an {@link I8251Usart}: the receive buffer, RxRDY, the error flags and
 * sync hunting. The chip decides whether the receiver is enabled; this class only handles
 * the bytes that reach it. Fields are package-visible for the chip's snapshots.
 */
final class I8251Receiver {

    int data;
    boolean ready;
    boolean parityError;
    boolean overrunError;
    boolean framingError;
    boolean syncDetected;
    boolean hunting;
    boolean firstSyncSeen;

    /**
     * A byte arrives. While hunting it is compared with the sync character(s) and dropped;
     * otherwise it lands in the buffer, replacing an unread byte (OE). Error flags are sticky
     * until {@link #errorReset()}.
     */
    void accept(int value, boolean parity, boolean framing, I8251Mode mode, int firstSync, int secondSync) {
        int b = value & 0xFF;
        if (hunting) {
            if (mode.singleSync() ? b == firstSync : firstSyncSeen && b == secondSync) {
                hunting = false;
                syncDetected = true;
            } else {
                firstSyncSeen = b == firstSync;
            }
            return;
        }
        if (ready) {
            overrunError = true;
        }
        data = b;
        ready = true;
        parityError |= parity;
        framingError |= framing;
    }

    /** The firmware reads the data port: RxRDY drops. */
    int read() {
        ready = false;
        return data;
    }

    /** RxRDY, PE, OE, FE and SYNDET as status bits. */
    int statusBits() {
        return (ready ? STATUS_RXRDY : 0) | (parityError ? STATUS_PE : 0) | (overrunError ? STATUS_OE : 0)
                | (framingError ? STATUS_FE : 0) | (syncDetected ? STATUS_SYNDET : 0);
    }

    /** The firmware read the status: internal SYNDET is reset by that. */
    void statusRead(I8251Mode mode) {
        if (mode.isSync() && !mode.externalSync()) {
            syncDetected = false;
        }
    }

    /** Command ER: clears PE, OE and FE. */
    void errorReset() {
        parityError = false;
        overrunError = false;
        framingError = false;
    }

    /** Command EH: hunt for the sync character(s). */
    void enterHunt() {
        hunting = true;
        firstSyncSeen = false;
        syncDetected = false;
    }

    /** Internal or hardware reset: flags cleared, the last byte kept. */
    void reset() {
        ready = false;
        errorReset();
        syncDetected = false;
        hunting = false;
        firstSyncSeen = false;
    }
}
