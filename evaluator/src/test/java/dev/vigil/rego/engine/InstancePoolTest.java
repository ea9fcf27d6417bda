package dev.vigil.rego.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InstancePoolTest {
  @Test
  void reusesIdleInstances() {
    AtomicInteger made = new AtomicInteger();
    try (InstancePool<Integer> pool = new InstancePool<>(made::incrementAndGet, 4)) {
      for (int i = 0; i < 10; i++) {
        assertThat(pool.<Integer>apply(instance -> instance)).isEqualTo(1);
      }
      assertThat(pool.created()).isEqualTo(1);
    }
  }

  @Test
  void dropsAnInstanceWhoseWorkFailed() {
    AtomicInteger made = new AtomicInteger();
    try (InstancePool<Integer> pool = new InstancePool<>(made::incrementAndGet, 1)) {
      assertThatThrownBy(() -> pool.apply(instance -> {
        throw new IllegalStateException("trap");
      })).hasMessage("trap");
      assertThat(pool.<Integer>apply(instance -> instance)).isEqualTo(2);
    }
  }

  @Test
  void neverLendsMoreInstancesThanItsSize() throws Exception {
    AtomicInteger made = new AtomicInteger();
    AtomicInteger inUse = new AtomicInteger();
    AtomicInteger maxInUse = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(6);
    try (InstancePool<Integer> pool = new InstancePool<>(made::incrementAndGet, 2)) {
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        results.add(threads.submit(() -> {
          go.await();
          return pool.apply(instance -> {
            maxInUse.accumulateAndGet(inUse.incrementAndGet(), Math::max);
            Thread.onSpinWait();
            inUse.decrementAndGet();
            return instance;
          });
        }));
      }
      go.countDown();
      for (Future<Integer> r : results) {
        assertThat(r.get(10, TimeUnit.SECONDS)).isBetween(1, 2);
      }
      assertThat(maxInUse.get()).isLessThanOrEqualTo(2);
      assertThat(pool.created()).isLessThanOrEqualTo(2);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void refusesWorkAfterClose() {
    InstancePool<Integer> pool = new InstancePool<>(() -> 1, 1);
    pool.close();
    assertThatThrownBy(() -> pool.apply(i -> i)).isInstanceOf(IllegalStateException.class);
  }
}
