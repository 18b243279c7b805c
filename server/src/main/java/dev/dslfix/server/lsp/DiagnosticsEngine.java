package dev.dslfix.server.lsp;

import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.DeepStack;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Language;
import dev.dslfix.server.core.Analysis;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes diagnostics off the reader thread: debounced after edits, at most one computation
 * per document version (shared by push and pull), stale work cancelled as soon as a newer
 * version arrives. Workers have large stacks for deeply nested input.
 */
final class DiagnosticsEngine {
    private static final Logger LOG = LoggerFactory.getLogger(DiagnosticsEngine.class);

    /** A computation for one document version under one generation of languages. */
    private record Job(int version, int generation, CompletableFuture<List<Diagnostic>> result) {
    }

    private final Function<String, OpenDocument> documents;
    private final Supplier<WorkspaceState> workspace;
    private final Consumer<Published> publisher;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dslfix-debounce");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService workers = Executors.newFixedThreadPool(2, DeepStack.THREADS);
    private final Map<String, ScheduledFuture<?>> scheduled = new ConcurrentHashMap<>();
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    /** Bumped when the languages change (configuration, grammar reload): results before it are stale. */
    private final java.util.concurrent.atomic.AtomicInteger generation = new java.util.concurrent.atomic.AtomicInteger();

    /** Diagnostics ready to publish for a document version. */
    record Published(String uri, int version, String text, List<Diagnostic> diagnostics) {
    }

    DiagnosticsEngine(Function<String, OpenDocument> documents, Supplier<WorkspaceState> workspace, Consumer<Published> publisher) {
        this.documents = documents;
        this.workspace = workspace;
        this.publisher = publisher;
    }

    /** Publishes diagnostics for the document's current version after {@code delayMillis} of quiet. */
    void schedule(String uri, int delayMillis) {
        ScheduledFuture<?> previous = scheduled.put(uri, timer.schedule(() -> publishCurrent(uri), delayMillis, TimeUnit.MILLISECONDS));
        if (previous != null) {
            previous.cancel(false);
        }
    }

    private void publishCurrent(String uri) {
        OpenDocument doc = documents.apply(uri);
        if (doc == null) {
            return;
        }
        diagnostics(doc).whenComplete((diagnostics, error) -> {
            if (error != null) {
                return; // cancelled by a newer version, which has its own schedule
            }
            OpenDocument now = documents.apply(uri);
            if (now != null && now.version() == doc.version()) {
                publisher.accept(new Published(uri, doc.version(), doc.text(), diagnostics));
            }
        });
    }

    /** Diagnostics of this exact version, computed once however many ask. */
    CompletableFuture<List<Diagnostic>> diagnostics(OpenDocument doc) {
        int gen = generation.get();
        Job job = jobs.compute(doc.uri(), (uri, existing) -> {
            if (existing != null && existing.version() == doc.version() && existing.generation() == gen
                    && !existing.result().isCompletedExceptionally()) {
                return existing;
            }
            return new Job(doc.version(), gen, CompletableFuture.supplyAsync(() -> compute(doc), workers));
        });
        return job.result();
    }

    private List<Diagnostic> compute(OpenDocument doc) {
        Cancellation stale = () -> {
            OpenDocument now = documents.apply(doc.uri());
            return now == null || now.version() != doc.version();
        };
        stale.check();
        WorkspaceState state = workspace.get();
        Optional<Language> language = state.languageFor(doc);
        if (language.isEmpty()) {
            return List.of();
        }
        long t0 = System.nanoTime();
        List<Diagnostic> result = Analysis.diagnose(language.get(), doc.text(), state.config().maxDocumentChars(), stale);
        LOG.debug("{} v{}: {} diagnostics in {} ms", doc.uri(), doc.version(), result.size(), (System.nanoTime() - t0) / 1_000_000);
        return result;
    }

    /** Languages changed: no cached result may be reused. */
    void invalidateAll() {
        generation.incrementAndGet();
    }

    void forget(String uri) {
        ScheduledFuture<?> s = scheduled.remove(uri);
        if (s != null) {
            s.cancel(false);
        }
        jobs.remove(uri);
    }

    void shutdown() {
        timer.shutdownNow();
        workers.shutdownNow();
    }
}
