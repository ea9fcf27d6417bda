package dev.vigil.collect.config;

/** Bad configuration or command-line input; the message names the file, line and key. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
