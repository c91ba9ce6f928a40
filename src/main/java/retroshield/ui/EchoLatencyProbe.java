package retroshield.ui;

import java.nio.file.Path;
import java.util.Arrays;
import retroshield.terminal.TerminalFrame;

/**
 * Measures how long a key takes to show: from handing the key to the machine to the moment a
 * new frame with the firmware's echo is published for the screen (the screen takes it at its
 * next pulse, so the key is visible within one frame when this is well under 16 ms). Runs the
 * same pipeline as the app (MachineRunner thread, Terminal, FramePublisher), without a window.
 * Usage: {@code java -cp target/retroshield.jar retroshield.ui.EchoLatencyProbe roms/mint.json [keys]}
 */
public final class EchoLatencyProbe {

    private EchoLatencyProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path rom = Path.of(args.length > 0 ? args[0] : "roms/mint.json");
        int keys = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        try (MachineSession session = MachineSession.open(rom, 80, 24)) {
            session.runner().run();
            waitQuiet(session);
            long[] nanos = new long[keys];
            for (int i = 0; i < keys; i++) {
                long before = session.frame().version();
                byte[] key = i % 2 == 0 ? new byte[] {'x'} : session.keys().encode(retroshield.terminal.Key.BACKSPACE);
                long t0 = System.nanoTime();
                session.send(key);
                TerminalFrame f;
                do {
                    Thread.onSpinWait();
                    f = session.frame();
                } while (f.version() == before && System.nanoTime() - t0 < 2_000_000_000L);
                nanos[i] = System.nanoTime() - t0;
                Thread.sleep(5);
            }
            Arrays.sort(nanos);
            System.out.printf("Key to published echo frame over %d keys (%s): median %.3f ms, p99 %.3f ms, max %.3f ms%n",
                    keys, session.metadata().name(), nanos[keys / 2] / 1e6,
                    nanos[(int) Math.ceil(keys * 0.99) - 1] / 1e6, nanos[keys - 1] / 1e6);
        }
    }

    private static void waitQuiet(MachineSession session) throws InterruptedException {
        long last = -1;
        for (int i = 0; i < 100; i++) {
            Thread.sleep(50);
            long v = session.frame().version();
            if (v == last && v > 0) {
                return;
            }
            last = v;
        }
    }
}
