package dev.vigil.rego.engine;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A bounded pool of non-thread-safe instances, created lazily. An instance is lent to one thread
 * at a time; an instance whose work threw is dropped, since its state can no longer be trusted.
 */
final class InstancePool<T> implements AutoCloseable {
  private final Supplier<T> factory;
  private final Semaphore permits;
  private final ConcurrentLinkedDeque<T> idle = new ConcurrentLinkedDeque<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicInteger created = new AtomicInteger();

  InstancePool(Supplier<T> factory, int maxSize) {
    if (maxSize < 1) {
      throw new IllegalArgumentException("pool size must be at least 1, got " + maxSize);
    }
    this.factory = factory;
    this.permits = new Semaphore(maxSize);
  }

  /** Seeds the pool with an instance created by the caller (e.g. one used to read metadata). */
  void offer(T instance) {
    created.incrementAndGet();
    idle.offerFirst(instance);
  }

  <R> R apply(Function<T, R> work) {
    if (closed.get()) {
      throw new IllegalStateException("pool is closed");
    }
    permits.acquireUninterruptibly();
    try {
      T instance = idle.pollFirst();
      if (instance == null) {
        instance = factory.get();
        created.incrementAndGet();
      }
      R result = work.apply(instance);
      if (!closed.get()) {
        idle.offerFirst(instance);
      }
      return result;
    } finally {
      permits.release();
    }
  }

  /** How many instances were ever created (for tests and diagnostics). */
  int created() {
    return created.get();
  }

  @Override
  public void close() {
    closed.set(true);
    idle.clear();
  }
}
