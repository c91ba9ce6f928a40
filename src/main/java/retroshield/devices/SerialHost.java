package retroshield.devices;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host end of the machine's serial line: one per machine.
 *
 * <h2>Input (any thread)</h2>
 * {@link #send(byte[])} and {@link #send(String)} append to an unbounded queue; nothing is ever
 * dropped, so a 100 KB paste reaches the firmware whole. Key translation (Enter, Backspace,
 * upper-casing) is done before, by {@link InputOptions#translate(String)}.
 *
 * <h2>Delivery (emulator thread)</h2>
 * The machine calls {@link #pump(long)} with its cycle counter after every IN/OUT to the chip
 * and between run slices. Each call first passes the time to the chip
 * ({@link SerialDevice#tick(long)}), then delivers at most one queued byte, and only when
 * {@link SerialDevice#readyToReceive()} says the chip and the firmware's flow control take it.
 *
 * <h2>Pacing</h2>
 * {@link #setBaudPacing(int, long)} with a baud rate above 0 spaces deliveries one character
 * time apart ({@code cpuHz * 10 / baud} cycles: start bit, 8 data bits, stop bit) and gives
 * the chip the same character time for its transmitter. 0 baud (the default) is unpaced: a
 * byte is delivered as soon as the chip is ready.
 *
 * <h2>Output</h2>
 * Bytes the firmware transmits go to every listener added with
 * {@link #addOutputListener(IntConsumer)}, on the emulator thread. A listener that throws is
 * logged and does not stop the machine.
 */
public final class SerialHost {

    private static final Logger LOG = LoggerFactory.getLogger(SerialHost.class);
    private static final int BITS_PER_CHARACTER = 10;

    private final SerialDevice device;
    private final ByteQueue input = new ByteQueue();
    private final CopyOnWriteArrayList<IntConsumer> outputListeners = new CopyOnWriteArrayList<>();

    private volatile long deliveryInterval;
    private boolean delivered;
    private long lastDelivery;
    private long listenerFailures;
    private final InputPacer pacer = new InputPacer();
    private long now;
    private IntConsumer deliveryListener;
    private boolean outputMuted;

    /** Connects to {@code device}, taking over its transmit listener. */
    public SerialHost(SerialDevice device) {
        this.device = Objects.requireNonNull(device, "device");
        device.setTransmitListener(this::dispatchOutput);
    }

    /** The chip this host feeds. */
    public SerialDevice device() {
        return device;
    }

    // --- input side, any thread ---

    /** Queues raw bytes, untranslated. */
    public void send(byte[] bytes) {
        send(bytes, 0, bytes.length);
    }

    /** Queues {@code length} raw bytes of {@code bytes} from {@code offset}. */
    public void send(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (length > 0) {
            input.addAll(bytes, offset, length);
        }
    }

    /** Queues the ISO-8859-1 bytes of {@code text} (characters beyond $FF become '?'). */
    public void send(String text) {
        send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Bytes queued and not yet delivered to the chip. */
    public int pendingInput() {
        return input.size();
    }

    /** Drops every queued byte (e.g. the user cancels a long paste). */
    public void clearInput() {
        input.clear();
        pacer.reset();
    }

    // --- emulator thread ---

    /**
     * Passes the time to the chip and delivers the next queued byte when the chip is ready and
     * pacing allows.
     *
     * @param cpuCycles the machine's cycle counter now; a counter that went backwards (machine
     *                  reset) restarts pacing
     */
    public void pump(long cpuCycles) {
        now = cpuCycles;
        device.tick(cpuCycles);
        if (input.size() == 0 || !device.readyToReceive(pacer.honoursFlowControl())) {
            return;
        }
        long interval = deliveryInterval;
        if (delivered && interval > 0 && cpuCycles >= lastDelivery && cpuCycles - lastDelivery < interval) {
            return;
        }
        if (!pacer.mayDeliver(cpuCycles)) {
            return;
        }
        int b = input.poll();
        if (b < 0) {
            return;
        }
        device.receive(b);
        if (deliveryListener != null) {
            deliveryListener.accept(b);
        }
        delivered = true;
        lastDelivery = cpuCycles;
        pacer.delivered(b, input.peek(), cpuCycles);
    }

    /**
     * Sets how input is paced against the firmware's echo and prompts (any thread; takes
     * effect at the next delivery). {@code cpuHz} converts the timeout to cycles (0: keep).
     */
    public void setPacing(InputPacing pacing, long cpuHz) {
        pacer.configure(java.util.Objects.requireNonNull(pacing, "pacing"), cpuHz);
    }

    /** The pacing in force. */
    public InputPacing pacing() {
        return pacer.pacing();
    }

    /**
     * The machine was reset (emulator thread): with line pacing the next line waits for the
     * ROM's first prompt again.
     */
    public void machineReset() {
        pacer.machineReset(now);
    }

    /** Echo or prompt waits that ended by their timeout (the firmware did not answer in time). */
    public long pacingTimeouts() {
        return pacer.timeouts();
    }

    /**
     * Paces input (and the chip's transmitter) at {@code baud}, 10 bits per character, for a
     * CPU clocked at {@code cpuHz}. {@code baud} 0 (or an unknown clock, {@code cpuHz} 0)
     * switches pacing off. Call it on the emulator thread (or before the machine runs): it
     * also sets the chip's character time.
     */
    public void setBaudPacing(int baud, long cpuHz) {
        if (baud < 0 || cpuHz < 0) {
            throw new IllegalArgumentException("baud and clock must not be negative: baud " + baud + ", clock " + cpuHz);
        }
        long interval = baud == 0 || cpuHz == 0 ? 0 : Math.max(1, cpuHz * BITS_PER_CHARACTER / baud);
        deliveryInterval = interval;
        device.setCharacterTime(interval);
    }

    /** Cycles between two deliveries; 0 = unpaced. */
    public long characterTime() {
        return deliveryInterval;
    }

    /** Adds a receiver of transmitted bytes (0..255), called on the emulator thread. */
    public void addOutputListener(IntConsumer listener) {
        outputListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeOutputListener(IntConsumer listener) {
        outputListeners.remove(listener);
    }

    private void dispatchOutput(int value) {
        int b = value & 0xFF;
        pacer.output(b, now);
        if (outputMuted) {
            return;
        }
        for (IntConsumer listener : outputListeners) {
            try {
                listener.accept(b);
            } catch (RuntimeException e) {
                listenerFailures++;
                if (listenerFailures == 1) {
                    LOG.warn("serial output listener {} failed on byte ${}; further failures are logged at debug level",
                            listener, Integer.toHexString(b), e);
                } else {
                    LOG.debug("serial output listener {} failed again on byte ${}: {}", listener, Integer.toHexString(b), e.toString());
                }
            }
        }
    }

    /** How many times an output listener has thrown (they are logged, never passed on). */
    public long outputListenerFailures() {
        return listenerFailures;
    }

    // --- snapshots and the debugger's history (emulator thread) ---

    /** The queued input and the pacing state, for a machine snapshot. */
    public SerialHostState saveState() {
        return new SerialHostState(input.toArray(), delivered, lastDelivery, pacer.saveState());
    }

    /** Puts back the queued input and pacing state of {@link #saveState()}. */
    public void restoreState(SerialHostState state) {
        input.replaceWith(state.pendingInput());
        delivered = state.delivered();
        lastDelivery = state.lastDelivery();
        pacer.restoreState(state.pacer());
    }

    /** Told each byte handed to the chip (the debugger's history records them); null removes it. */
    public void setDeliveryListener(IntConsumer listener) {
        this.deliveryListener = listener;
    }

    /** While muted, transmitted bytes reach no listener (the debugger replaying history). */
    public void setOutputMuted(boolean muted) {
        this.outputMuted = muted;
    }
}
