package retroshield.machine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import retroshield.devices.SdCard;
import retroshield.devices.SdCardState;

/**
 * The SD card's part of a machine snapshot: its registers ({@link SdCardState}) as bytes,
 * version first. The files stay in the host folder and are not copied into the state.
 */
final class SdCardStatePart implements StateParticipant {

    static final int VERSION = 1;

    private final SdCard card;

    SdCardStatePart(SdCard card) {
        this.card = card;
    }

    @Override
    public String stateKey() {
        return "sdcard";
    }

    @Override
    public byte[] saveState() {
        SdCardState s = card.state();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            writeText(out, s.name());
            out.writeBoolean(s.nameEnded());
            writeOptional(out, s.openName());
            out.writeByte(s.openMode());
            out.writeLong(s.position());
            writeOptional(out, s.listing());
            out.writeInt(s.listingPos());
            out.writeByte(s.status());
            out.writeInt(s.seek());
            out.writeShort(s.dma());
            out.writeByte(s.blockStatus());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public Runnable prepareRestore(byte[] data) {
        SdCardState state = decode(data);
        return () -> card.restore(state);
    }

    static SdCardState decode(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new IllegalArgumentException("SD card state: version " + version
                        + ", expected " + VERSION);
            }
            String name = readText(in);
            boolean nameEnded = in.readBoolean();
            String openName = readOptional(in);
            int openMode = in.readUnsignedByte();
            long position = in.readLong();
            String listing = readOptional(in);
            int listingPos = in.readInt();
            int status = in.readUnsignedByte();
            int seek = in.readInt();
            int dma = in.readUnsignedShort();
            int blockStatus = in.readUnsignedByte();
            if (in.available() != 0) {
                throw new IllegalArgumentException("SD card state: " + in.available()
                        + " bytes after the end");
            }
            if (position < 0 || listingPos < 0) {
                throw new IllegalArgumentException("SD card state: negative file or listing position");
            }
            return new SdCardState(name, nameEnded, openName, openMode, position, listing,
                    listingPos, status, seek, dma, blockStatus);
        } catch (IOException e) {
            throw new IllegalArgumentException("SD card state: truncated (" + data.length + " bytes)");
        }
    }

    private static void writeOptional(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            writeText(out, s);
        }
    }

    private static void writeText(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("text length " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static String readOptional(DataInputStream in) throws IOException {
        return in.readBoolean() ? readText(in) : null;
    }
}
