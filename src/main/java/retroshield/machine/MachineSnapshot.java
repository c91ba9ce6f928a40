package retroshield.machine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import retroshield.cpu.Z80State;
import retroshield.devices.SerialChipState;
import retroshield.devices.SerialHostState;

/**
 * The whole machine as a value: CPU, 64 KB of memory, the serial chip's registers, the input
 * queue and pacing, the interrupt wiring, counters, and the state of every added device
 * ({@link StateParticipant}). {@link Machine#restore(MachineSnapshot)} puts it back exactly.
 * The T-state clock is the CPU's cycle counter.
 *
 * @param romName         metadata name of the ROM it was taken from
 * @param romChecksum     CRC-32 of the ROM image's bytes, to refuse a state of another ROM
 * @param cpu             the Z80's registers and cycle counter
 * @param memory          all 65,536 bytes
 * @param ignoredWrites   writes to ROM or unmapped addresses so far
 * @param lastIgnoredWrite address of the last of them, or -1
 * @param chip            the serial chip's registers, or null (auto-detect not decided yet)
 * @param host            queued input and pacing
 * @param interruptWired  whether the chip drives /INT
 * @param unansweredPorts IN/OUT to ports no device answers so far
 * @param devices         each participant's bytes by key, in the order they were added
 */
public record MachineSnapshot(String romName, long romChecksum, Z80State cpu, byte[] memory,
        long ignoredWrites, int lastIgnoredWrite, SerialChipState chip, SerialHostState host,
        boolean interruptWired, long unansweredPorts, Map<String, byte[]> devices) {

    public MachineSnapshot {
        if (memory.length != Memory.SIZE) {
            throw new IllegalArgumentException("a snapshot holds " + Memory.SIZE + " bytes of memory, not " + memory.length);
        }
        memory = memory.clone();
        Map<String, byte[]> copy = new LinkedHashMap<>();
        devices.forEach((k, v) -> copy.put(k, v.clone()));
        devices = java.util.Collections.unmodifiableMap(copy);
    }

    @Override
    public byte[] memory() {
        return memory.clone();
    }

    /** The byte at {@code address} without copying the memory. */
    public int memoryAt(int address) {
        return memory[address & 0xFFFF] & 0xFF;
    }

    @Override
    public Map<String, byte[]> devices() {
        Map<String, byte[]> copy = new LinkedHashMap<>();
        devices.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MachineSnapshot s)) {
            return false;
        }
        if (devices.size() != s.devices.size()) {
            return false;
        }
        for (Map.Entry<String, byte[]> e : devices.entrySet()) {
            if (!Arrays.equals(e.getValue(), s.devices.get(e.getKey()))) {
                return false;
            }
        }
        return romName.equals(s.romName) && romChecksum == s.romChecksum && cpu.equals(s.cpu)
                && Arrays.equals(memory, s.memory) && ignoredWrites == s.ignoredWrites
                && lastIgnoredWrite == s.lastIgnoredWrite && java.util.Objects.equals(chip, s.chip)
                && host.equals(s.host) && interruptWired == s.interruptWired && unansweredPorts == s.unansweredPorts;
    }

    @Override
    public int hashCode() {
        return cpu.hashCode() * 31 + Arrays.hashCode(memory);
    }

    @Override
    public String toString() {
        return "MachineSnapshot[" + romName + ", PC=$" + Integer.toHexString(cpu.pc()) + ", cycles=" + cpu.cycles()
                + ", chip=" + chip + ", " + host + ", devices=" + devices.keySet() + "]";
    }
}
