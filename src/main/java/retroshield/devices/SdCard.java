package retroshield.devices;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SD card on the RetroShield's I/O ports $10-$19, backed by a folder of the host, with the
 * protocol of the other RetroShield emulator (so firmware written for it runs unchanged) and a
 * guard that keeps firmware inside the folder ({@link SdFolder}) and within {@link SdLimits}.
 *
 * <h2>Port map</h2>
 * <pre>
 *   $10 write  command (below)
 *   $11 read   status: bit 0 ready (always 1), bit 1 error, bit 7 a file or a listing is open
 *   $12 read   next byte of the open file or listing; 0 at the end, which also closes it
 *              (and reads 0 with the error bit set when nothing is open)
 *       write  the byte goes to the open file at its position (error bit if none, if it was
 *              opened for reading only, or past a limit)
 *   $13 write  file name characters; 0 ends the name, the next character starts a new one
 *   $14 $15 $19 write  seek position bits 0-7, 8-15, 16-23
 *   $16 $17 write      DMA address low, high (default $0080)
 *   $18 write  0: read 128 bytes from the file to memory at the DMA address, zeros past the
 *              end of the file; 1: write 128 bytes from memory to the file; the position
 *              advances by 128 either way
 *       read   0 if the last block transfer succeeded, 1 if not (no file, read-only, limit,
 *              host error), 2 after a block command other than 0 or 1
 *   other ports of the range read $FF
 * </pre>
 *
 * <h2>Commands ($10)</h2>
 * <pre>
 *   $01 open the named file for reading        $02 create it (truncate if it exists)
 *   $03 open it for appending (created if missing)  $04 seek to the start
 *   $05 close the file and the listing          $06 start a directory listing ("NAME" CR LF each)
 *   $07 open it for reading and writing         $08, $09 seek to the seek position
 *   $0A delete the named file (this project's extension)
 * </pre>
 * A command that succeeds leaves the status at ready ($01); one that fails (missing or refused
 * name, no open file, seek past the end of a read-only file or past the size limit, unknown
 * command) sets ready and error ($03). The name is cleared after every command that uses it.
 * Opening a file or starting a listing closes what was open before.
 *
 * <p>{@link #state()} and {@link #restore(SdCardState)} copy the registers for save states.
 */
public final class SdCard implements IoDevice {

    private static final Logger LOG = LoggerFactory.getLogger(SdCard.class);

    public static final int PORT_COMMAND = 0x10;
    public static final int PORT_STATUS = 0x11;
    public static final int PORT_DATA = 0x12;
    public static final int PORT_NAME = 0x13;
    public static final int PORT_SEEK_LO = 0x14;
    public static final int PORT_SEEK_HI = 0x15;
    public static final int PORT_DMA_LO = 0x16;
    public static final int PORT_DMA_HI = 0x17;
    public static final int PORT_BLOCK = 0x18;
    public static final int PORT_SEEK_EX = 0x19;

    public static final int CMD_OPEN_READ = 0x01;
    public static final int CMD_CREATE = 0x02;
    public static final int CMD_APPEND = 0x03;
    public static final int CMD_SEEK_START = 0x04;
    public static final int CMD_CLOSE = 0x05;
    public static final int CMD_DIRECTORY = 0x06;
    public static final int CMD_OPEN_READ_WRITE = 0x07;
    public static final int CMD_SEEK = 0x08;
    public static final int CMD_SEEK_16 = 0x09;
    public static final int CMD_DELETE = 0x0A;

    public static final int STATUS_READY = 0x01;
    public static final int STATUS_ERROR = 0x02;
    public static final int STATUS_OPEN = 0x80;

    public static final int BLOCK_SIZE = 128;
    public static final int DEFAULT_DMA = 0x0080;
    public static final int BLOCK_OK = 0;
    public static final int BLOCK_FAILED = 1;
    public static final int BLOCK_BAD_COMMAND = 2;
    /** Name characters kept; a longer name is refused. */
    private static final int NAME_BUFFER = 256;

    private final SdFolder folder;
    private final DmaMemory memory;
    private final StringBuilder name = new StringBuilder();
    private boolean nameEnded;
    private SdOpenFile file;
    private byte[] listing;
    private int listingPos;
    private int status = STATUS_READY;
    private int seek;
    private int dma = DEFAULT_DMA;
    private int blockStatus;
    private String lastRefusal;

    public SdCard(SdFolder folder, DmaMemory memory) {
        this.folder = folder;
        this.memory = memory;
    }

    public SdCard(Path folder, SdLimits limits, DmaMemory memory) {
        this(new SdFolder(folder, limits), memory);
    }

    /** The host folder behind the card. */
    public Path folder() {
        return folder.root();
    }

    public SdLimits limits() {
        return folder.limits();
    }

    /** Why the last failed operation failed (for the debugger and tests), or null. */
    public String lastRefusal() {
        return lastRefusal;
    }

    @Override
    public boolean answers(int port) {
        int p = port & 0xFF;
        return p >= PORT_COMMAND && p <= PORT_SEEK_EX;
    }

    @Override
    public int read(int port) {
        return switch (port & 0xFF) {
            case PORT_STATUS -> status | (file != null || listing != null ? STATUS_OPEN : 0);
            case PORT_DATA -> readData();
            case PORT_BLOCK -> blockStatus;
            default -> 0xFF;
        };
    }

    @Override
    public void write(int port, int value) {
        int v = value & 0xFF;
        switch (port & 0xFF) {
            case PORT_COMMAND -> command(v);
            case PORT_DATA -> writeData(v);
            case PORT_NAME -> nameCharacter(v);
            case PORT_SEEK_LO -> seek = (seek & 0xFFFF00) | v;
            case PORT_SEEK_HI -> seek = (seek & 0xFF00FF) | (v << 8);
            case PORT_SEEK_EX -> seek = (seek & 0x00FFFF) | (v << 16);
            case PORT_DMA_LO -> dma = (dma & 0xFF00) | v;
            case PORT_DMA_HI -> dma = (dma & 0x00FF) | (v << 8);
            case PORT_BLOCK -> block(v);
            default -> { }
        }
    }

    @Override
    public boolean interruptRequested() {
        return false;
    }

    /** Power cycle or reset button: files closed, registers back to their power-on values. */
    @Override
    public void reset() {
        closeAll();
        name.setLength(0);
        nameEnded = false;
        status = STATUS_READY;
        seek = 0;
        dma = DEFAULT_DMA;
        blockStatus = BLOCK_OK;
    }

    // ---- name and commands ----

    private void nameCharacter(int v) {
        if (v == 0) {
            nameEnded = true;
            return;
        }
        if (nameEnded) {
            name.setLength(0);
            nameEnded = false;
        }
        if (name.length() <= NAME_BUFFER) {
            name.append((char) v);
        }
    }

    private String takeName() {
        String taken = name.toString();
        name.setLength(0);
        nameEnded = false;
        return taken;
    }

    private void command(int command) {
        try {
            switch (command) {
                case CMD_OPEN_READ -> open(takeName(), CMD_OPEN_READ);
                case CMD_CREATE -> open(takeName(), CMD_CREATE);
                case CMD_APPEND -> open(takeName(), CMD_APPEND);
                case CMD_OPEN_READ_WRITE -> open(takeName(), CMD_OPEN_READ_WRITE);
                case CMD_SEEK_START -> seekTo(0);
                case CMD_SEEK, CMD_SEEK_16 -> seekTo(seek);
                case CMD_CLOSE -> closeAll();
                case CMD_DIRECTORY -> directory();
                case CMD_DELETE -> delete(takeName());
                default -> throw new SdRefusal(String.format("unknown command $%02X", command));
            }
            status = STATUS_READY;
            lastRefusal = null;
        } catch (SdRefusal e) {
            fail(e.getMessage());
        }
    }

    private void fail(String why) {
        status = STATUS_READY | STATUS_ERROR;
        lastRefusal = why;
        LOG.debug("SD card: {}", why);
    }

    private void open(String fileName, int mode) throws SdRefusal {
        closeAll();
        file = SdOpenFile.open(folder, fileName, mode);
    }

    private void seekTo(long target) throws SdRefusal {
        if (file == null) {
            throw new SdRefusal("seek with no file open");
        }
        file.seek(target);
    }

    private void directory() throws SdRefusal {
        closeAll();
        folder.ensureExists();
        StringBuilder text = new StringBuilder();
        for (String entry : folder.names()) {
            text.append(entry).append("\r\n");
        }
        listing = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        listingPos = 0;
    }

    private void delete(String fileName) throws SdRefusal {
        Path path = folder.existing(fileName);
        if (file != null && path.getFileName().toString().equals(file.name())) {
            closeAll();
        }
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new SdRefusal("cannot delete \"" + fileName + "\": " + e.getMessage());
        }
    }

    private void closeAll() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                LOG.debug("SD card: closing {}: {}", file.name(), e.getMessage());
            }
        }
        file = null;
        listing = null;
        listingPos = 0;
    }

    // ---- data ----

    private int readData() {
        if (listing != null) {
            if (listingPos < listing.length) {
                return listing[listingPos++] & 0xFF;
            }
            closeAll();
            status = STATUS_READY;
            return 0;
        }
        if (file == null) {
            fail("data read with nothing open");
            return 0;
        }
        try {
            int b = file.read();
            if (b < 0) {
                closeAll();
                status = STATUS_READY;
                return 0;
            }
            return b;
        } catch (IOException e) {
            closeAll();
            fail("read error: " + e.getMessage());
            return 0;
        }
    }

    private void writeData(int value) {
        try {
            if (file == null) {
                throw new SdRefusal("data write with no file open");
            }
            file.write(value);
        } catch (SdRefusal e) {
            fail(e.getMessage());
        } catch (IOException e) {
            fail("write error: " + e.getMessage());
        }
    }

    // ---- DMA blocks ----

    private void block(int direction) {
        if (direction != 0 && direction != 1) {
            blockStatus = BLOCK_BAD_COMMAND;
            lastRefusal = String.format("unknown block command $%02X", direction);
            return;
        }
        try {
            if (direction == 0) {
                blockRead();
            } else {
                blockWrite();
            }
            blockStatus = BLOCK_OK;
        } catch (SdRefusal e) {
            blockStatus = BLOCK_FAILED;
            lastRefusal = e.getMessage();
            LOG.debug("SD card block: {}", e.getMessage());
        } catch (IOException e) {
            blockStatus = BLOCK_FAILED;
            lastRefusal = "block transfer error: " + e.getMessage();
        }
    }

    private void blockRead() throws SdRefusal, IOException {
        if (file == null) {
            throw new SdRefusal("block read with no file open");
        }
        byte[] buffer = new byte[BLOCK_SIZE];
        file.readBlock(buffer);
        for (int i = 0; i < BLOCK_SIZE; i++) {
            memory.write((dma + i) & 0xFFFF, buffer[i] & 0xFF);
        }
    }

    private void blockWrite() throws SdRefusal, IOException {
        if (file == null) {
            throw new SdRefusal("block write with no file open");
        }
        byte[] buffer = new byte[BLOCK_SIZE];
        for (int i = 0; i < BLOCK_SIZE; i++) {
            buffer[i] = (byte) memory.read((dma + i) & 0xFFFF);
        }
        file.writeBlock(buffer);
    }

    // ---- save states ----

    /** The registers, for a save state. */
    public SdCardState state() {
        return new SdCardState(name.toString(), nameEnded, file == null ? null : file.name(),
                file == null ? 0 : file.mode(), file == null ? 0 : file.position(),
                listing == null ? null : new String(listing, StandardCharsets.ISO_8859_1),
                listingPos, status, seek, dma, blockStatus);
    }

    /**
     * Puts the registers back from a save state; an open file is opened again by name (never
     * truncated). If it is gone or refused now, the card comes back with no file open and
     * the error bit set.
     */
    public void restore(SdCardState state) {
        closeAll();
        name.setLength(0);
        name.append(state.name());
        nameEnded = state.nameEnded();
        status = state.status() & (STATUS_READY | STATUS_ERROR);
        seek = state.seek() & 0xFFFFFF;
        dma = state.dma() & 0xFFFF;
        blockStatus = state.blockStatus() & 0xFF;
        if (state.openName() != null) {
            int mode = state.openMode() == CMD_OPEN_READ ? CMD_OPEN_READ : CMD_OPEN_READ_WRITE;
            try {
                file = SdOpenFile.open(folder, state.openName(), mode).rememberMode(state.openMode());
                file.setPosition(state.position());
            } catch (SdRefusal e) {
                fail("restoring the open file: " + e.getMessage());
            }
        } else if (state.listing() != null) {
            listing = state.listing().getBytes(StandardCharsets.ISO_8859_1);
            listingPos = Math.max(0, Math.min(state.listingPos(), listing.length));
        }
    }
}
