package dev.vigil.evaluate;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How to evaluate: the policy settings handed to policies as {@code data.vigil.config}, the waivers,
 * the number of threads (1 runs everything on the calling thread, for debugging) and the time limits.
 */
public record EvaluationSettings(ObjectNode policyConfig, Waivers waivers, int threads, TimeLimits timeLimits) {

    public EvaluationSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        timeLimits = timeLimits == null ? TimeLimits.defaults() : timeLimits;
    }

    public EvaluationSettings(ObjectNode policyConfig, Waivers waivers, int threads) {
        this(policyConfig, waivers, threads, TimeLimits.defaults());
    }
}
