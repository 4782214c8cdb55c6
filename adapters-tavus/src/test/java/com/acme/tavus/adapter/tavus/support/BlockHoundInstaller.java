package com.acme.tavus.adapter.tavus.support;

import com.acme.tavus.adapter.tavus.testing.BlockHoundAllowances;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingOperationError;

/**
 * Installs BlockHound for this module's tests before any of them starts a thread: installed later,
 * it would catch Reactor's timer threads already parked inside their queues and break them.
 *
 * <p>A blocking call inside a Tavus call would surface as a gateway error like any other failure,
 * so every violation is also kept in {@link #violations()} for tests to check.
 */
public final class BlockHoundInstaller implements LauncherSessionListener {

    private static final List<String> VIOLATIONS = new CopyOnWriteArrayList<>();

    /** Every blocking call BlockHound stopped in this test run, oldest first. */
    public static List<String> violations() {
        return VIOLATIONS;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        BlockHound.install(builder -> BlockHoundAllowances.forTheTavusClient(builder)
                .blockingMethodCallback(method -> {
                    VIOLATIONS.add(method.toString());
                    throw new BlockingOperationError(method);
                }));
    }
}
