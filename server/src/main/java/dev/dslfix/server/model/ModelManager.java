package dev.dslfix.server.model;

import ai.djl.Device;
import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.Language;
import dev.dslfix.models.slm.BundledModels;
import dev.dslfix.models.slm.SlmModel;
import dev.dslfix.models.slm.SlmRepairer;
import dev.dslfix.server.repair.RepairEngine;
import java.io.IOException;
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
 * device, and shared by every request (inference only reads the weights). A language without a
 * model of its own gets the transfer model (trained on several languages with a shared
 * vocabulary; loaded once for all of them), else none: search alone repairs. A model that fails
 * to load gives one warning and is not tried again.
 */
public final class ModelManager implements RepairEngine.Proposer, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ModelManager.class);

    private final ModelSettings settings;
    private final Consumer<String> warn;
    private volatile Consumer<String> onLoaded = id -> { };
    private volatile boolean closed;
    private final Map<String, Optional<SlmRepairer>> loaded = new ConcurrentHashMap<>();
    /** The transfer model, once loaded (or found missing or unusable): shared by all languages that use it. */
    private volatile Optional<SlmModel> transfer;

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
    public List<String> propose(Language language, String text, int max, Cancellation cancel, dev.dslfix.lang.Analyses analyses) {
        return repairer(language).map(r -> r.proposeBesideSearch(text, max, cancel, analyses)).orElse(List.of());
    }

    /** The language's own model's id, or {@value SlmModel#TRANSFER} when the transfer model stands in. */
    @Override
    public String modelName(Language language) {
        return repairer(language).map(r -> r.model().languageId()).orElse(language.id());
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
        return repairer(language).map(r -> (r.model().languageId().equals(SlmModel.TRANSFER) ? "transfer model on " : "model on ")
                + r.model().device()).orElse("search only");
    }

    private Optional<SlmRepairer> load(Language language) {
        String id = language.id();
        if (!SlmModel.TRANSFER.equals(id) && exists(id)) {
            Optional<SlmModel> own = read(id, id);
            if (own.isPresent() && !own.get().languageId().equals(id)) {
                own.get().close();
                warn.accept("the " + id + " repair model cannot be used (the model is for '" + own.get().languageId() + "', not '" + id
                        + "'); repairs come from search alone");
                return Optional.empty();
            }
            return own.map(m -> new SlmRepairer(m, language));
        }
        // No model of its own: the transfer model, if there is one, stands in.
        Optional<SlmModel> t = transferModel();
        if (t.isPresent() && t.get().supports(language)) {
            LOG.info("no {} model: the transfer model repairs {}", id, id);
            return Optional.of(new SlmRepairer(t.get(), language));
        }
        return Optional.empty();
    }

    private synchronized Optional<SlmModel> transferModel() {
        if (transfer == null) {
            transfer = exists(SlmModel.TRANSFER) ? read(SlmModel.TRANSFER, "transfer") : Optional.empty();
        }
        return transfer;
    }

    /** Whether a model folder (configured) or bundled model exists under this name; missing is no error. */
    private boolean exists(String name) {
        Path dir = settings.dir() == null ? null : settings.dir().resolve(name);
        return dir != null ? Files.isDirectory(dir) : BundledModels.has(name);
    }

    /** Loads a model that exists; a failure is one warning and an empty result. */
    private Optional<SlmModel> read(String name, String what) {
        Path dir = settings.dir() == null ? null : settings.dir().resolve(name);
        try {
            Device device = SlmModel.device(settings.device());
            SlmModel model = dir != null ? SlmModel.load(dir, device) : BundledModels.load(name, device);
            if (closed) {
                model.close();
                return Optional.empty();
            }
            LOG.info("loaded the {} repair model on {}", what, model.device());
            return Optional.of(model);
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            warn.accept("the " + what + " repair model cannot be used (" + e.getMessage() + "); repairs come from search alone");
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        closed = true;
        // No clear(): it would wait for a load in progress; a load that finishes after close
        // closes its own model (see load).
        loaded.values().forEach(o -> o.ifPresent(r -> {
            if (!r.model().languageId().equals(SlmModel.TRANSFER)) {
                r.model().close(); // the transfer model is closed once, below
            }
        }));
        Optional<SlmModel> t = transfer;
        if (t != null) {
            t.ifPresent(SlmModel::close);
        }
    }
}
