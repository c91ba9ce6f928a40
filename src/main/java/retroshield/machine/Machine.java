package retroshield.machine;

import retroshield.cpu.Bus;
import retroshield.cpu.Z80;
import retroshield.devices.SdCard;
import retroshield.devices.SerialChips;
import retroshield.devices.SerialDevice;
import retroshield.devices.SerialHost;
import retroshield.rom.LoadedRom;
import retroshield.rom.RomImage;
import retroshield.rom.RomMetadata;
import retroshield.rom.SerialSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A RetroShield Z80: one Z80, 64 KB of memory laid out by the ROM's metadata, and the one
 * serial chip the ROM uses, fed and drained through a {@link SerialHost}.
 *
 * <p>Only the selected chip answers its two ports; every other port reads $FF and ignores
 * writes (counted, logged at debug level). After each IN or OUT that reaches the chip, and
 * between run chunks, the host gets a chance to deliver the next queued input byte and the
 * Z80's /INT line is set from the chip's interrupt output (when the metadata says it is wired).
 *
 * <p>Not thread-safe: one thread owns it (the caller, a {@link MachineRunner} or a
 * {@link HeadlessSession}); only {@link SerialHost#send} may be called from elsewhere.
 */
public final class Machine implements Bus {

    private static final Logger LOG = LoggerFactory.getLogger(Machine.class);

    /** T-states between two input deliveries / interrupt updates while running. */
    static final int CHUNK_CYCLES = 1024;

    private final RomMetadata metadata;
    private final RomImage image;
    private final Memory memory;
    private final byte[] bytes;
    private final boolean[] writable;
    private final SerialDevice serial;
    private final SerialHost serialHost;
    private final SdCard sdCard;
    private final Z80 cpu;
    private boolean interruptWired;
    private long unansweredPortAccesses;
    private final AccessReport accessReport = new AccessReport();
    private final java.util.List<StateParticipant> stateParticipants = new java.util.ArrayList<>();

    public Machine(LoadedRom rom) {
        this(rom.metadata(), rom.image());
    }

    public Machine(RomMetadata metadata, RomImage image) {
        this.metadata = metadata;
        this.image = image;
        this.memory = new Memory(metadata.memory(), metadata.ramFill());
        this.bytes = memory.bytes;
        this.writable = memory.writable;
        this.serial = createSerial(metadata.serial());
        this.serialHost = new SerialHost(serial);
        this.interruptWired = metadata.serial().interruptDriven();
        this.sdCard = metadata.storage() == null ? null
                : new SdCard(metadata.storage().folder(), metadata.storage().limits(), memory);
        serialHost.setPacing(metadata.input().pacing().withDefaultPrompt(metadata.ready()),
                ClockSpeed.from(metadata.clock()).nominalHz());
        this.cpu = new Z80(this);
        coldReset();
        if (sdCard != null) {
            addStateParticipant(new SdCardParticipant(sdCard));
        }
    }

    private static SerialDevice createSerial(SerialSpec spec) {
        return SerialChips.create(spec.chip().jsonName(), spec.controlPort(), spec.dataPort());
    }

    // ---- Bus: the hot path ----

    @Override
    public int read(int address) {
        return bytes[address & 0xFFFF] & 0xFF;
    }

    @Override
    public void write(int address, int value) {
        int a = address & 0xFFFF;
        if (writable[a]) {
            bytes[a] = (byte) value;
        } else {
            memory.ignoredWrite(a);
            accessReport.ignoredWrite(a, value, cpu.instructionPc());
        }
    }

    @Override
    public int in(int port) {
        if (serial.answers(port)) {
            int value = serial.read(port);
            afterChipAccess();
            return value;
        }
        if (sdCard != null && sdCard.answers(port)) {
            return sdCard.read(port);
        }
        unanswered("IN from", port, -1);
        return 0xFF;
    }

    @Override
    public void out(int port, int value) {
        if (serial.answers(port)) {
            serial.write(port, value);
            afterChipAccess();
            return;
        }
        if (sdCard != null && sdCard.answers(port)) {
            sdCard.write(port, value);
            return;
        }
        unanswered("OUT to", port, value);
    }

    private void unanswered(String what, int port, int value) {
        unansweredPortAccesses++;
        accessReport.unansweredPort(port, value, cpu.instructionPc());
        if (LOG.isDebugEnabled()) {
            LOG.debug(String.format("%s port $%02X (no device there%s) at PC $%04X", what, port & 0xFF,
                    value < 0 ? "" : String.format(", value $%02X ignored", value), cpu.pc()));
        }
    }

    private void afterChipAccess() {
        serialHost.pump(cpu.cycles());
        updateInterruptLine();
    }

    private void updateInterruptLine() {
        cpu.setIntLine(interruptWired && serial.interruptRequested());
    }

    // ---- running ----

    /**
     * Runs about {@code budget} T-states (whole instructions), delivering input and updating
     * /INT every {@value #CHUNK_CYCLES} T-states. Returns early when the CPU halts with
     * interrupts disabled, or when the Z80 was asked to stop (debug hook, requestStop).
     *
     * @return the T-states run
     */
    public long runSlice(long budget) {
        long done = 0;
        while (done < budget) {
            long chunk = Math.min(budget - done, CHUNK_CYCLES);
            serialHost.pump(cpu.cycles());
            updateInterruptLine();
            long ran = cpu.run(chunk);
            done += ran;
            if (ran < chunk || isHaltedForever()) {
                break;
            }
        }
        serialHost.pump(cpu.cycles());
        updateInterruptLine();
        return done;
    }

    /** Executes one instruction (or interrupt acknowledge, or HALT cycle); returns T-states. */
    public int step() {
        serialHost.pump(cpu.cycles());
        updateInterruptLine();
        int t = cpu.step();
        serialHost.pump(cpu.cycles());
        updateInterruptLine();
        return t;
    }

    /**
     * True when the CPU sits in HALT with interrupts disabled: nothing but a reset (or an NMI,
     * which the RetroShield never raises) can wake it.
     */
    public boolean isHaltedForever() {
        return cpu.isHalted() && !cpu.iff1();
    }

    /** Power cycle: RAM filled again, image reloaded, CPU and chip reset. */
    public void coldReset() {
        memory.coldFill();
        memory.load(image);
        serial.reset();
        resetSdCard();
        serialHost.machineReset();
        cpu.reset();
        updateInterruptLine();
    }

    /** The board's reset button: CPU and chip reset, memory kept. */
    public void warmReset() {
        serial.reset();
        resetSdCard();
        serialHost.machineReset();
        cpu.reset();
        updateInterruptLine();
    }

    private void resetSdCard() {
        if (sdCard != null) {
            sdCard.reset();
        }
    }

    // ---- access ----

    /** The SD card on ports $10-$19 (metadata "storage" or {@code run --sd}), or null. */
    public SdCard sdCard() {
        return sdCard;
    }

    public Z80 cpu() {
        return cpu;
    }

    public Memory memory() {
        return memory;
    }

    public SerialHost serialHost() {
        return serialHost;
    }

    public SerialDevice serialDevice() {
        return serial;
    }

    public RomMetadata metadata() {
        return metadata;
    }

    public RomImage image() {
        return image;
    }

    /** Ignored ROM writes and unanswered port accesses, with the first of each. */
    public AccessReport accessReport() {
        return accessReport;
    }

    /** IN/OUT to ports no device answers, so far. */
    public long unansweredPortAccesses() {
        return unansweredPortAccesses;
    }

    /** Whether the chip's interrupt output reaches /INT (from metadata; can be overridden). */
    public boolean interruptWired() {
        return interruptWired;
    }

    public void setInterruptWired(boolean wired) {
        this.interruptWired = wired;
        updateInterruptLine();
    }

    // ---- snapshots (see MachineSnapshot) ----

    /** Adds a device that keeps its own part of every snapshot. */
    public void addStateParticipant(StateParticipant participant) {
        for (StateParticipant p : stateParticipants) {
            if (p.stateKey().equals(participant.stateKey())) {
                throw new IllegalArgumentException("a device with state key \"" + p.stateKey() + "\" is already added");
            }
        }
        stateParticipants.add(participant);
    }

    /** The whole machine as a value. */
    public MachineSnapshot snapshot() {
        return MachineStates.capture(this, stateParticipants);
    }

    /**
     * Puts the machine back as {@code snapshot} was taken.
     *
     * @throws IllegalArgumentException (before changing anything) when the snapshot belongs to
     *                                  another ROM, serial chip or set of devices
     */
    public void restore(MachineSnapshot snapshot) {
        MachineStates.restore(this, snapshot, stateParticipants);
        updateInterruptLine();
    }

    void restoreWiring(boolean wired, long unanswered) {
        this.interruptWired = wired;
        this.unansweredPortAccesses = unanswered;
    }
}
