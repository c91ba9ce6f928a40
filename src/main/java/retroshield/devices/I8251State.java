package retroshield.devices;

/**
 * The registers of an {@link I8251Usart}.
 *
 * @param controlState   what the next control write means
 * @param mode           last mode instruction
 * @param firstSync      first sync character
 * @param secondSync     second sync character
 * @param command        command register as written
 * @param commandWritten a command was written since the last reset
 * @param touched        a command was written or a port read since the last reset
 * @param receiveData    the receive buffer
 * @param rxReady        RxRDY
 * @param parityError    PE
 * @param overrunError   OE
 * @param framingError   FE
 * @param syncDetected   SYNDET
 * @param hunting        hunting for sync characters
 * @param firstSyncSeen  while hunting with two sync characters, the first was just seen
 * @param heldTransmit   byte held while the transmitter is off, or -1
 */
public record I8251State(I8251Usart.ControlState controlState, int mode, int firstSync, int secondSync,
        int command, boolean commandWritten, boolean touched, int receiveData, boolean rxReady, boolean parityError,
        boolean overrunError, boolean framingError, boolean syncDetected, boolean hunting,
        boolean firstSyncSeen, int heldTransmit) implements SerialChipState {

    /** The control state must be given (what the next control write means). */
    public I8251State {
        if (controlState == null) {
            throw new IllegalArgumentException("8251 state: control state missing");
        }
    }

    @Override
    public String chipName() {
        return "i8251";
    }
}
