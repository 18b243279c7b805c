package dev.dslfix.lang;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs recursive work (parsing, tree walks) on threads with a large stack, so that deeply nested
 * input (thousands of parentheses) cannot overflow it. Work already on such a thread runs inline.
 */
public final class DeepStack {
    /** 512 MB: enough for 20,000 nested parentheses in the SQL grammar with a wide margin. */
    public static final long STACK_BYTES = 512L * 1024 * 1024;

    private static final ThreadLocal<Boolean> DEEP = ThreadLocal.withInitial(() -> false);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** A factory for large-stack daemon threads; callers may build their own executors on it. */
    public static final ThreadFactory THREADS = runnable -> {
        Thread t = new Thread(null, () -> {
            DEEP.set(true);
            runnable.run();
        }, "dslfix-deep-" + COUNTER.incrementAndGet(), STACK_BYTES);
        t.setDaemon(true);
        return t;
    };

    private static final ExecutorService POOL = new ThreadPoolExecutor(
            0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), THREADS);

    private DeepStack() {
    }

    public static boolean onDeepStack() {
        return DEEP.get();
    }

    /** Computes {@code work} on a large-stack thread and waits for it. */
    public static <T> T call(Supplier<T> work) {
        if (onDeepStack()) {
            return work.get();
        }
        CompletableFuture<T> future = CompletableFuture.supplyAsync(work, POOL);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
