package dev.vigil.collect.engine;

import dev.vigil.snapshot.Gap;
import dev.vigil.snapshot.UnknownInput;

/**
 * What a guarded call gave: a value, an answer meaning "not configured", or a failure already recorded as a gap.
 *
 * @param gap the recorded gap when the call failed, else null
 */
public record Outcome<T>(T value, Kind kind, Gap gap) {
    public enum Kind { VALUE, NOT_CONFIGURED, FAILED }

    public static <T> Outcome<T> value(T value) {
        return new Outcome<>(value, Kind.VALUE, null);
    }

    public static <T> Outcome<T> notConfigured() {
        return new Outcome<>(null, Kind.NOT_CONFIGURED, null);
    }

    public static <T> Outcome<T> failure(Gap gap) {
        return new Outcome<>(null, Kind.FAILED, gap);
    }

    public boolean failed() {
        return kind == Kind.FAILED;
    }

    /** The input {@code attribute} this failed call leaves unread. */
    public UnknownInput unknown(String attribute) {
        return UnknownInputs.of(attribute, gap);
    }
}
