package dev.vigil.collect.engine;

/** What a guarded call gave: a value, an answer meaning "not configured", or a failure already recorded as a gap. */
public record Outcome<T>(T value, Kind kind) {
    public enum Kind { VALUE, NOT_CONFIGURED, FAILED }

    public static <T> Outcome<T> value(T value) {
        return new Outcome<>(value, Kind.VALUE);
    }

    public static <T> Outcome<T> notConfigured() {
        return new Outcome<>(null, Kind.NOT_CONFIGURED);
    }

    public static <T> Outcome<T> failure() {
        return new Outcome<>(null, Kind.FAILED);
    }

    public boolean failed() {
        return kind == Kind.FAILED;
    }
}
