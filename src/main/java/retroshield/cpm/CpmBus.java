package retroshield.cpm;

import retroshield.cpu.Bus;
import retroshield.cpu.Z80;

/**
 * A flat 64 KB of RAM with no I/O devices. An opcode fetch from $0000 or $0005 (the warm boot
 * and BDOS vectors) or an OUT to a trap port (see {@link CpmLayout}) records the trap and asks
 * the Z80 to stop after the current instruction, so the harness handles it between
 * instructions; the harness then checks that the trap instruction really executed. Fetching a
 * HALT opcode also stops the Z80, so a program that ends in its own HALT is noticed after that
 * instruction instead of after a whole run slice of HALT cycles (a prefixed opcode byte of $76,
 * such as {@code ED 76}, merely ends the slice early). Reads from any port return $FF.
 *
 * <p>Speed: {@link #read} and {@link #readOpcode} are inlined by the JIT into every
 * instruction. They must not contain a call that the JIT cannot inline, not even on a rarely
 * taken branch: with a callback ({@code Runnable}) there, ZEXDOC ran about 25% slower. Hence
 * the direct reference to the {@link Z80} and its {@code stopAfterInstruction()}, a plain field
 * store (the volatile store of {@code requestStop()} is a full fence). The trap checks sit in
 * {@code readOpcode} only, so operand and data reads are a bare array access.
 */
final class CpmBus implements Bus {

    static final int NO_TRAP = -1;
    /** Trap codes for reads of page zero; OUT traps use the port number (0..255). */
    static final int READ_WARM_BOOT = 0x100 | CpmLayout.WARM_BOOT_VECTOR;
    static final int READ_BDOS = 0x100 | CpmLayout.BDOS_VECTOR;
    /** The HALT opcode. */
    static final int HALT = 0x76;

    private final byte[] ram = new byte[0x10000];
    /** The CPU to stop on a trap, and whose PC tells an instruction fetch from a data read. */
    private Z80 cpu;
    private int pendingTrap = NO_TRAP;

    byte[] ram() {
        return ram;
    }

    void attach(Z80 cpu) {
        this.cpu = cpu;
    }

    /** The trap seen since the last call ({@link #READ_WARM_BOOT}, {@link #READ_BDOS}, an OUT
     *  trap port) or {@link #NO_TRAP}; clears it. */
    int takeTrap() {
        int trap = pendingTrap;
        pendingTrap = NO_TRAP;
        return trap;
    }

    @Override
    public int read(int address) {
        return ram[address & 0xFFFF] & 0xFF;
    }

    @Override
    public int readOpcode(int address) {
        if (address == CpmLayout.BDOS_VECTOR || address == CpmLayout.WARM_BOOT_VECTOR) {
            pendingTrap = 0x100 | address;
            cpu.stopAfterInstruction();
        }
        int value = ram[address & 0xFFFF] & 0xFF;
        if (value == HALT) {
            cpu.stopAfterInstruction();
        }
        return value;
    }

    @Override
    public void write(int address, int value) {
        ram[address & 0xFFFF] = (byte) value;
    }

    @Override
    public int in(int port) {
        return 0xFF;
    }

    @Override
    public void out(int port, int value) {
        int low = port & 0xFF;
        if (CpmLayout.returnAddressOfTrap(low) >= 0) {
            pendingTrap = low;
            cpu.stopAfterInstruction();
        }
    }
}
