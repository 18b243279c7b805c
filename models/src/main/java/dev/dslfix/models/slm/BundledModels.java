package dev.dslfix.models.slm;

import ai.djl.Device;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The trained models built into the jar ({@code models/trained/NAME/} at build time): one place
 * that knows their resource layout, for the server (loads them) and {@code train} (starts from one).
 */
public final class BundledModels {
    private static final String ROOT = "/dslfix/models/";
    private static final List<String> FILES = List.of("config.json", "vocab.json", "weights.bin");

    private BundledModels() {
    }

    /** Whether a model of this name (a language id, or {@value SlmModel#TRANSFER}) is built in. */
    public static boolean has(String name) {
        return BundledModels.class.getResource(ROOT + name + "/weights.bin") != null;
    }

    public static SlmModel load(String name, Device device) throws IOException {
        try (InputStream config = open(name, "config.json"); InputStream vocab = open(name, "vocab.json");
             InputStream weights = open(name, "weights.bin")) {
            if (config == null || vocab == null || weights == null) {
                throw new IOException("the bundled model is incomplete");
            }
            return SlmModel.load(config, vocab, weights, device);
        }
    }

    /** The model copied to a temporary folder deleted on exit (training reads a folder); null if it is not built in. */
    public static Path extract(String name) throws IOException {
        if (!has(name)) {
            return null;
        }
        Path dir = Files.createTempDirectory("dslfix-" + name);
        dir.toFile().deleteOnExit();
        for (String f : FILES) {
            try (InputStream in = open(name, f)) {
                if (in == null) {
                    throw new IOException("the bundled " + name + " model is incomplete (" + f + " missing)");
                }
                Files.copy(in, dir.resolve(f));
            }
            dir.resolve(f).toFile().deleteOnExit();
        }
        return dir;
    }

    private static InputStream open(String name, String file) {
        return BundledModels.class.getResourceAsStream(ROOT + name + "/" + file);
    }
}
