package com.acme.tavus.adapter.persistence.testing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Kept for callers written against this module's test-jar; the helper now lives with the port
 * contracts in the application test-jar ({@link com.acme.tavus.application.testing.contract.Concurrently}).
 */
public final class Concurrently {

    private Concurrently() {}

    /** See {@link com.acme.tavus.application.testing.contract.Concurrently#run(List, Duration)}. */
    public static <T> List<T> run(List<Callable<T>> tasks, Duration timeout) throws Exception {
        return com.acme.tavus.application.testing.contract.Concurrently.run(tasks, timeout);
    }

    /** See {@link com.acme.tavus.application.testing.contract.Concurrently#times(int, Callable, Duration)}. */
    public static <T> List<T> times(int n, Callable<T> task, Duration timeout) throws Exception {
        return com.acme.tavus.application.testing.contract.Concurrently.times(n, task, timeout);
    }
}
