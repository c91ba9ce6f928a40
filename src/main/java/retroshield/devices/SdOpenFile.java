package retroshield.devices;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file an {@link SdCard} has open: its host file, how it was opened, the read/write
 * position, and the limits every write is checked against.
 */
final class SdOpenFile implements AutoCloseable {

    private final RandomAccessFile file;
    private final String name;
    private int mode;
    private final SdLimits limits;
    /** Bytes of the card's other files when this one was opened (for the total limit). */
    private final long otherFilesBytes;
    private long position;
    private long length;

    private SdOpenFile(RandomAccessFile file, String name, int mode, SdLimits limits, long otherFilesBytes) throws IOException {
        this.file = file;
        this.name = name;
        this.mode = mode;
        this.limits = limits;
        this.otherFilesBytes = otherFilesBytes;
        this.length = file.length();
        this.position = mode == SdCard.CMD_APPEND ? length : 0;
    }

    /**
     * Opens {@code fileName} of the card as command {@code mode} ($01 read, $02 create, $03
     * append, $07 read/write) does it.
     */
    static SdOpenFile open(SdFolder folder, String fileName, int mode) throws SdRefusal {
        Path path;
        if (mode == SdCard.CMD_OPEN_READ || mode == SdCard.CMD_OPEN_READ_WRITE) {
            path = folder.existing(fileName);
        } else {
            folder.ensureExists();
            path = folder.forWriting(fileName);
        }
        RandomAccessFile opened = null;
        try {
            long before = Files.exists(path) ? Files.size(path) : 0;
            long others = folder.totalBytes() - before;
            opened = new RandomAccessFile(path.toFile(), mode == SdCard.CMD_OPEN_READ ? "r" : "rw");
            if (mode == SdCard.CMD_CREATE) {
                opened.setLength(0);
            }
            return new SdOpenFile(opened, path.getFileName().toString(), mode, folder.limits(), others);
        } catch (IOException e) {
            closeQuietly(opened);
            throw new SdRefusal("cannot open \"" + fileName + "\": " + e.getMessage());
        }
    }

    private static void closeQuietly(RandomAccessFile file) {
        if (file != null) {
            try {
                file.close();
            } catch (IOException ignored) {
                // nothing was written through it
            }
        }
    }

    String name() {
        return name;
    }

    int mode() {
        return mode;
    }

    long position() {
        return position;
    }

    /**
     * Restoring a save state: a file that was created or appended to is opened again for
     * reading and writing; it keeps reporting the command that first opened it.
     */
    SdOpenFile rememberMode(int original) {
        if (mode != SdCard.CMD_OPEN_READ && original != SdCard.CMD_OPEN_READ) {
            mode = original;
        }
        return this;
    }

    /** Moves the position (restoring a save state); no checks beyond non-negative. */
    void setPosition(long target) {
        position = Math.max(0, target);
    }

    /** Seek: up to the end of a file opened for reading, up to the size limit otherwise. */
    void seek(long target) throws SdRefusal {
        long limit = mode == SdCard.CMD_OPEN_READ ? length : limits.maxFileBytes();
        if (target > limit) {
            throw new SdRefusal("seek to " + target + " is past " + (mode == SdCard.CMD_OPEN_READ
                    ? "the end of the file (" + length + " bytes)" : "the file size limit (" + limit + " bytes)"));
        }
        position = target;
    }

    /** The next byte, or -1 at the end. */
    int read() throws IOException {
        if (position >= length) {
            return -1;
        }
        file.seek(position);
        int b = file.read();
        if (b >= 0) {
            position++;
        }
        return b;
    }

    void write(int value) throws SdRefusal, IOException {
        requireWritable(1);
        file.seek(position);
        file.write(value);
        position++;
        length = Math.max(length, position);
    }

    /** Fills {@code block} from the position (zeros past the end); the position moves on by its length. */
    void readBlock(byte[] block) throws IOException {
        java.util.Arrays.fill(block, (byte) 0);
        if (position < length) {
            file.seek(position);
            file.readFully(block, 0, (int) Math.min(block.length, length - position));
        }
        position += block.length;
    }

    void writeBlock(byte[] block) throws SdRefusal, IOException {
        requireWritable(block.length);
        file.seek(position);
        file.write(block);
        position += block.length;
        length = Math.max(length, position);
    }

    /** Refuses a write of {@code count} bytes at the position that the mode or a limit forbids. */
    private void requireWritable(int count) throws SdRefusal {
        if (mode == SdCard.CMD_OPEN_READ) {
            throw new SdRefusal("data write to \"" + name + "\", opened for reading only");
        }
        long newLength = Math.max(length, position + count);
        if (newLength > limits.maxFileBytes()) {
            throw new SdRefusal("\"" + name + "\" would exceed the file size limit of "
                    + limits.maxFileBytes() + " bytes");
        }
        if (otherFilesBytes + newLength > limits.maxTotalBytes()) {
            throw new SdRefusal("the card would exceed its total size limit of "
                    + limits.maxTotalBytes() + " bytes");
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
