package retroshield.ui;

import java.util.BitSet;
import java.util.List;
import retroshield.cpu.Z80State;

/**
 * What the debugger view shows after a stop, made on the emulator thread and handed to the FX
 * thread whole (immutable apart from the arrays, which nobody writes after creation).
 *
 * @param cpu          registers now
 * @param previous     registers at the previous stop (changed ones are highlighted)
 * @param memory       all 64 KB
 * @param changed      addresses whose byte changed since the previous stop
 * @param rom          addresses that are ROM or unmapped
 * @param listing      disassembly from the listing start
 * @param breakpoints  one line per breakpoint / watchpoint
 * @param stack        one line per stack word, return addresses named
 * @param chip         the serial chip's registers decoded
 * @param message      why it stopped
 * @param stopwatch    T-states on the stopwatch
 * @param clockHz      the clock the stopwatch converts at
 * @param position     instructions run under the debugger
 * @param history      instructions step back can undo
 */
public record DebugSnapshot(Z80State cpu, Z80State previous, byte[] memory, BitSet changed, BitSet rom,
        List<Line> listing, List<String> breakpoints, List<String> stack, String chip, String message,
        long stopwatch, long clockHz, long position, long history) {

    /**
     * One disassembled instruction.
     *
     * @param address    where it is
     * @param label      a symbol at that address, or null
     * @param bytes      its bytes in hex
     * @param text       the instruction, with names for known targets
     * @param tStates    its T-states, e.g. "10" or "7/12" (not taken / taken)
     * @param source     the C source line, or null
     * @param breakpoint a breakpoint is set there
     */
    public record Line(int address, String label, String bytes, String text, String tStates, String source,
            boolean breakpoint) {
    }

    public int memoryAt(int address) {
        return memory[address & 0xFFFF] & 0xFF;
    }
}
