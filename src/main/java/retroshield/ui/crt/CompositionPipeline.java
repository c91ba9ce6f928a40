package retroshield.ui.crt;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import retroshield.terminal.TerminalFrame;

/**
 * Composes the CRT pictures of a {@link CrtView} on a thread of its own ("crt-composer", with
 * the renderer's worker), so that the FX thread only hands over what to draw and shows what is
 * finished: while JavaFX renders one picture the next is composed, and a later pulse shows it.
 * The FX thread posts a request whenever the picture should change; the composing thread takes
 * the latest request as soon as it is free (requests it did not get to are replaced, never
 * queued), so it is not tied to the pulses: a picture that took longer than a pulse does not
 * hold up the next. Up to {@link #AHEAD} finished pictures wait to be shown, oldest first, one per
 * pulse; each is shown once.
 *
 * <p>Pictures go into image buffers in turn: the one on screen, the one it replaced at this
 * pulse (JavaFX may still upload from it), those finished and the one being composed. A buffer
 * that left the screen is reused from the next pulse on.
 *
 * <p>The {@link CrtRenderer} belongs to the composing thread from construction on; settings and
 * fonts reach it with the requests or as tasks on that thread. {@link #submit}, {@link #take} and
 * {@link #animationState} are called on the FX thread. With a direct executor ({@link #direct}:
 * the app on fewer than four cores, and tests) a picture is composed inside {@link #submit}, on
 * the FX thread and the renderer's worker, and taken at the same pulse.
 */
final class CompositionPipeline implements AutoCloseable {

    /** What to draw: a view's size and scale, a frame, and everything else the picture shows. */
    record Request(double width, double height, double scale, TerminalFrame frame, TextSelection selection,
                   long nanos, CrtSettings settings) {
    }

    /** An image buffer and, once composed, what it shows. */
    static final class Picture {
        final int width;
        final int height;
        final IntBuffer buffer;
        final PixelBuffer<IntBuffer> pixels;
        final WritableImage image;
        Request request;
        boolean whole;
        Rectangle2D glassBox;
        Image bezel;
        /** Free from this pulse on (Long.MAX_VALUE while in use). */
        long freeFrom = Long.MIN_VALUE;

        Picture(int width, int height) {
            this.width = width;
            this.height = height;
            buffer = IntBuffer.allocate(width * height);
            pixels = new PixelBuffer<>(width, height, buffer, PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(pixels);
        }

        Request request() {
            return request;
        }

        Image image() {
            return image;
        }

        Rectangle2D glassBox() {
            return glassBox;
        }

        Image bezel() {
            return bezel;
        }
    }

    private final CrtRenderer renderer;
    private final Executor executor;
    private final ExecutorService ownThread;
    /** Guards the fields below (held briefly by the FX thread and the composing thread). */
    private final Object lock = new Object();
    private final List<Picture> pictures = new ArrayList<>();
    private Request pending;
    private boolean composing;
    /** Pictures finished and not yet shown, oldest first (at most {@link #AHEAD}). */
    private final java.util.ArrayDeque<Picture> finished = new java.util.ArrayDeque<>();
    private Throwable failure;
    private Picture shown;
    /** The FX thread's latest pulse. */
    private long pulse;
    private volatile CrtRenderer.AnimationState animation;

    /**
     * Finished pictures that may wait to be shown: two, so that a picture that took longer than
     * a pulse to compose does not hold up the next (each request is composed and shown once).
     */
    static final int AHEAD = 2;

