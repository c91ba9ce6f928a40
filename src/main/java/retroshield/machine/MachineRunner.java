package retroshield.machine;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns a {@link Machine} on its own thread, for the desktop app.
 *
 * <p>Other threads send commands (run, pause, step, reset, clock, input, arbitrary actions);
 * they wait in a queue drained between run slices of about 1 ms of emulated time, so the
 * machine is only ever touched by the emulator thread. {@link #status()} is an immutable
 * record refreshed about ten times a second and at every change of state.
 *
 * <p>The thread never dies because of the emulated program: an exception while running is
 * logged, the machine pauses and the status carries the problem.
 */
public final class MachineRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MachineRunner.class);
    private static final long STATUS_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long IDLE_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final Machine machine;
    private final Pacer pacer;
    private final RunPolicy policy;
    private final Queue<Consumer<Machine>> commands = new ConcurrentLinkedQueue<>();
    /** Called on the emulator thread after every run slice and every batch of commands. */
    private final java.util.List<Runnable> sliceListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile MachineStatus status;
    private volatile boolean closed;
    private Thread thread;
    // Emulator-thread state:
    private boolean running;
    private boolean haltedForever;
    private String problem;
    private long lastStatusNanos;
    private int baud;
    /** CPU cycles at the last power cycle (the status counts from there). */
    private long cycleBase;

    public MachineRunner(Machine machine) {
        this.machine = machine;
        this.pacer = new Pacer(ClockSpeed.from(machine.metadata().clock()));
        this.policy = new RunPolicy(machine);
        this.status = new MachineStatus(MachineStatus.State.IDLE, machine.cpu().pc(),
                machine.cpu().cycles(), 0, pacer.speed(), null);
    }

    /** Starts the emulator thread; the machine stays paused until {@link #run()}. */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = new Thread(this::loop, "retroshield-emulator");
        thread.setDaemon(true);
        thread.start();
    }

    public void run() {
        submit(m -> {
            running = true;
            haltedForever = false;
            problem = null;
            pacer.start(m.cpu().cycles());
        });
    }

    public void pause() {
        submit(m -> running = false);
    }

    /** One instruction; the machine is paused afterwards. */
    public void step() {
        submit(m -> {
            running = false;
            m.step();
        });
    }

    public void warmReset() {
        submit(m -> {
            m.warmReset();
            haltedForever = false;
            problem = null;
            pacer.start(m.cpu().cycles());
        });
    }

    public void coldReset() {
        submit(m -> {
            m.coldReset();
            cycleBase = m.cpu().cycles();
            haltedForever = false;
            problem = null;
            pacer.start(m.cpu().cycles());
        });
    }

    public void setClock(ClockSpeed speed) {
        submit(m -> {
            pacer.setSpeed(speed, m.cpu().cycles());
            m.serialHost().setBaudPacing(baud, speed.nominalHz());
        });
    }

    /**
     * Paces input (and the chip's transmitter) at {@code baud} (0 = as fast as the firmware
     * takes it), measured against the clock setting (4 MHz when unlimited).
     */
    public void setBaud(int baud) {
        submit(m -> {
            this.baud = baud;
            m.serialHost().setBaudPacing(baud, pacer.speed().nominalHz());
        });
    }

    /** Input for the firmware (keys, paste): queued in the SerialHost, never dropped. */
    public void send(byte[] bytes) {
        machine.serialHost().send(bytes);
        wake();
    }

    /** Receives every byte the firmware transmits, on the emulator thread. */
    public void addOutputListener(IntConsumer listener) {
        machine.serialHost().addOutputListener(listener);
    }

    /**
     * Runs {@code action} on the emulator thread between slices (debugger: breakpoints, memory
     * edits, snapshots). It must be quick and must not block.
     */
    public void submit(Consumer<Machine> action) {
        commands.add(action);
        wake();
    }

    public MachineStatus status() {
        return status;
    }

    /**
     * Runs {@code listener} on the emulator thread after every run slice (about 1 ms of
     * emulated time) and after every batch of commands, also while paused: the place to publish
     * what the emulator thread owns (the terminal's frames). It must be quick.
     */
    public void addSliceListener(Runnable listener) {
        sliceListeners.add(listener);
    }

    private void afterSlice() {
        for (Runnable r : sliceListeners) {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.error("Slice listener failed", e);
            }
        }
    }

    private void wake() {
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    private void loop() {
        pacer.start(machine.cpu().cycles());
        publish(true);
        while (!closed) {
            drainCommands();
            if (running && !haltedForever) {
                runOneSlice();
                afterSlice();
            } else {
                pacer.idle(machine.cpu().cycles());
                publish(false);
                afterSlice();
                if (commands.isEmpty()) {
                    LockSupport.parkNanos(this, IDLE_PARK_NANOS);
                }
            }
        }
    }

    private void drainCommands() {
        Consumer<Machine> command;
        boolean any = false;
        while ((command = commands.poll()) != null) {
            any = true;
            try {
                command.accept(machine);
            } catch (RuntimeException e) {
                fail("command", e);
            }
        }
        if (any) {
            publish(true);
        }
    }

    private void runOneSlice() {
        long requested = pacer.sliceCycles();
        try {
            long ran = machine.runSlice(requested);
            if (policy.haltedForever()) {
                haltedForever = true;
                running = false;
                problem = "CPU " + policy.haltReason() + ": nothing can wake it; Reset or Power cycle to start again";
                LOG.info(problem);
                publish(true);
                return;
            }
            if (ran < requested) {
                running = false;            // the debug hook stopped it (breakpoint)
                publish(true);
                return;
            }
        } catch (RuntimeException | StackOverflowError e) {
            fail("emulation", e);
            return;
        }
        policy.restIfIdle(pacer.speed());   // waiting for an interrupt at full speed: rest
        pacer.paceTo(machine.cpu().cycles());
        publish(false);
    }

    private void fail(String where, Throwable e) {
        running = false;
        problem = where + " failed at PC $" + String.format("%04X", machine.cpu().pc()) + ": " + e;
        LOG.error("Machine paused: {}", problem, e);
        publish(true);
    }

    private void publish(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastStatusNanos < STATUS_INTERVAL_NANOS) {
            return;
        }
        lastStatusNanos = now;
        MachineStatus.State state;
        if (haltedForever) {
            state = MachineStatus.State.HALTED;
        } else {
            state = running ? MachineStatus.State.RUNNING : MachineStatus.State.PAUSED;
        }
        status = new MachineStatus(state, machine.cpu().pc(), machine.cpu().cycles() - cycleBase,
                running ? pacer.measuredMhz() : 0, pacer.speed(), problem,
                machine.accessReport().isEmpty() ? java.util.List.of() : machine.accessReport().summary());
    }

    /** Stops the thread (waits up to a second for it). */
    @Override
    public void close() {
        closed = true;
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
            try {
                t.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
