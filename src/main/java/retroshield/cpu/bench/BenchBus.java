package retroshield.cpu.bench;

import retroshield.cpu.Bus;

/** The simplest possible machine: 64 KB of RAM in one array, no devices. */
final class BenchBus implements Bus {

    final byte[] memory = new byte[0x10000];

    @Override
    public int read(int address) {
        return memory[address] & 0xFF;
    }

    @Override
    public void write(int address, int value) {
        memory[address] = (byte) value;
    }

    @Override
    public int in(int port) {
        return 0xFF;
    }

    @Override
    public void out(int port, int value) {
        // no devices
    }
}
