package retroshield.machine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import retroshield.cpu.Z80State;
import retroshield.devices.I8251State;
import retroshield.devices.I8251Usart;
import retroshield.devices.InputPacerState;
import retroshield.devices.Mc6850State;
import retroshield.devices.SerialChipState;
import retroshield.devices.SerialHostState;

/**
 * A {@link MachineSnapshot} as a file.
 *
 * <pre>
 *   offset  size  field
 *   0       8     magic "RSZ80SAV"
 *   8       2     format version (big-endian), {@value #VERSION}
 *   10      4     payload length N
 *   14      N     payload (DataOutputStream encoding, below)
 *   14+N    4     CRC-32 of the payload
 * payload: ROM name (UTF), ROM image CRC (long); Z80: 13 words AF..WZ, I, R, IM, 4 flags
 *   IFF1 IFF2 HALT EI-pending, Q, 3 flags LD-A-IR INT NMI, cycles (long); memory 65,536 bytes;
 *   ignored writes (long), last ignored address (int); chip: kind byte (0 none, 1 mc6850,
 *   2 i8251) then its registers; host: queued input (int length, bytes), delivered, last
 *   delivery (long), input pacing (wait, start, echo seen, awaited, line end echoed, last
 *   output, prompt, prompt matched, prompt seen, timeouts); interrupt wired, unanswered ports (long); devices: count, then key (UTF),
 *   length, bytes each.
 * </pre>
 * Reading checks magic, version, length and CRC before decoding, and decoding checks every
 * field, so a damaged file is refused with a message and never half-applied.
 */
public final class SaveStateFile {

    public static final int VERSION = 1;
    private static final byte[] MAGIC = "RSZ80SAV".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = MAGIC.length + 2 + 4;
    private static final int MAX_PAYLOAD = 64 * 1024 * 1024;

    private SaveStateFile() {
    }

    /** Writes {@code snapshot} to {@code file} (through a temporary file, so a crash leaves the old one). */
    public static void write(Path file, MachineSnapshot snapshot) throws IOException {
        byte[] bytes = encode(snapshot);
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".savestate", ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Reads a save state.
     *
     * @throws IOException naming the file and what is wrong with it
     */
    public static MachineSnapshot read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return decode(bytes);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    public static byte[] encode(MachineSnapshot s) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream(70_000);
        try (DataOutputStream out = new DataOutputStream(payload)) {
            writePayload(out, s);
        } catch (IOException e) {
            throw new IllegalStateException("cannot happen with a byte array", e);
        }
        byte[] body = payload.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(body);
        ByteBuffer buf = ByteBuffer.allocate(HEADER + body.length + 4);
        buf.put(MAGIC).putShort((short) VERSION).putInt(body.length).put(body).putInt((int) crc.getValue());
        return buf.array();
    }

    /** @throws IllegalArgumentException saying what is wrong */
    public static MachineSnapshot decode(byte[] bytes) {
        if (bytes.length < HEADER || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw new IllegalArgumentException("not a RetroShield save state (it does not start with \"RSZ80SAV\")");
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        buf.position(MAGIC.length);
        int version = buf.getShort() & 0xFFFF;
        if (version != VERSION) {
            throw new IllegalArgumentException("save state format version " + version
                    + " is not supported (this program reads version " + VERSION + ")");
        }
        int length = buf.getInt();
        if (length < 0 || length > MAX_PAYLOAD || HEADER + (long) length + 4 != bytes.length) {
            throw new IllegalArgumentException("damaged: the header says " + length + " bytes of data but the file has "
                    + (bytes.length - HEADER - 4) + " (truncated or extended)");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, HEADER, length);
        int stored = ByteBuffer.wrap(bytes, HEADER + length, 4).getInt();
        if (stored != (int) crc.getValue()) {
            throw new IllegalArgumentException(String.format(
                    "damaged: checksum mismatch (stored CRC-32 %08X, data gives %08X)", stored, (int) crc.getValue()));
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, HEADER, length))) {
            MachineSnapshot s = readPayload(in);
            if (in.available() != 0) {
                throw new IllegalArgumentException("damaged: " + in.available() + " unexpected bytes after the data");
            }
            return s;
        } catch (EOFException e) {
            throw new IllegalArgumentException("damaged: the data ends early", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("damaged: " + e.getMessage(), e);
        }
    }

