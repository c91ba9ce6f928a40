package retroshield.devices;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Drives an {@link SdCard} through its ports as firmware does; memory is a plain 64 KB array. */
final class SdCardDriver implements DmaMemory {

    final byte[] ram = new byte[0x10000];
    final SdCard card;

    SdCardDriver(java.nio.file.Path folder, SdLimits limits) {
        this.card = new SdCard(folder, limits, this);
    }

    @Override
    public int read(int address) {
        return ram[address & 0xFFFF] & 0xFF;
    }

    @Override
    public void write(int address, int value) {
        ram[address & 0xFFFF] = (byte) value;
    }

    void name(String name) {
        for (byte b : name.getBytes(StandardCharsets.ISO_8859_1)) {
            card.write(SdCard.PORT_NAME, b & 0xFF);
        }
        card.write(SdCard.PORT_NAME, 0);
    }

    int command(int command) {
        card.write(SdCard.PORT_COMMAND, command);
        return status();
    }

    /** Writes the name, then the command; returns the status. */
    int named(String name, int command) {
        name(name);
        return command(command);
    }

    int status() {
        return card.read(SdCard.PORT_STATUS);
    }

    boolean error() {
        return (status() & SdCard.STATUS_ERROR) != 0;
    }

    void put(String text) {
        for (byte b : text.getBytes(StandardCharsets.ISO_8859_1)) {
            card.write(SdCard.PORT_DATA, b & 0xFF);
        }
    }

    /** Reads as sd_getc does, until the end closes the file or listing. */
    String readToEnd() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int guard = 0; guard < 1 << 20; guard++) {
            if ((status() & SdCard.STATUS_OPEN) == 0) {
                break;
            }
            int c = card.read(SdCard.PORT_DATA);
            if (c == 0 && (status() & SdCard.STATUS_OPEN) == 0) {
                break;
            }
            out.write(c);
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    void seek(int position) {
        card.write(SdCard.PORT_SEEK_LO, position & 0xFF);
        card.write(SdCard.PORT_SEEK_HI, (position >> 8) & 0xFF);
        card.write(SdCard.PORT_SEEK_EX, (position >> 16) & 0xFF);
    }

    void dma(int address) {
        card.write(SdCard.PORT_DMA_LO, address & 0xFF);
        card.write(SdCard.PORT_DMA_HI, address >> 8);
    }

    int block(int direction) {
        card.write(SdCard.PORT_BLOCK, direction);
        return card.read(SdCard.PORT_BLOCK);
    }
}
