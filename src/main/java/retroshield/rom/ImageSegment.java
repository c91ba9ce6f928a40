package retroshield.rom;

/**
 * A run of image bytes at consecutive addresses.
 *
 * @param address the address of the first byte
 * @param bytes   the bytes (not copied: treat as read-only)
 */
public record ImageSegment(int address, byte[] bytes) {

    /** The last address covered. */
    public int end() {
        return address + bytes.length - 1;
    }
}
