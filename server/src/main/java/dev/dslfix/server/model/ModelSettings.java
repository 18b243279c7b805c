package dev.dslfix.server.model;

import java.nio.file.Path;

/**
 * Where models come from and where they run ({@code "model": {"device": "auto", "dir": "models"}}).
 *
 * @param device auto (GPU when the engine finds one), cpu or gpu
 * @param dir    a folder with one model folder per language id; null: the models bundled in the jar
 */
public record ModelSettings(String device, Path dir, boolean enabled) {
    public static final ModelSettings DEFAULT = new ModelSettings("auto", null, true);
}
