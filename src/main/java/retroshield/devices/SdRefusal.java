package retroshield.devices;

/**
 * Why the SD card refused a name or an operation (reported through the error status bit).
 * Firmware can provoke these at every port access, so they carry no stack trace.
 */
public final class SdRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    public SdRefusal(String message) {
        super(message, null, false, false);
    }
}
