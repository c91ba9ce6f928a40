package retroshield.cpm;

/**
 * The memory map the harness sets up in its flat 64 KB RAM, modelled on a CP/M 2.2 system.
 *
 * <pre>
 * $0000  JP BIOS+3        warm boot vector (programs read the BIOS base from $0001)
 * $0005  JP BDOS          BDOS entry; the word at $0006 is the top of the TPA
 * $0100  ...              the .COM program (TPA)
 * $FDFE  $0000            the initial stack: a RET from the program warm-boots
 * $FE06  OUT ($F8),A      BDOS trap: the harness performs the call, then
 * $FE08  RET              returns to the caller
 * $FF00  OUT ($E0+k),A    BIOS jump table: entry k (BOOT, WBOOT, CONST, CONIN, CONOUT, ...)
 *        RET              is a 3-byte trap of its own
 * </pre>
 *
 * A trap is an {@code OUT (n),A} to a port no program uses on this machine; the Bus callback
 * asks the Z80 to stop after that instruction, so the run loop needs no per-instruction check.
 */
final class CpmLayout {

    static final int WARM_BOOT_VECTOR = 0x0000;
    static final int BDOS_VECTOR = 0x0005;
    static final int TPA = 0x0100;
    static final int BDOS_ENTRY = 0xFE06;
    static final int BIOS_BASE = 0xFF00;
    static final int BIOS_ENTRIES = 17;
    /** The stack starts just below the BDOS page, holding a return address of $0000. */
    static final int INITIAL_STACK_TOP = 0xFE00;

    static final int BDOS_TRAP_PORT = 0xF8;
    static final int BIOS_TRAP_PORT_BASE = 0xE0;

    static final int BIOS_BOOT = 0;
    static final int BIOS_WBOOT = 1;
    static final int BIOS_CONST = 2;
    static final int BIOS_CONIN = 3;
    static final int BIOS_CONOUT = 4;

    private static final int OP_JP = 0xC3;
    private static final int OP_OUT_N_A = 0xD3;
    private static final int OP_RET = 0xC9;
    /** Length of the trap's OUT (n),A instruction. */
    static final int TRAP_OUT_LENGTH = 2;

    private CpmLayout() {
    }

    /** The largest .COM file that fits below the BDOS page (with room for the stack). */
    static int maxProgramSize() {
        return INITIAL_STACK_TOP - 0x100 - TPA;
    }

    /** Writes page zero, the BDOS trap, the BIOS table and the initial stack into {@code ram}. */
    static void install(byte[] ram) {
        jump(ram, WARM_BOOT_VECTOR, BIOS_BASE + 3 * BIOS_WBOOT);
        jump(ram, BDOS_VECTOR, BDOS_ENTRY);
        trap(ram, BDOS_ENTRY, BDOS_TRAP_PORT);
        for (int k = 0; k < BIOS_ENTRIES; k++) {
            trap(ram, BIOS_BASE + 3 * k, BIOS_TRAP_PORT_BASE + k);
        }
        ram[INITIAL_STACK_TOP - 2] = 0;               // return address $0000
        ram[INITIAL_STACK_TOP - 1] = 0;
    }

    /** The address of the RET following the trap that uses {@code port}, or -1 if none does. */
    static int returnAddressOfTrap(int port) {
        if (port == BDOS_TRAP_PORT) {
            return BDOS_ENTRY + TRAP_OUT_LENGTH;
        }
        int k = port - BIOS_TRAP_PORT_BASE;
        return k >= 0 && k < BIOS_ENTRIES ? BIOS_BASE + 3 * k + TRAP_OUT_LENGTH : -1;
    }

    private static void jump(byte[] ram, int at, int target) {
        ram[at] = (byte) OP_JP;
        ram[at + 1] = (byte) target;
        ram[at + 2] = (byte) (target >> 8);
    }

    private static void trap(byte[] ram, int at, int port) {
        ram[at] = (byte) OP_OUT_N_A;
        ram[at + 1] = (byte) port;
        ram[at + 2] = (byte) OP_RET;
    }
}
