package dev.vigil.collect.config;

/**
 * A value that cannot mean what the user thinks, found after the file was read: {@code key} is its path
 * ({@code retries.max_attempts}, {@code waivers[2].expires}) so that the loader can point at its line and column.
 */
public final class ConfigKeyException extends ConfigException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final String problem;

    public ConfigKeyException(String source, String key, String problem) {
        super(source + ": " + key + ": " + problem);
        this.key = key;
        this.problem = problem;
    }

    public String key() {
        return key;
    }

    public String problem() {
        return problem;
    }
}
