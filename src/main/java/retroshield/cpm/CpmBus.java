package retroshield.cpm;

import retroshield.cpu.Bus;

/**
 * A flat 64 KB of RAM with no I/O devices. An OUT to a trap port (see {@link CpmLayout})
 * records the port and runs the stop action (the Z80's requestStop), so the harness handles
 * the BDOS or BIOS call between instructions. Reads from any port return $FF.
 */
final class CpmBus implements Bus {

    static final int NO_TRAP = -1;

    private final byte[] ram = new byte[0x10000];
    private Runnable stopAction = () -> { };
    private int pendingTrapPort = NO_TRAP;

    byte[] ram() {
        return ram;
    }

    void setStopAction(Runnable stopAction) {
        this.stopAction = stopAction;
    }

    /** The trap port written since the last call, or {@link #NO_TRAP}; clears it. */
    int takeTrap() {
        int port = pendingTrapPort;
        pendingTrapPort = NO_TRAP;
        return port;
    }

    @Override
    public int read(int address) {
        return ram[address & 0xFFFF] & 0xFF;
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
            pendingTrapPort = low;
            stopAction.run();
        }
    }
}
