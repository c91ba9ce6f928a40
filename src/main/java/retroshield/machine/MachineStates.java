package retroshield.machine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import retroshield.devices.SerialChipState;
import retroshield.devices.SerialDevice;
import retroshield.rom.ImageSegment;
import retroshield.rom.RomImage;

/** Takes and restores {@link MachineSnapshot}s of a {@link Machine}. */
final class MachineStates {

    private MachineStates() {
    }

    static MachineSnapshot capture(Machine m, List<StateParticipant> participants) {
        Map<String, byte[]> devices = new LinkedHashMap<>();
        for (StateParticipant p : participants) {
            devices.put(p.stateKey(), p.saveState());
        }
        Memory mem = m.memory();
        return new MachineSnapshot(m.metadata().name(), imageChecksum(m.image()), m.cpu().state(), mem.bytes,
                mem.ignoredWrites(), mem.lastIgnoredWriteAddress(), m.serialDevice().saveState(),
                m.serialHost().saveState(), m.interruptWired(), m.unansweredPortAccesses(), devices);
    }

    /**
     * Checks everything first, then applies: a snapshot that does not fit this machine throws
     * before anything is changed.
     */
    static void restore(Machine m, MachineSnapshot s, List<StateParticipant> participants) {
        long checksum = imageChecksum(m.image());
        if (s.romChecksum() != checksum) {
            throw new IllegalArgumentException("the state was saved from ROM \"" + s.romName()
                    + "\" (image CRC " + Long.toHexString(s.romChecksum()) + "), not from the ROM running here, \""
                    + m.metadata().name() + "\" (image CRC " + Long.toHexString(checksum) + ")");
        }
        SerialDevice serial = m.serialDevice();
        SerialChipState current = serial.saveState();
        SerialChipState chip = s.chip();
        boolean autoDetect = serial instanceof retroshield.devices.SerialAutoDetect;
        if (chip != null && current != null && !chip.chipName().equals(current.chipName()) && !autoDetect) {
            throw new IllegalArgumentException("the state holds a " + chip.chipName() + " serial chip, this machine has a "
                    + current.chipName());
        }
        if (chip == null && current != null) {
            throw new IllegalArgumentException("the state holds no serial chip registers, this machine has a "
                    + current.chipName());
        }
        List<Runnable> applies = new ArrayList<>();
        for (StateParticipant p : participants) {
            byte[] data = s.devices().get(p.stateKey());
            if (data == null) {
                throw new IllegalArgumentException("the state has no part for device \"" + p.stateKey() + "\"");
            }
            try {
                applies.add(p.prepareRestore(data));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("device \"" + p.stateKey() + "\": " + e.getMessage(), e);
            }
        }
        for (String key : s.devices().keySet()) {
            if (participants.stream().noneMatch(p -> p.stateKey().equals(key))) {
                throw new IllegalArgumentException("the state holds device \"" + key + "\", which this machine does not have");
            }
        }
        // ---- apply: nothing below throws for a snapshot that passed the checks ----
        Memory mem = m.memory();
        System.arraycopy(s.memory(), 0, mem.bytes, 0, Memory.SIZE);
        mem.restoreCounters(s.ignoredWrites(), s.lastIgnoredWrite());
        m.cpu().restore(s.cpu());
        if (chip != null) {
            serial.restoreState(chip);
        }
        serial.tick(s.cpu().cycles());
        m.serialHost().restoreState(s.host());
        m.restoreWiring(s.interruptWired(), s.unansweredPorts());
        applies.forEach(Runnable::run);
    }

    static long imageChecksum(RomImage image) {
        CRC32 crc = new CRC32();
        for (ImageSegment segment : image.segments()) {
            crc.update(segment.address() & 0xFF);
            crc.update((segment.address() >> 8) & 0xFF);
            crc.update(segment.bytes());
        }
        return crc.getValue();
    }
}
