package dev.dslfix.models.slm;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import dev.dslfix.lang.Language;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained repair model for one language: configuration, vocabularies and weights, loaded once
 * onto a device. Predictions are thread-safe: they only read the weights.
 *
 * <p>On disk a model is a folder: {@code config.json}, {@code vocab.json}, {@code weights.bin}.
 */
public final class SlmModel implements AutoCloseable {
    static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final String languageId;
    private final NDManager manager;
    private final Network network;
    private final Encoder encoder;
    private final Device device;

    SlmModel(String languageId, NDManager manager, Network network, Encoder encoder) {
        this.languageId = languageId;
        this.manager = manager;
        this.network = network;
        this.encoder = encoder;
        this.device = manager.getDevice();
    }

    /** The id of a model trained on several languages with a shared vocabulary. */
    public static final String TRANSFER = "transfer";

    /** A new, untrained model for a language (its token types and fixed tokens). */
    public static SlmModel create(Language language, List<String> typeNames, SlmConfig config, Device device, long seed) {
        return create(language.id(), new TokenVocab(typeNames, config.nameBuckets(), false), new Tags(language.literalTokens()),
                config, device, seed);
    }

    /**
     * A new, untrained model with a shared vocabulary: for several languages at once (id
     * {@value #TRANSFER}), or for one to which a transfer model may later be compared.
     */
    public static SlmModel createShared(String id, List<String> keys, List<String> literals, SlmConfig config, Device device, long seed) {
        return create(id, new TokenVocab(keys, config.nameBuckets(), true), new Tags(literals), config, device, seed);
    }

    private static SlmModel create(String id, TokenVocab vocab, Tags tags, SlmConfig config, Device device, long seed) {
        NDManager manager = NDManager.newBaseManager(device);
        Network net = new Network(config, vocab.typeCount(), tags.size(), manager, seed);
        return new SlmModel(id, manager, net, new Encoder(config, vocab, tags));
    }

    /** The same model under another id (the arrays are shared: do not use this object afterwards). */
    public SlmModel renamed(String id) {
        return new SlmModel(id, manager, network, encoder);
    }

    /** Whether this model can repair the language: its own, or any with a shared vocabulary. */
    public boolean supports(Language language) {
        return encoder.vocab().shared() || languageId.equals(language.id());
    }

    /**
     * This model adapted to one language: the language's id, and the fixed tokens and input keys
     * it lacks added (new rows start untrained; the rest keeps its weights). This model's object
     * must not be used afterwards: the two share their arrays' manager.
     */
    public SlmModel adaptedTo(Language language, List<String> keys, long seed) {
        if (!encoder.vocab().shared()) {
            throw new IllegalStateException("only a model with a shared vocabulary can be adapted to another language");
        }
        TokenVocab vocab = encoder.vocab().extendedWith(keys);
        Tags tags = encoder.tags().extendedWith(language.literalTokens());
        Network grown = network.grown(manager, vocab.typeCount(), tags.size(), seed);
        return new SlmModel(language.id(), manager, grown, new Encoder(encoder.config(), vocab, tags));
    }

    /** The device to use: {@code auto} takes the GPU when the engine finds one. */
    public static Device device(String setting) {
        int gpus = Engine.getInstance().getGpuCount();
        return switch (setting == null ? "auto" : setting) {
            case "cpu" -> Device.cpu();
            case "gpu" -> {
                if (gpus == 0) {
                    throw new IllegalStateException("device 'gpu' was asked for, but the PyTorch engine finds no GPU");
                }
                yield Device.gpu();
            }
            default -> gpus > 0 ? Device.gpu() : Device.cpu();
        };
    }

    public static SlmModel load(Path dir, Device device) throws IOException {
        return load(dir, device, false);
    }

    /** @param trainable whether the weights take gradients (to train on from here) */
    public static SlmModel load(Path dir, Device device, boolean trainable) throws IOException {
        if (!Files.isRegularFile(dir.resolve("weights.bin"))) {
            throw new IOException("no model in " + dir + " (weights.bin missing)");
        }
        try (InputStream config = Files.newInputStream(dir.resolve("config.json"));
             InputStream vocab = Files.newInputStream(dir.resolve("vocab.json"));
             InputStream weights = new BufferedInputStream(Files.newInputStream(dir.resolve("weights.bin")))) {
            return load(config, vocab, weights, device, trainable);
        }
    }

    public static SlmModel load(InputStream configJson, InputStream vocabJson, InputStream weights, Device device) throws IOException {
        return load(configJson, vocabJson, weights, device, false);
    }

