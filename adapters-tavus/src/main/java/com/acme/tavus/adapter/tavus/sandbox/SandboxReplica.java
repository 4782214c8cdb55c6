package com.acme.tavus.adapter.tavus.sandbox;

import java.time.Duration;
import java.time.Instant;

/**
 * A replica in the sandbox account. Training is simulated with the sandbox clock: a new replica is
 * {@code started} until {@code trainingEndsAt}, then {@code completed}. {@link SandboxTavus#replicas()}
 * completes due training before anyone reads, so every provider sees the same status.
 *
 * @param status {@code started}, {@code completed} or {@code error}, as in Tavus's REST answers
 * @param type {@code system} for Tavus's stock replicas, {@code user} for the account's own
 * @param trainingStartedAt when training began; {@code null} for replicas that were seeded trained
 * @param trainingEndsAt when training completes; {@code null} for replicas that were seeded trained
 */
record SandboxReplica(
        String id,
        String name,
        String status,
        String type,
        String createdAt,
        String updatedAt,
        Instant trainingStartedAt,
        Instant trainingEndsAt,
        String thumbnailVideoUrl) {

    static final String STARTED = "started";
    static final String COMPLETED = "completed";
    static final String USER = "user";
    static final String SYSTEM = "system";
    private static final int PROGRESS_SCALE = 100;

    /** A replica that is trained already, such as Tavus's stock replicas. */
    SandboxReplica(String id, String name, String status, String type, String createdAt) {
        this(id, name, status, type, createdAt, createdAt, null, null, null);
    }

    /** A user replica whose training starts at {@code now} and takes {@code trainingTime}. */
    static SandboxReplica training(String id, String name, String createdAt, Instant now, Duration trainingTime,
            String thumbnailVideoUrl) {
        return new SandboxReplica(id, name, STARTED, USER, createdAt, createdAt, now, now.plus(trainingTime),
                thumbnailVideoUrl);
    }

    /** Only a trained replica can join a call. */
    boolean isReady() {
        return COMPLETED.equals(status);
    }

    boolean isSystem() {
        return SYSTEM.equals(type);
    }

    /** True when this replica is still training but should have finished by {@code now}. */
    boolean isTrainingDueBy(Instant now) {
        return STARTED.equals(status) && trainingEndsAt != null && !now.isBefore(trainingEndsAt);
    }

    /** This replica completed, with {@code at} (the end of training, as Tavus writes times) as its update time. */
    SandboxReplica trained(String at) {
        return new SandboxReplica(id, name, COMPLETED, type, createdAt, at, trainingStartedAt, trainingEndsAt,
                thumbnailVideoUrl);
    }

    SandboxReplica renamed(String newName, String at) {
        return new SandboxReplica(id, newName, status, type, createdAt, at, trainingStartedAt, trainingEndsAt,
                thumbnailVideoUrl);
    }

    /**
     * Tavus's {@code training_progress}, such as {@code "42/100"}: the share of the training time
     * that has passed, held below 100 until the replica is completed.
     */
    String trainingProgress(Instant now) {
        if (isReady()) {
            return PROGRESS_SCALE + "/" + PROGRESS_SCALE;
        }
        if (trainingStartedAt == null || trainingEndsAt == null) {
            return "0/" + PROGRESS_SCALE;
        }
        var total = Duration.between(trainingStartedAt, trainingEndsAt).toMillis();
        var done = Math.max(0, Duration.between(trainingStartedAt, now).toMillis());
        var percent = total <= 0 ? PROGRESS_SCALE - 1 : Math.min(PROGRESS_SCALE - 1, done * PROGRESS_SCALE / total);
        return percent + "/" + PROGRESS_SCALE;
    }
}
