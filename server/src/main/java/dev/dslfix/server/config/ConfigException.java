package dev.dslfix.server.config;

/** A configuration that cannot be used, with a message that names the file and the problem. */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }
}
