package retroshield.rom;

/**
 * Which serial chip the ROM uses and how it is wired.
 *
 * @param chip            the chip ({@link ChipType#AUTO} for a bare image)
 * @param controlPort     control/status port, 0..255 (ignored for AUTO)
 * @param dataPort        data port, 0..255 (ignored for AUTO)
 * @param interruptDriven true when the chip's interrupt output (6850 /IRQ, 8251 RxRDY) is wired
 *                        to the Z80's /INT; false for polled builds, whose sketch leaves /INT
 *                        idle (needed by ROMs such as EfexMon that run EI but expect no
 *                        interrupt)
 */
public record SerialSpec(ChipType chip, int controlPort, int dataPort, boolean interruptDriven) {

    /** The chip at its usual ports. */
    public static SerialSpec standard(ChipType chip, boolean interruptDriven) {
        return new SerialSpec(chip, chip.defaultControlPort(), chip.defaultDataPort(), interruptDriven);
    }
}
