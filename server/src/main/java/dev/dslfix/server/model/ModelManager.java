package dev.dslfix.server.model;

import ai.djl.Device;
import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.Language;
import dev.dslfix.models.slm.SlmModel;
import dev.dslfix.models.slm.SlmRepairer;
import dev.dslfix.server.repair.RepairEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resident models: each language's model is loaded once, on first use, onto the configured
 * device, and shared by every request (inference only reads the weights). A model that is
 * missing is simply absent (search alone repairs); one that fails to load gives one warning and
 * is not tried again.
 */
public final class ModelManager implements RepairEngine.Proposer, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ModelManager.class);
    private static final String BUNDLED = "/dslfix/models/";

    private final ModelSettings settings;
    private final Consumer<String> warn;
    private volatile Consumer<String> onLoaded = id -> { };
    private volatile boolean closed;
    private final Map<String, Optional<SlmRepairer>> loaded = new ConcurrentHashMap<>();

    /** @param warn where the one warning about an unusable model goes (log, editor message) */
    public ModelManager(ModelSettings settings, Consumer<String> warn) {
        this.settings = settings;
        this.warn = warn;
    }

    /** Told the language id each time a model has loaded (for status displays). */
    public void onLoaded(Consumer<String> listener) {
        this.onLoaded = listener;
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** The language ids whose models are resident now. */
    public List<String> residentLanguages() {
        return loaded.entrySet().stream().filter(e -> e.getValue().isPresent()).map(Map.Entry::getKey).sorted().toList();
    }

    /** Where the resident models run, e.g. "cpu()"; null when none is resident. */
    public String residentDevice() {
        return loaded.values().stream().flatMap(Optional::stream).map(r -> r.model().device().toString()).findFirst().orElse(null);
    }

    @Override
    public List<String> propose(Language language, String text, int max, Cancellation cancel) {
        return repairer(language).map(r -> r.repair(text, max, cancel)).orElse(List.of());
    }

    /** The language's model, loading it the first time. */
    public Optional<SlmRepairer> repairer(Language language) {
        if (!settings.enabled() || closed) {
            return Optional.empty();
        }
        Optional<SlmRepairer> existing = loaded.get(language.id());
        if (existing != null) {
            return existing;
        }
        Optional<SlmRepairer> r = loaded.computeIfAbsent(language.id(), id -> load(language));
        if (r.isPresent()) {
            onLoaded.accept(language.id());
        }
        return r;
    }

    /** A short state for status displays: which model a language has and where it runs. */
    public String status(Language language) {
        return repairer(language).map(r -> "model on " + r.model().device()).orElse("search only");
    }

    private Optional<SlmRepairer> load(Language language) {
        String id = language.id();
        // No model for this language: say nothing and do not even start the engine.
        Path dir = settings.dir() == null ? null : settings.dir().resolve(id);
        if (dir != null ? !Files.isDirectory(dir) : ModelManager.class.getResource(BUNDLED + id + "/weights.bin") == null) {
            return Optional.empty();
        }
        try {
            Device device = SlmModel.device(settings.device());
            SlmModel model;
            if (dir != null) {
                model = SlmModel.load(dir, device);
            } else {
                try (InputStream config = resource(id, "config.json"); InputStream vocab = resource(id, "vocab.json");
                     InputStream weights = resource(id, "weights.bin")) {
                    if (config == null || vocab == null || weights == null) {
                        throw new IOException("the bundled model is incomplete");
                    }
                    model = SlmModel.load(config, vocab, weights, device);
                }
            }
            if (!model.languageId().equals(id)) {
                model.close();
                throw new IOException("the model is for '" + model.languageId() + "', not '" + id + "'");
            }
            if (closed) {
                model.close();
                return Optional.empty();
            }
            LOG.info("loaded the {} repair model on {}", id, model.device());
            return Optional.of(new SlmRepairer(model, language));
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            warn.accept("the " + id + " repair model cannot be used (" + e.getMessage() + "); repairs come from search alone");
            return Optional.empty();
        }
    }

    private static InputStream resource(String id, String file) {
        return ModelManager.class.getResourceAsStream(BUNDLED + id + "/" + file);
    }

    @Override
    public void close() {
        closed = true;
        // No clear(): it would wait for a load in progress; a load that finishes after close
        // closes its own model (see load).
        loaded.values().forEach(o -> o.ifPresent(r -> r.model().close()));
    }
}