    /** Composes on a thread of its own. */
    static CompositionPipeline threaded(CrtRenderer renderer) {
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "crt-composer");
            t.setDaemon(true);
            return t;
        });
        return new CompositionPipeline(renderer, thread, thread);
    }

    /** Composes on the calling thread, inside {@link #submit} (tests). */
    static CompositionPipeline direct(CrtRenderer renderer) {
        return new CompositionPipeline(renderer, Runnable::run, null);
    }

    private CompositionPipeline(CrtRenderer renderer, Executor executor, ExecutorService ownThread) {
        this.renderer = renderer;
        this.executor = executor;
        this.ownThread = ownThread;
        this.animation = renderer.animationState();
    }

    /** True when pictures are composed inside {@link #submit} (no thread of their own). */
    boolean synchronous() {
        return ownThread == null;
    }

    /** The renderer: to be used on the composing thread only ({@link #onComposingThread}). */
    CrtRenderer renderer() {
        return renderer;
    }

    /** Runs a task on the composing thread, in order with the compositions (a font change). */
    void onComposingThread(Runnable task) {
        executor.execute(task);
    }

    /** The animation state of the last picture finished (see {@link CrtRenderer.AnimationState}). */
    CrtRenderer.AnimationState animationState() {
        return animation;
    }

    /**
     * Asks for a picture: composed as soon as the composing thread is free, unless a later
     * request replaces it first. FX thread.
     *
     * @param pulseNumber the number of the current pulse
     */
    void submit(Request request, long pulseNumber) {
        boolean start;
        synchronized (lock) {
            pulse = pulseNumber;
            pending = request;
            start = startLocked();
        }
        if (start) {
            executor.execute(this::composeWhilePending);
        }
    }

    /**
     * True when the composing thread is to be started: it is idle, there is a request, and fewer
     * than {@link #AHEAD} finished pictures wait to be shown.
     */
    private boolean startLocked() {
        if (composing || finished.size() >= AHEAD || pending == null) {
            return false;
        }
        composing = true;
        return true;
    }

    /** Composing thread: composes the latest request until there is none. */
    private void composeWhilePending() {
        while (true) {
            Request request;
            Picture target;
            synchronized (lock) {
                request = pending;
                if (request == null || finished.size() >= AHEAD) {
                    composing = false;
                    return;
                }
                pending = null;
                target = freeBuffer(request);
            }
            try {
                renderer.setSettings(request.settings());
                target.whole = renderer.composeInto(target.width, target.height, request.frame(),
                        request.selection(), request.nanos(), target.buffer.array());
                target.glassBox = renderer.lastGlassBox();
                target.bezel = renderer.bezel();
                target.request = request;
                animation = renderer.animationState();
                synchronized (lock) {
                    finished.addLast(target);
                }
            } catch (RuntimeException | Error e) {
                synchronized (lock) {
                    target.freeFrom = Long.MIN_VALUE;
                    failure = e;
                    pending = null;
                    composing = false;
                }
                return;
            }
        }
    }

    /** A buffer of the request's size that is free at the current pulse (lock held). */
    private Picture freeBuffer(Request request) {
        int w = Math.max(1, (int) Math.ceil(request.width() * request.scale()));
        int h = Math.max(1, (int) Math.ceil(request.height() * request.scale()));
        pictures.removeIf(p -> (p.width != w || p.height != h) && p.freeFrom <= pulse);
        for (Picture p : pictures) {
            if (p.width == w && p.height == h && p.freeFrom <= pulse) {
                p.freeFrom = Long.MAX_VALUE;
                return p;
            }
        }
        Picture p = new Picture(w, h);
        p.freeFrom = Long.MAX_VALUE;
        pictures.add(p);
        return p;
    }

    /**
     * The oldest finished picture not shown yet, marked changed for JavaFX and now on screen, or
     * null. FX thread.
     *
     * @param pulseNumber the number of the current pulse (the picture it replaces is free from the next one)
     */
    Picture take(long pulseNumber) {
        Picture p;
        synchronized (lock) {
            pulse = pulseNumber;
            if (failure != null) {
                Throwable e = failure;
                failure = null;
                if (e instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) e;
            }
            p = finished.pollFirst();
            if (p == null) {
                return null;
            }
            if (shown != null && shown != p) {
                shown.freeFrom = pulseNumber + 1;
            }
            shown = p;
        }
        Rectangle2D box = p.whole ? null : p.glassBox;
        // outside the glass box the buffer holds the same bezel as when it was last uploaded
        p.pixels.updateBuffer(b -> box);
        boolean start;
        synchronized (lock) {
            start = startLocked();
        }
        if (start) {
            executor.execute(this::composeWhilePending);
        }
        return p;
    }

    @Override
    public void close() {
        if (ownThread != null) {
            ownThread.shutdownNow();
        }
        renderer.close();
    }
}
