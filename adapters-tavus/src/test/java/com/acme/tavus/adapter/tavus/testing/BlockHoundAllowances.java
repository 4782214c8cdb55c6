package com.acme.tavus.adapter.tavus.testing;

import reactor.blockhound.BlockHound;

/**
 * The waits BlockHound must let through on event loops when the Tavus client (and the sandbox) run
 * there: each is brief and bounded, like class loading or a synchronized block, not I/O. Shared by
 * every module whose tests install BlockHound around this adapter, so the list is kept once.
 */
public final class BlockHoundAllowances {

    private BlockHoundAllowances() {}

    /** Adds the allowances to {@code builder} and returns it. */
    public static BlockHound.Builder forTheTavusClient(BlockHound.Builder builder) {
        return builder
                // Both read /dev/urandom, which never blocks on Linux once the kernel pool is seeded.
                .allowBlockingCallsInside("java.util.UUID", "randomUUID")
                .allowBlockingCallsInside("java.security.SecureRandom", "nextBytes")
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
                // Resilience4j's circuit breaker records each call under a lock held for a few field
                // updates, as a synchronized block would be.
                .allowBlockingCallsInside("io.github.resilience4j.core.metrics.FixedSizeSlidingWindowMetrics", "record")
                .allowBlockingCallsInside("io.github.resilience4j.core.metrics.FixedSizeSlidingWindowMetrics",
                        "getSnapshot");
    }
}
