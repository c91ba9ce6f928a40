package retroshield.cpu;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.IntConsumer;

/** 64 KB of RAM, a queue of interrupt-acknowledge bytes and a log of port writes. */
final class TestBus implements Bus {
    final byte[] mem = new byte[0x10000];
    final Deque<Integer> ackBytes = new ArrayDeque<>();
    final List<Integer> outs = new ArrayList<>();
    int acknowledges;
    IntConsumer onOut = v -> { };

    /** Copies bytes into memory at address. */
    TestBus load(int address, int... bytes) {
        for (int k = 0; k < bytes.length; k++) {
            mem[(address + k) & 0xFFFF] = (byte) bytes[k];
        }
        return this;
    }

    int word(int address) {
        return (mem[address] & 0xFF) | ((mem[(address + 1) & 0xFFFF] & 0xFF) << 8);
    }

    @Override public int read(int address) {
        return mem[address] & 0xFF;
    }

    @Override public void write(int address, int value) {
        mem[address] = (byte) value;
    }

    @Override public int in(int port) {
        return 0xFF;
    }

    @Override public void out(int port, int value) {
        outs.add(value);
        onOut.accept(value);
    }

    @Override public int interruptAcknowledge() {
        acknowledges++;
        return ackBytes.isEmpty() ? 0xFF : ackBytes.poll();
    }
}
