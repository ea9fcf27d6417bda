package dev.vigil.evaluate;

import dev.vigil.rego.engine.PolicyEngine;
import dev.vigil.rego.value.Value;
import java.util.Map;

/** Builds the engine that judges one provider's resources: the policy modules plus that provider's data. */
@FunctionalInterface
public interface PolicyEngineFactory {
    PolicyEngine create(Map<String, String> modules, Value data);
}
