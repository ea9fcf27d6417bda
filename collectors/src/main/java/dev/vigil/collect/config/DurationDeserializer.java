package dev.vigil.collect.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a positive duration written as a number and a unit: {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h}. */
final class DurationDeserializer extends StdScalarDeserializer<Duration> {
    private static final long serialVersionUID = 1L;
    private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    DurationDeserializer() {
        super(Duration.class);
    }

    /** {@code text} as a duration, or empty when it is not a positive number with a unit. */
    static java.util.Optional<Duration> parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        long n;
        try {
            n = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
        if (n <= 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        });
    }

    @Override
    public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (Duration) ctxt.handleUnexpectedToken(Duration.class, p);
        }
        String text = p.getText();
        java.util.Optional<Duration> value = parse(text);
        if (value.isPresent()) {
            return value.get();
        }
        return (Duration) ctxt.handleWeirdStringValue(Duration.class, text, "not a positive duration");
    }
}
