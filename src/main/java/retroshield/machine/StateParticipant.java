package retroshield.machine;

/**
 * A device that keeps its own part of a machine snapshot (e.g. an SD card interface), added
 * with {@link Machine#addStateParticipant(StateParticipant)}. Its bytes are opaque to the
 * machine: the device chooses the format and should put its own version number first.
 *
 * <p>Restoring is in two steps so that a bad save state never leaves a half-loaded machine:
 * {@link #prepareRestore(byte[])} checks the bytes without changing anything and returns the
 * action that applies them; the machine runs the actions only once every part has been checked.
 */
public interface StateParticipant {

    /** A short unique key for this device's part of the snapshot, e.g. "sdcard". */
    String stateKey();

    /** The device's state now. */
    byte[] saveState();

    /**
     * Checks {@code data} (from {@link #saveState()}, maybe of an older version or damaged)
     * and returns what applies it. Must not change the device.
     *
     * @throws IllegalArgumentException naming what is wrong with the data
     */
    Runnable prepareRestore(byte[] data);
}
