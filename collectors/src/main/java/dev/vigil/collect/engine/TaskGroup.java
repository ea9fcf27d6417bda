package dev.vigil.collect.engine;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;

/**
 * The tasks of one account on the shared worker pool. Tasks may spawn more tasks (per-item detail calls)
 * without waiting for them, so no worker ever blocks on another and a long chain of calls in one unit
 * becomes many short ones in parallel; {@link #awaitAll()} waits for the whole tree.
 */
public final class TaskGroup {
    private final Executor executor;
    private final Queue<CompletableFuture<Void>> futures = new ConcurrentLinkedQueue<>();

    public TaskGroup(Executor executor) {
        this.executor = executor;
    }

    public void spawn(Runnable task) {
        futures.add(CompletableFuture.runAsync(task, executor));
    }

    /** Waits until every task, including those spawned meanwhile, has finished. */
    public void awaitAll() {
        CompletableFuture<Void> next;
        while ((next = futures.poll()) != null) {
            next.join();
        }
    }
}
