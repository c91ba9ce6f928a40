package retroshield.machine;

import java.util.ArrayList;
import java.util.List;

/**
 * What the firmware did that the board silently ignores: writes to ROM (or to no memory) and
 * IN/OUT to ports no chip answers. Counts them and keeps the first of each with the address of
 * the instruction, so a wrong memory map or chip choice is seen instead of giving wrong
 * results quietly. Emulator thread only; {@link #summary()} makes immutable text of it.
 */
public final class AccessReport {

    private long ignoredWrites;
    private int firstWriteAddress = -1;
    private int firstWritePc;
    private int firstWriteValue;

    private long unansweredIns;
    private long unansweredOuts;
    private int firstPort = -1;
    private int firstPortPc;
    private int firstPortValue = -1;
    private final boolean[] portsSeen = new boolean[256];

    void ignoredWrite(int address, int value, int pc) {
        if (ignoredWrites++ == 0) {
            firstWriteAddress = address & 0xFFFF;
            firstWriteValue = value & 0xFF;
            firstWritePc = pc & 0xFFFF;
        }
    }

    /** @param value the value written, or -1 for an IN */
    void unansweredPort(int port, int value, int pc) {
        if (value < 0) {
            unansweredIns++;
        } else {
            unansweredOuts++;
        }
        portsSeen[port & 0xFF] = true;
        if (firstPort < 0) {
            firstPort = port & 0xFF;
            firstPortValue = value;
            firstPortPc = pc & 0xFFFF;
        }
    }

    public long ignoredWrites() {
        return ignoredWrites;
    }

    public long unansweredPortAccesses() {
        return unansweredIns + unansweredOuts;
    }

    /** Nothing to report. */
    public boolean isEmpty() {
        return ignoredWrites == 0 && unansweredPortAccesses() == 0;
    }

    /** Forgets everything (a new run of the same machine). */
    public void clear() {
        ignoredWrites = 0;
        firstWriteAddress = -1;
        unansweredIns = 0;
        unansweredOuts = 0;
        firstPort = -1;
        java.util.Arrays.fill(portsSeen, false);
    }

    /**
     * One sentence per kind of ignored access, e.g. "3 writes to ROM or unmapped memory were
     * ignored, the first $2A to $0000 by the instruction at $1234 (check the memory map)".
     * Empty when there is nothing to report.
     */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        if (ignoredWrites > 0) {
            lines.add(String.format("%,d write%s to ROM or unmapped memory %s ignored, the first $%02X to $%04X"
                            + " by the instruction at $%04X (check the memory map: --rom/--ram or \"memory\")",
                    ignoredWrites, ignoredWrites == 1 ? "" : "s", ignoredWrites == 1 ? "was" : "were",
                    firstWriteValue, firstWriteAddress, firstWritePc));
        }
        long ports = unansweredPortAccesses();
        if (ports > 0) {
            lines.add(String.format("%,d access%s to port%s no chip answers (%s), the first %s at $%04X"
                            + " (IN reads $FF, OUT is ignored; check the serial chip and ports)",
                    ports, ports == 1 ? "" : "es", portCount() == 1 ? "" : "s", portList(),
                    firstPortValue < 0 ? String.format("IN from $%02X", firstPort)
                            : String.format("OUT $%02X to $%02X", firstPortValue, firstPort),
                    firstPortPc));
        }
        return lines;
    }

    private int portCount() {
        int n = 0;
        for (boolean seen : portsSeen) {
            n += seen ? 1 : 0;
        }
        return n;
    }

    private String portList() {
        StringBuilder sb = new StringBuilder();
        int listed = 0;
        for (int p = 0; p < 256; p++) {
            if (portsSeen[p]) {
                if (listed == 8) {
                    return sb.append(", ...").toString();
                }
                sb.append(listed == 0 ? "" : ", ").append(String.format("$%02X", p));
                listed++;
            }
        }
        return sb.toString();
    }
}
