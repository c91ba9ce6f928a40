package retroshield.ui.crt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs numbered pieces of work on the calling thread and, when there are two threads, one
 * worker ("crt-compose"): each thread takes the next piece until none is left, so a thread that
 * got cheaper pieces (or more of a core) takes more. Returns when every piece is done.
 */
final class ComposeThreads implements AutoCloseable {

    private final ExecutorService worker;
    private final AtomicInteger next = new AtomicInteger();
    private int count;
    private IntConsumer body;
    private final Runnable drain = this::drain;

    /** @param threads 1 or 2 */
    ComposeThreads(int threads) {
        worker = threads > 1 ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "crt-compose");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    /** Runs body(0) .. body(jobs - 1), each exactly once, spread over the threads. */
    void run(int jobs, IntConsumer work) {
        if (jobs <= 0) {
            return;
        }
        count = jobs;
        body = work;
        next.set(0);
        if (worker == null || jobs == 1) {
            drain();
            return;
        }
        Future<?> second = worker.submit(drain);
        drain();
        try {
            second.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("CRT composition failed", e.getCause());
        }
    }

    private void drain() {
        IntConsumer b = body;
        int n = count;
        for (int j = next.getAndIncrement(); j < n; j = next.getAndIncrement()) {
            b.accept(j);
        }
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.shutdownNow();
            try {
                worker.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
