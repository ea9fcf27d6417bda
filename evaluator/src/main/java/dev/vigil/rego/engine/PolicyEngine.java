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

  /**
   * As {@link #evaluate(String, Value)}, stopping with an exception once {@code deadlineNanos} (a
   * {@link System#nanoTime()} instant) has passed. An engine that cannot stop an evaluation midway
   * runs it to the end; the caller then sees the time spent.
   */
  default Value evaluate(String entrypoint, Value input, long deadlineNanos) {
    return evaluate(entrypoint, input);
  }

  @Override
  default void close() {}
}
