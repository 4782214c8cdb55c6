package com.acme.tavus.application.testing.contract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * For race tests: tasks started at the same moment, each on a thread of its own. Part of the contract
 * kit, so an adapter's own race tests can use it too.
 */
public final class Concurrently {

    private Concurrently() {}

    /** Runs {@code tasks} released together; their results in task order, each awaited up to {@code timeout}. */
    public static <T> List<T> run(List<Callable<T>> tasks, Duration timeout) throws Exception {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(tasks.size())) {
            var futures = new ArrayList<Future<T>>();
            for (var task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            var results = new ArrayList<T>();
            for (var future : futures) {
                results.add(future.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
            }
            return results;
        }
    }

    /** {@code n} runs of {@code task}, released together. */
    public static <T> List<T> times(int n, Callable<T> task, Duration timeout) throws Exception {
        return run(Collections.nCopies(n, task), timeout);
    }
}
