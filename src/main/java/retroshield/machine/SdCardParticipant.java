package retroshield.machine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import retroshield.devices.SdCard;
import retroshield.devices.SdCardState;

/**
 * The SD card's part of a machine snapshot ({@link SdCardState} as bytes, key "sdcard").
 *
 * <p>Format version 1, big-endian: version byte; name being written (modified UTF-8); name
 * ended (boolean); open file present (boolean), then its name (UTF), mode (byte) and position
 * (long); listing present (boolean), then its length (int), ISO-8859-1 bytes and read position
 * (int); status (byte); seek (int, 24 bits); DMA address (unsigned short); block result (byte).
 * Nothing may follow. The files stay in the host folder.
 */
final class SdCardParticipant implements StateParticipant {

    static final String KEY = "sdcard";
    static final int VERSION = 1;
    private static final Set<Integer> MODES = Set.of(SdCard.CMD_OPEN_READ, SdCard.CMD_CREATE,
            SdCard.CMD_APPEND, SdCard.CMD_OPEN_READ_WRITE);
    private static final int MAX_LISTING = 16 << 20;

    private final SdCard card;

    SdCardParticipant(SdCard card) {
        this.card = card;
    }

    @Override
    public String stateKey() {
        return KEY;
    }

    @Override
    public byte[] saveState() {
        return encode(card.state());
    }

    @Override
    public Runnable prepareRestore(byte[] data) {
        SdCardState state = decode(data);
        return () -> card.restore(state);
    }

    static byte[] encode(SdCardState s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeUTF(s.name());
            out.writeBoolean(s.nameEnded());
            out.writeBoolean(s.openName() != null);
            if (s.openName() != null) {
                out.writeUTF(s.openName());
                out.writeByte(s.openMode());
                out.writeLong(s.position());
            }
            out.writeBoolean(s.listing() != null);
            if (s.listing() != null) {
                byte[] listing = s.listing().getBytes(StandardCharsets.ISO_8859_1);
                out.writeInt(listing.length);
                out.write(listing);
                out.writeInt(s.listingPos());
            }
            out.writeByte(s.status());
            out.writeInt(s.seek());
            out.writeShort(s.dma());
            out.writeByte(s.blockStatus());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static SdCardState decode(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new IllegalArgumentException("SD card state format " + version + " is unknown (expected " + VERSION + ")");
            }
            String name = in.readUTF();
            boolean nameEnded = in.readBoolean();
            String openName = null;
            int mode = 0;
            long position = 0;
            if (in.readBoolean()) {
                openName = in.readUTF();
                mode = in.readUnsignedByte();
                position = in.readLong();
                if (!MODES.contains(mode) || position < 0 || position > 1L << 32) {
                    throw new IllegalArgumentException(String.format(
                            "SD card state: open mode $%02X or position %d is out of range", mode, position));
                }
            }
            String listing = null;
            int listingPos = 0;
            if (in.readBoolean()) {
                int length = in.readInt();
                if (length < 0 || length > MAX_LISTING || length > in.available()) {
                    throw new IllegalArgumentException("SD card state: listing length " + length + " is out of range");
                }
                listing = new String(in.readNBytes(length), StandardCharsets.ISO_8859_1);
                listingPos = in.readInt();
                if (listingPos < 0 || listingPos > length) {
                    throw new IllegalArgumentException("SD card state: listing position " + listingPos + " is out of range");
                }
            }
            int status = in.readUnsignedByte();
            int seek = in.readInt();
            int dma = in.readUnsignedShort();
            int block = in.readUnsignedByte();
            if (status > 3 || seek < 0 || seek > 0xFFFFFF || block > 2) {
                throw new IllegalArgumentException("SD card state: status, seek or block result out of range");
            }
            if (in.available() != 0) {
                throw new IllegalArgumentException("SD card state: " + in.available() + " unexpected bytes at the end");
            }
            return new SdCardState(name, nameEnded, openName, mode, position, listing, listingPos,
                    status, seek, dma, block);
        } catch (IOException e) {
            throw new IllegalArgumentException("SD card state is truncated or damaged", e);
        }
    }
}
