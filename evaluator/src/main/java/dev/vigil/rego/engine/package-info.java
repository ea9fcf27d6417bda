/**
 * Policy engines behind one interface, {@link dev.vigil.rego.engine.PolicyEngine}: Vigil's own
 * interpreter ({@link dev.vigil.rego.engine.InterpreterPolicyEngine}) and OPA-compiled Wasm on
 * Chicory ({@link dev.vigil.rego.engine.WasmPolicyEngine}, loading {@code opa build -t wasm}
 * bundles). Both are thread-safe; the Wasm engine pools its non-thread-safe instances.
 */
package dev.vigil.rego.engine;
