package dev.vigil.rego.builtins;

import dev.vigil.rego.value.Value;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** What a builtin may ask of the query evaluation calling it. One instance per evaluation. */
public interface BuiltinContext {
  /** Wall-clock time for this evaluation, fixed for its whole duration (time.now_ns). */
  long nowNanos();

  /** Whether builtin errors abort the query ({@code strict-builtin-errors}). */
  boolean strict();

  /** Throws when the evaluation was cancelled or ran out of time; long builtins call it. */
  void checkCancelled();

  /**
   * The value computed once per evaluation for {@code builtin} with these arguments: later calls
   * with equal arguments return the same value (rand.intn, uuid.rfc4122 as in OPA).
   */
  Value memo(String builtin, List<Value> args, Supplier<Value> compute);

  /** Randomness for this evaluation. */
  java.util.random.RandomGenerator random();

  /** OPA's runtime document for opa.runtime(); empty object when unknown. */
  default Optional<Value> runtime() {
    return Optional.empty();
  }

  /** A fresh per-evaluation context. */
  static BuiltinContext forQuery(long nowNanos, boolean strict, Runnable cancelCheck) {
    return new QueryBuiltinContext(nowNanos, strict, cancelCheck, null);
  }

  /** A context with fixed randomness, for reproducible tests. */
  static BuiltinContext forQuery(long nowNanos, boolean strict, Runnable cancelCheck, long seed) {
    return new QueryBuiltinContext(nowNanos, strict, cancelCheck, seed);
  }
}