    private static void writePayload(DataOutputStream out, MachineSnapshot s) throws IOException {
        out.writeUTF(s.romName());
        out.writeLong(s.romChecksum());
        Z80State c = s.cpu();
        for (int w : new int[] {c.af(), c.bc(), c.de(), c.hl(), c.af2(), c.bc2(), c.de2(), c.hl2(),
                c.ix(), c.iy(), c.sp(), c.pc(), c.wz()}) {
            out.writeShort(w);
        }
        out.writeByte(c.i());
        out.writeByte(c.r());
        out.writeByte(c.im());
        out.writeBoolean(c.iff1());
        out.writeBoolean(c.iff2());
        out.writeBoolean(c.halted());
        out.writeBoolean(c.eiPending());
        out.writeByte(c.q());
        out.writeBoolean(c.ldAirFlag());
        out.writeBoolean(c.intLine());
        out.writeBoolean(c.nmiPending());
        out.writeLong(c.cycles());
        out.write(s.memory());
        out.writeLong(s.ignoredWrites());
        out.writeInt(s.lastIgnoredWrite());
        writeChip(out, s.chip());
        SerialHostState h = s.host();
        byte[] pending = h.pendingInput();
        out.writeInt(pending.length);
        out.write(pending);
        out.writeBoolean(h.delivered());
        out.writeLong(h.lastDelivery());
        InputPacerState p = h.pacer();
        out.writeByte(p.waitingFor());
        out.writeLong(p.waitStart());
        out.writeBoolean(p.outputSeen());
        out.writeShort(p.awaited());
        out.writeBoolean(p.lineEndEchoed());
        out.writeLong(p.lastOutput());
        byte[] prompt = p.prompt();
        out.writeShort(prompt.length);
        out.write(prompt);
        out.writeShort(p.promptMatched());
        out.writeBoolean(p.promptSeen());
        out.writeLong(p.timeouts());
        out.writeBoolean(s.interruptWired());
        out.writeLong(s.unansweredPorts());
        out.writeInt(s.devices().size());
        for (Map.Entry<String, byte[]> e : s.devices().entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue().length);
            out.write(e.getValue());
        }
    }

    private static MachineSnapshot readPayload(DataInputStream in) throws IOException {
        String rom = in.readUTF();
        long romCrc = in.readLong();
        int[] w = new int[13];
        for (int i = 0; i < w.length; i++) {
            w[i] = in.readUnsignedShort();
        }
        int i = in.readUnsignedByte();
        int r = in.readUnsignedByte();
        int im = in.readUnsignedByte();
        if (im > 2) {
            throw new IllegalArgumentException("damaged: interrupt mode " + im);
        }
        boolean iff1 = in.readBoolean();
        boolean iff2 = in.readBoolean();
        boolean halted = in.readBoolean();
        boolean ei = in.readBoolean();
        int q = in.readUnsignedByte();
        boolean ldAir = in.readBoolean();
        boolean intLine = in.readBoolean();
        boolean nmi = in.readBoolean();
        long cycles = in.readLong();
        if (cycles < 0) {
            throw new IllegalArgumentException("damaged: negative cycle counter");
        }
        Z80State cpu = new Z80State(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9], w[10], w[11], w[12],
                i, r, im, iff1, iff2, halted, ei, q, ldAir, intLine, nmi, cycles);
        byte[] memory = new byte[Memory.SIZE];
        in.readFully(memory);
        long ignored = in.readLong();
        int lastIgnored = in.readInt();
        SerialChipState chip = readChip(in);
        int pendingLength = in.readInt();
        if (pendingLength < 0 || pendingLength > in.available()) {
            throw new IllegalArgumentException("damaged: input queue length " + pendingLength);
        }
        byte[] pending = new byte[pendingLength];
        in.readFully(pending);
        boolean delivered = in.readBoolean();
        long lastDelivery = in.readLong();
        int wait = in.readUnsignedByte();
        long waitStart = in.readLong();
        boolean outputSeen = in.readBoolean();
        int awaited = in.readShort();
        boolean lineEndEchoed = in.readBoolean();
        long lastOutput = in.readLong();
        byte[] prompt = new byte[in.readUnsignedShort()];
        in.readFully(prompt);
        InputPacerState pacer = new InputPacerState(wait, waitStart, outputSeen, awaited, lineEndEchoed, lastOutput,
                prompt, in.readUnsignedShort(), in.readBoolean(), in.readLong());
        SerialHostState host = new SerialHostState(pending, delivered, lastDelivery, pacer);
        boolean wired = in.readBoolean();
        long unanswered = in.readLong();
        int count = in.readInt();
        if (count < 0 || count > 1000) {
            throw new IllegalArgumentException("damaged: device count " + count);
        }
        Map<String, byte[]> devices = new LinkedHashMap<>();
        for (int d = 0; d < count; d++) {
            String key = in.readUTF();
            int len = in.readInt();
            if (len < 0 || len > in.available()) {
                throw new IllegalArgumentException("damaged: device \"" + key + "\" length " + len);
            }
            byte[] data = new byte[len];
            in.readFully(data);
            devices.put(key, data);
        }
        return new MachineSnapshot(rom, romCrc, cpu, memory, ignored, lastIgnored, chip, host, wired, unanswered, devices);
    }

    private static void writeChip(DataOutputStream out, SerialChipState chip) throws IOException {
        if (chip == null) {
            out.writeByte(0);
        } else if (chip instanceof Mc6850State m) {
            out.writeByte(1);
            out.writeByte(m.control());
            out.writeBoolean(m.inMasterReset());
            out.writeBoolean(m.touched());
            out.writeByte(m.receiveData());
            out.writeBoolean(m.receiveFull());
            out.writeBoolean(m.overrunPending());
            out.writeBoolean(m.overrunFlagged());
            out.writeBoolean(m.framingError());
            out.writeBoolean(m.parityError());
            out.writeShort(m.heldTransmit());
        } else if (chip instanceof I8251State u) {
            out.writeByte(2);
            out.writeUTF(u.controlState().name());
            out.writeByte(u.mode());
            out.writeByte(u.firstSync());
            out.writeByte(u.secondSync());
            out.writeByte(u.command());
            out.writeBoolean(u.commandWritten());
            out.writeBoolean(u.touched());
            out.writeByte(u.receiveData());
            out.writeBoolean(u.rxReady());
            out.writeBoolean(u.parityError());
            out.writeBoolean(u.overrunError());
            out.writeBoolean(u.framingError());
            out.writeBoolean(u.syncDetected());
            out.writeBoolean(u.hunting());
            out.writeBoolean(u.firstSyncSeen());
            out.writeShort(u.heldTransmit());
        }
    }

    private static SerialChipState readChip(DataInputStream in) throws IOException {
        int kind = in.readUnsignedByte();
        switch (kind) {
            case 0:
                return null;
            case 1:
                return new Mc6850State(in.readUnsignedByte(), in.readBoolean(), in.readBoolean(), in.readUnsignedByte(),
                        in.readBoolean(), in.readBoolean(), in.readBoolean(), in.readBoolean(), in.readBoolean(),
                        in.readShort());
            case 2: {
                String name = in.readUTF();
                I8251Usart.ControlState state;
                try {
                    state = I8251Usart.ControlState.valueOf(name);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("damaged: unknown 8251 control state \"" + name + "\"", e);
                }
                return new I8251State(state, in.readUnsignedByte(), in.readUnsignedByte(), in.readUnsignedByte(),
                        in.readUnsignedByte(), in.readBoolean(), in.readBoolean(), in.readUnsignedByte(), in.readBoolean(),
                        in.readBoolean(), in.readBoolean(), in.readBoolean(), in.readBoolean(), in.readBoolean(),
                        in.readBoolean(), in.readShort());
            }
            default:
                throw new IllegalArgumentException("damaged: unknown serial chip kind " + kind);
        }
    }
}
