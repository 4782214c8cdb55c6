package com.acme.tavus.bootstrap.onboarding;

import com.acme.tavus.application.onboarding.port.in.ReconcileConversationsUseCase;
import com.acme.tavus.bootstrap.scheduling.PeriodicPass;
import com.acme.tavus.bootstrap.scheduling.SingleRunner;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs {@link ReconcileConversationsUseCase} every {@code interval}, one pass at a time (a tick
 * that arrives while a pass is running is dropped), and on one instance of the deployment at a
 * time ({@link SingleRunner}, ADR 0020). Started and stopped with the application.
 */
public final class ReconcileScheduler implements SmartLifecycle {

    /** The name of the reconciler's lock in {@code job_locks}. */
    public static final String JOB = "onboarding-reconcile";

    private static final Logger LOG = LoggerFactory.getLogger(ReconcileScheduler.class);

    private final PeriodicPass timer;

    public ReconcileScheduler(ReconcileConversationsUseCase reconcile, Duration interval, SingleRunner runner) {
        Objects.requireNonNull(reconcile, "reconcile");
        this.timer = new PeriodicPass("Onboarding reconciliation", interval, runner.guard(reconcile::reconcile),
                changed -> {
                    if (changed > 0) {
                        LOG.info("Reconciled {} conversation(s) whose callbacks never arrived", changed);
                    }
                });
    }

    @Override
    public void start() {
        timer.start();
    }

    @Override
    public void stop() {
        timer.stop();
    }

    @Override
    public boolean isRunning() {
        return timer.isRunning();
    }
}
