package dev.vigil.rego.engine;

import dev.vigil.rego.value.Value;

/** Evaluates policy documents; the seam between the evaluator pipeline and a Rego engine. */
public interface PolicyEngine extends AutoCloseable {
  /**
   * Returns the value of the document at {@code entrypoint} (a slash path such as
   * {@code vigil/aws/iam/iam_root_mfa_enabled/deny}) for {@code input}, or null when it is
   * undefined. Implementations are thread-safe.
   */
  Value evaluate(String entrypoint, Value input);

  @Override
  default void close() {}
}
