package retroshield.devices;

/**
 * The registers of an {@link Mc6850Acia}.
 *
 * @param control        last control word written
 * @param inMasterReset  held in master reset
 * @param touched        the firmware has written control or read a port since power-up
 * @param receiveData    the RDR
 * @param receiveFull    RDRF
 * @param overrunPending a byte was lost, OVRN shows after the next data read
 * @param overrunFlagged OVRN
 * @param framingError   FE
 * @param parityError    PE
 * @param heldTransmit   byte held during break mode, or -1
 */
public record Mc6850State(int control, boolean inMasterReset, boolean touched, int receiveData, boolean receiveFull,
        boolean overrunPending, boolean overrunFlagged, boolean framingError, boolean parityError,
        int heldTransmit) implements SerialChipState {

    @Override
    public String chipName() {
        return "mc6850";
    }
}
