package com.acme.tavus.bootstrap.support;

import com.acme.tavus.adapter.tavus.testing.BlockHoundAllowances;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingOperationError;

/**
 * Installs BlockHound once per test JVM, before any test runs, so every end-to-end request in this
 * module fails loudly if something blocks a Netty event-loop or Reactor parallel thread.
 *
 * <p>The static {@code install(...)} is used on purpose: unlike {@code builder().install()} it also
 * loads the integrations on the classpath (Reactor's marks its schedulers' threads non-blocking).
 *
 * <p>Every violation is also logged with its stack before the error is thrown: a framework that
 * swallows the error would otherwise turn it into a silently hanging request.
 */
public final class BlockHoundInstaller implements LauncherSessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(BlockHoundInstaller.class);

    /** Set to {@code true} to run without BlockHound, to tell its effects from a real bug. */
    static final String SKIP_PROPERTY = "tavus.test.blockhound.skip";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (Boolean.getBoolean(SKIP_PROPERTY)) {
            LOG.warn("BlockHound is off for this run (-D{}=true): diagnosis only, never in CI", SKIP_PROPERTY);
            return;
        }
        BlockHound.install(builder -> BlockHoundAllowances.forTheTavusClient(builder)
                .blockingMethodCallback(method -> {
                    var error = new BlockingOperationError(method);
                    LOG.error("BlockHound: blocking call on a non-blocking thread", error);
                    throw error;
                })
                // Validation messages are read from a jar once, then cached: like class loading.
                .allowBlockingCallsInside("java.util.ResourceBundle", "getBundle")
                // Caffeine (API token cache, failed-attempt counters) tidies up under a short lock with
                // no I/O in it; a second event loop arriving at that moment waits for it briefly.
                .allowBlockingCallsInside("com.github.benmanes.caffeine.cache.BoundedLocalCache", "performCleanUp"));
    }
}