    private static SlmModel load(InputStream configJson, InputStream vocabJson, InputStream weights, Device device, boolean trainable)
            throws IOException {
        NDManager manager = NDManager.newBaseManager(device);
        try {
            JsonObject c = GSON.fromJson(new String(configJson.readAllBytes(), StandardCharsets.UTF_8), JsonObject.class);
            SlmConfig config = GSON.fromJson(c.get("model"), SlmConfig.class);
            String languageId = c.get("language").getAsString();
            JsonObject v = GSON.fromJson(new String(vocabJson.readAllBytes(), StandardCharsets.UTF_8), JsonObject.class);
            List<String> types = new ArrayList<>();
            v.getAsJsonArray("types").forEach(e -> types.add(e.getAsString()));
            List<String> literals = new ArrayList<>();
            v.getAsJsonArray("literals").forEach(e -> literals.add(e.getAsString()));
            Tags tags = new Tags(literals);
            boolean shared = v.has("scheme") && v.get("scheme").getAsString().equals("shared");
            TokenVocab vocab = new TokenVocab(types, config.nameBuckets(), shared);
            Network net = Network.load(config, weights, manager, trainable);
            if (net.typeCount() != vocab.typeCount() || net.tagCount() != tags.size()) {
                throw new IOException("weights do not match the vocabulary");
            }
            return new SlmModel(languageId, manager, net, new Encoder(config, vocab, tags));
        } catch (IOException | RuntimeException e) {
            manager.close();
            throw e instanceof IOException io ? io : new IOException("corrupt model: " + e.getMessage(), e);
        }
    }

    public void save(Path dir, JsonObject extra) throws IOException {
        Files.createDirectories(dir);
        JsonObject c = new JsonObject();
        c.addProperty("language", languageId);
        c.add("model", GSON.toJsonTree(encoder.config()));
        if (extra != null) {
            extra.entrySet().forEach(e -> c.add(e.getKey(), e.getValue()));
        }
        Files.writeString(dir.resolve("config.json"), GSON.toJson(c), StandardCharsets.UTF_8);
        JsonObject v = new JsonObject();
        v.addProperty("scheme", encoder.vocab().shared() ? "shared" : "types");
        v.add("types", GSON.toJsonTree(encoder.vocab().types()));
        v.add("literals", GSON.toJsonTree(encoder.tags().literals()));
        Files.writeString(dir.resolve("vocab.json"), GSON.toJson(v), StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve("weights.bin")))) {
            network.save(out);
        }
    }

    /** Tag and pointer log-probabilities of one window, as plain arrays [L][T] and [L][L]. */
    public Prediction predict(Example example) {
        return predict(List.of(example)).get(0);
    }

    /**
     * The same for several windows in one forward pass: on a CPU a pass over this small network
     * costs mostly its per-operation overhead, so a batch of windows costs little more than one.
     */
    public List<Prediction> predict(List<Example> examples) {
        try (NDScope scope = new NDScope()) {
            Batch b = Batch.of(examples, manager);
            Network.Output out = network.forward(b.types(), b.names(), b.flags(), b.mask());
            float[] t = out.tagLogits().logSoftmax(-1).toFloatArray();
            float[] p = out.pointerLogits().logSoftmax(-1).toFloatArray();
            scope.suppressNotUsedWarning();
            int l = b.length();
            int tagCount = network.tagCount();
            List<Prediction> predictions = new java.util.ArrayList<>(b.size());
            for (int i = 0; i < b.size(); i++) {
                predictions.add(new Prediction(java.util.Arrays.copyOfRange(t, i * l * tagCount, (i + 1) * l * tagCount),
                        java.util.Arrays.copyOfRange(p, i * l * l, (i + 1) * l * l), l, tagCount));
            }
            return predictions;
        }
    }

    /** Per-position log-probabilities of one window. */
    public record Prediction(float[] tags, float[] pointers, int length, int tagCount) {
        public float tag(int position, int tag) {
            return tags[position * tagCount + tag];
        }

        public float pointer(int position, int source) {
            return pointers[position * length + source];
        }

        public int bestPointer(int position, int limit) {
            int best = 0;
            for (int s = 1; s < limit; s++) {
                if (pointer(position, s) > pointer(position, best)) {
                    best = s;
                }
            }
            return best;
        }
    }

    public String languageId() {
        return languageId;
    }

    public Device device() {
        return device;
    }

    public Encoder encoder() {
        return encoder;
    }

    public Network network() {
        return network;
    }

    public NDManager manager() {
        return manager;
    }

    @Override
    public void close() {
        manager.close();
    }
}
