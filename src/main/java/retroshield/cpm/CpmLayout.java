package retroshield.cpm;

/**
 * The memory map the harness sets up in its flat 64 KB RAM, modelled on a CP/M 2.2 system.
 *
 * <pre>
 * $0000  HALT             warm boot: the harness ends the run when the CPU halts here
 * $0001  $FF03            the BIOS warm boot entry, where programs look for the BIOS
 * $0005  RET              BDOS entry: the harness performs the call as this RET executes
 * $0006  $FE06            the BDOS address, i.e. the top of the TPA
 * $0100  ...              the .COM program (TPA)
 * $FDFE  $0000            the initial stack: a RET from the program warm-boots
 * $FE06  OUT ($F8),A      a second BDOS entry for programs that jump to the address in
 * $FE08  RET              $0006 (the same trap as below)
 * $FF00  OUT ($E0+k),A    BIOS jump table: entry k (BOOT, WBOOT, CONST, CONIN, CONOUT, ...)
 *        RET              is a 3-byte trap of its own
 * </pre>
 *
 * <p>Traps cost nothing per instruction: the Bus notices an opcode fetch from $0000 or $0005
 * (one comparison per memory read) or an {@code OUT} to a trap port, and asks the Z80 to stop
 * after that instruction. A BDOS call through $0005 therefore costs what the published ZEXDOC
 * and ZEXALL totals assume: {@code CALL 5} (17) + {@code RET} (10) T-states; the final
 * {@code JP 0} adds 10 + the {@code HALT}'s 4.
 */
final class CpmLayout {

    static final int WARM_BOOT_VECTOR = 0x0000;
    static final int BIOS_ADDRESS_WORD = 0x0001;
    static final int BDOS_VECTOR = 0x0005;
    static final int BDOS_ADDRESS_WORD = 0x0006;
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

    private static final int OP_HALT = 0x76;
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
        ram[WARM_BOOT_VECTOR] = (byte) OP_HALT;
        word(ram, BIOS_ADDRESS_WORD, BIOS_BASE + 3 * BIOS_WBOOT);
        ram[BDOS_VECTOR] = (byte) OP_RET;
        word(ram, BDOS_ADDRESS_WORD, BDOS_ENTRY);
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

    private static void word(byte[] ram, int at, int value) {
        ram[at] = (byte) value;
        ram[at + 1] = (byte) (value >> 8);
    }

    private static void trap(byte[] ram, int at, int port) {
        ram[at] = (byte) OP_OUT_N_A;
        ram[at + 1] = (byte) port;
        ram[at + 2] = (byte) OP_RET;
    }
}
