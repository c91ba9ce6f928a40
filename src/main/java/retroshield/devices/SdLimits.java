package retroshield.devices;

/**
 * What an {@link SdCard} lets firmware store in its folder, so a runaway program cannot fill
 * the host's disk. A write, create or seek beyond a limit fails with the error status.
 *
 * @param maxFileBytes  largest size of one file (the 24-bit seek position reaches 16 MiB)
 * @param maxFiles      most files in the folder (a create of a new file beyond it fails)
 * @param maxTotalBytes most bytes of all files of the folder together
 */
public record SdLimits(long maxFileBytes, int maxFiles, long maxTotalBytes) {

    /** 16 MiB per file, 512 files, 64 MiB in all. */
    public static final SdLimits DEFAULT = new SdLimits(16L << 20, 512, 64L << 20);

    public SdLimits {
        if (maxFileBytes < 0 || maxFiles < 0 || maxTotalBytes < 0) {
            throw new IllegalArgumentException("SD card limits must not be negative");
        }
    }
}
