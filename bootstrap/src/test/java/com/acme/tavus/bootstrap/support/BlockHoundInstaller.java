package com.acme.tavus.bootstrap.support;

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
        BlockHound.install(builder -> builder
                .blockingMethodCallback(method -> {
                    var error = new BlockingOperationError(method);
                    LOG.error("BlockHound: blocking call on a non-blocking thread", error);
                    throw error;
                })
                // Both read /dev/urandom, which never blocks on Linux once the kernel pool is seeded.
                .allowBlockingCallsInside("java.util.UUID", "randomUUID")
                .allowBlockingCallsInside("java.security.SecureRandom", "nextBytes")
                // Validation messages are read from a jar once, then cached: like class loading.
                .allowBlockingCallsInside("java.util.ResourceBundle", "getBundle")
                // Jackson builds each type's deserializer once, under a short lock; two event loops
                // decoding a type for the first time at once wait on it, like class loading.
                .allowBlockingCallsInside("tools.jackson.databind.deser.DeserializerCache",
                        "_createAndCacheValueDeserializer")
                // Netty 4.2's adaptive buffer allocator retires a magazine under its own short lock
                // (no I/O inside) when it grows; an event loop meeting that lock waits microseconds.
                // Left unallowed, the error escapes from a channel read and the request hangs.
                .allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup",
                        "tryExpandMagazines")
                .allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$Magazine", "free")
                // Caffeine (API token cache, failed-attempt counters) tidies up under a short lock with
                // no I/O in it; a second event loop arriving at that moment waits for it briefly.
                .allowBlockingCallsInside("com.github.benmanes.caffeine.cache.BoundedLocalCache", "performCleanUp"));
    }
}
