package retroshield.machine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import retroshield.devices.SdCard;
import retroshield.devices.SdCardState;

/**
 * The SD card's registers in machine snapshots (key "sdcard", format version 1). The files
 * stay in the host folder: a restored state opens its file again by name; file contents
 * written since the snapshot are not undone.
 */
final class SdCardStateParticipant implements StateParticipant {

    private static final int VERSION = 1;
    private final SdCard card;

    SdCardStateParticipant(SdCard card) {
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
            out.writeUTF(s.name());
            out.writeBoolean(s.nameEnded());
            out.writeBoolean(s.openName() != null);
            out.writeUTF(s.openName() == null ? "" : s.openName());
            out.writeInt(s.openMode());
            out.writeLong(s.position());
            out.writeBoolean(s.listing() != null);
            out.writeUTF(s.listing() == null ? "" : s.listing());
            out.writeInt(s.listingPos());
            out.writeInt(s.status());
            out.writeInt(s.seek());
            out.writeInt(s.dma());
            out.writeInt(s.blockStatus());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public Runnable prepareRestore(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new IllegalArgumentException("SD card state version " + version + " is not supported (reads "
                        + VERSION + ")");
            }
            String name = in.readUTF();
            boolean nameEnded = in.readBoolean();
            boolean open = in.readBoolean();
            String openName = in.readUTF();
            int mode = in.readInt();
            long position = in.readLong();
            boolean listed = in.readBoolean();
            String listing = in.readUTF();
            SdCardState s = new SdCardState(name, nameEnded, open ? openName : null, mode, position,
                    listed ? listing : null, in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt());
            if (in.available() != 0) {
                throw new IllegalArgumentException("damaged SD card state: " + in.available() + " extra bytes");
            }
            return () -> card.restore(s);
        } catch (IOException e) {
            throw new IllegalArgumentException("damaged SD card state (it ends early)", e);
        }
    }
}
