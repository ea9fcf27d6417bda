package dev.vigil.collect.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.snapshot.Gap;
import dev.vigil.snapshot.UnknownInput;
import java.util.ArrayList;
import java.util.List;

/**
 * The attributes of one record that failed calls left unread, gathered while the record is built (detail calls of
 * one item may run in parallel, so every method is synchronized).
 */
public final class UnknownInputs {
    private final List<UnknownInput> inputs = new ArrayList<>();

    public static UnknownInput of(String attribute, Gap gap) {
        return new UnknownInput(attribute, gap.service(), gap.operation(), gap.errorCode());
    }

    /** Sets {@code key} to the outcome's value, or records it as unknown when the call failed. */
    public synchronized void put(ObjectNode attributes, String key, Outcome<? extends JsonNode> outcome, JsonNode whenNotConfigured) {
        switch (outcome.kind()) {
            case VALUE -> attributes.set(key, outcome.value());
            case NOT_CONFIGURED -> attributes.set(key, whenNotConfigured);
            case FAILED -> inputs.add(outcome.unknown(key));
        }
    }

    public synchronized void add(UnknownInput input) {
        inputs.add(input);
    }

    public synchronized List<UnknownInput> list() {
        return List.copyOf(inputs);
    }
}
