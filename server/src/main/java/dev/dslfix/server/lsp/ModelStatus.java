package dev.dslfix.server.lsp;

import java.util.List;

/**
 * Parameters of {@code dslfix/modelStatus}. {@code state}: "none" (search only), "loading",
 * "ready" or "error"; {@code device}: where the models run ("cpu", "gpu(0)"); {@code languages}:
 * the language ids with a resident model; {@code message}: why loading failed, when it did.
 */
public final class ModelStatus {
    public String state;
    public String device;
    public List<String> languages;
    public String message;

    public ModelStatus() {
    }

    ModelStatus(String state, String device, List<String> languages, String message) {
        this.state = state;
        this.device = device;
        this.languages = languages;
        this.message = message;
    }
}
