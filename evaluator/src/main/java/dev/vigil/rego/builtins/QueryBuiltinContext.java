package dev.vigil.rego.builtins;

import dev.vigil.rego.value.Value;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/** Default {@link BuiltinContext}: per-evaluation memo table and randomness. */
final class QueryBuiltinContext implements BuiltinContext {
  private record MemoKey(String builtin, List<Value> args) {}

  private final long nowNanos;
  private final boolean strict;
  private final Runnable cancelCheck;
  private final Long seed;
  // Created on first use: most queries never need randomness or memoisation, and a SecureRandom per
  // query was a sixth of evaluation time.
  private volatile RandomGenerator random;
  private volatile Map<MemoKey, Value> memo;

  QueryBuiltinContext(long nowNanos, boolean strict, Runnable cancelCheck, Long seed) {
    this.nowNanos = nowNanos;
    this.strict = strict;
    this.cancelCheck = Objects.requireNonNull(cancelCheck, "cancelCheck");
    this.seed = seed;
  }

  @Override
  public long nowNanos() {
    return nowNanos;
  }

  @Override
  public boolean strict() {
    return strict;
  }

  @Override
  public void checkCancelled() {
    cancelCheck.run();
  }

  @Override
  public Value memo(String builtin, List<Value> args, Supplier<Value> compute) {
    MemoKey key = new MemoKey(builtin, List.copyOf(args));
    Map<MemoKey, Value> memo = memoTable();
    Value existing = memo.get(key);
    if (existing != null) {
      return existing;
    }
    Value computed = compute.get();
    Value raced = memo.putIfAbsent(key, computed);
    return raced == null ? computed : raced;
  }

  @Override
  public RandomGenerator random() {
    RandomGenerator r = random;
    if (r == null) {
      synchronized (this) {
        if (random == null) {
          random = seed == null ? new SecureRandom() : new Random(seed);
        }
        r = random;
      }
    }
    return r;
  }

  private Map<MemoKey, Value> memoTable() {
    Map<MemoKey, Value> m = memo;
    if (m == null) {
      synchronized (this) {
        if (memo == null) {
          memo = new ConcurrentHashMap<>();
        }
        m = memo;
      }
    }
    return m;
  }
}
