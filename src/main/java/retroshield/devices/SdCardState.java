package retroshield.devices;

/**
 * The registers of an {@link SdCard}, for save states. The files themselves stay in the host
 * folder; an open file is remembered by name, mode and position and opened again on restore.
 *
 * @param name        file name characters written to $13 so far
 * @param nameEnded   a 0 ended the name (the next character starts a new one)
 * @param openName    the open file's name in the folder, or null
 * @param openMode    the command that opened it ($01, $02, $03 or $07), 0 if none
 * @param position    read/write position in the open file
 * @param listing     the directory listing being read (ISO-8859-1 text), or null
 * @param listingPos  next byte of the listing
 * @param status      status bits 0 and 1
 * @param seek        the 24-bit seek position from $14/$15/$19
 * @param dma         the DMA address from $16/$17
 * @param blockStatus result of the last block transfer (0 = success)
 */
public record SdCardState(String name, boolean nameEnded, String openName, int openMode,
        long position, String listing, int listingPos, int status, int seek, int dma,
        int blockStatus) {

    /** The state after power-on or reset. */
    public static final SdCardState RESET = new SdCardState("", false, null, 0, 0, null, 0,
            SdCard.STATUS_READY, 0, SdCard.DEFAULT_DMA, 0);
}
