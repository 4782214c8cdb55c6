package com.acme.tavus.adapter.tavus.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The simulated Tavus account behind every sandbox provider: all resources, in memory, shared so
 * that what one provider creates another can use (a conversation checks the replica and persona it
 * names). Thread-safe; state lives as long as the instance, so one instance per application.
 *
 * <p>Like a fresh Tavus account it starts with Tavus's stock replica {@value #STOCK_REPLICA_ID}
 * ("Nathan") and the stock persona {@value #STOCK_PERSONA_ID} ("Celebrity DJ", whose default
 * replica is Nathan), so the service is usable end to end without any setup. It also holds the
 * example ids of the Tavus docs and seed 002 ({@value #EXAMPLE_REPLICA_ID}, {@value
 * #EXAMPLE_PERSONA_ID} and a live conversation {@value #EXAMPLE_CONVERSATION_ID}).
 *
 * <p>Each resource is a {@code SandboxCollection} of small records; adding a resource means adding
 * a collection here and a provider next to this class.
 */
public final class SandboxTavus {

    /** Tavus's stock replica "Nathan". */
    public static final String STOCK_REPLICA_ID = "re8e740a42";
    /** Tavus's stock persona "Celebrity DJ"; its default replica is {@link #STOCK_REPLICA_ID}. */
    public static final String STOCK_PERSONA_ID = "p24293d6";

    /** The example replica of the Tavus docs and seed 002 ("r79e1c033f"). */
    public static final String EXAMPLE_REPLICA_ID = "r79e1c033f";
    /** The example persona of the Tavus docs and seed 002 ("p5317866"). */
    public static final String EXAMPLE_PERSONA_ID = "p5317866";
    /** The example conversation the seed 002 "end" example refers to ("c123456"), live from the start. */
    public static final String EXAMPLE_CONVERSATION_ID = "c123456";

    private static final HexFormat HEX = HexFormat.of();

    private final Clock clock;
    private final SandboxSettings settings;
    private final SecureRandom random = new SecureRandom();

    private final SandboxCollection<SandboxReplica> replicas = new SandboxCollection<>();
    private final SandboxCollection<SandboxPersona> personas = new SandboxCollection<>();
    private final SandboxCollection<SandboxConversation> conversations = new SandboxCollection<>();
    private final SandboxCollection<SandboxDocument> documents = new SandboxCollection<>();
    private final SandboxCollection<SandboxJsonResource> guardrails = new SandboxCollection<>();
    private final SandboxCollection<SandboxJsonResource> objectives = new SandboxCollection<>();

    public SandboxTavus(Clock clock, SandboxSettings settings) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        var seededAt = now();
        replicas.add(STOCK_REPLICA_ID,
                new SandboxReplica(STOCK_REPLICA_ID, "Nathan", SandboxReplica.COMPLETED, "system", seededAt));
        personas.add(STOCK_PERSONA_ID, SandboxPersonaSeeds.celebrityDj(STOCK_PERSONA_ID, STOCK_REPLICA_ID, seededAt));
        seedDocumentationExamples(seededAt);
    }

    /**
     * The ids used in the Tavus docs and in seed 002's curl examples also exist here, so those
     * examples can be pasted verbatim against a fresh sandbox.
     */
    private void seedDocumentationExamples(String seededAt) {
        replicas.add(EXAMPLE_REPLICA_ID,
                new SandboxReplica(EXAMPLE_REPLICA_ID, "Hassaan", SandboxReplica.COMPLETED, "user", seededAt));
        personas.add(EXAMPLE_PERSONA_ID, SandboxPersonaSeeds.lifeCoach(EXAMPLE_PERSONA_ID, EXAMPLE_REPLICA_ID, seededAt));
        conversations.add(EXAMPLE_CONVERSATION_ID, new SandboxConversation(EXAMPLE_CONVERSATION_ID,
                "A Meeting with Hassaan", SandboxConversation.ACTIVE, null, EXAMPLE_REPLICA_ID, EXAMPLE_PERSONA_ID,
                seededAt, seededAt, null, "Hey there Hassaan, long time no see!", List.of(),
                Integer.MAX_VALUE)); // stays live: no max_call_duration
    }

    /**
     * The replicas, with every training that is due by now completed first, so conversations,
     * personas and replica reads all see a replica exactly when Tavus would report it trained.
     */
    SandboxCollection<SandboxReplica> replicas() {
        var now = clock.instant();
        for (var replica : replicas.newestFirst()) {
            if (replica.isTrainingDueBy(now)) {
                replicas.update(replica.id(), r -> r.isTrainingDueBy(now) ? r.trained(format(r.trainingEndsAt())) : r);
            }
        }
        return replicas;
    }

    SandboxCollection<SandboxPersona> personas() {
        return personas;
    }

    SandboxCollection<SandboxConversation> conversations() {
        return conversations;
    }

    SandboxCollection<SandboxDocument> documents() {
        return documents;
    }

    SandboxCollection<SandboxJsonResource> guardrails() {
        return guardrails;
    }

    SandboxCollection<SandboxJsonResource> objectives() {
        return objectives;
    }

    SandboxSettings settings() {
        return settings;
    }

    /** The current time as Tavus writes it: ISO-8601 in UTC with microseconds, such as 2025-05-13T06:42:58.291561Z. */
    String now() {
        return format(clock.instant());
    }

    /** The sandbox clock's current instant, for simulated durations such as replica training. */
    Instant instant() {
        return clock.instant();
    }

    /** {@code at} as Tavus writes times (see {@link #now()}). */
    static String format(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.MICROS));
    }

    /**
     * A fresh id in Tavus's shape: {@code prefix} plus {@code hexDigits} random lowercase hex
     * characters, different from every id {@code taken} reports.
     */
    String newId(String prefix, int hexDigits, Predicate<String> taken) {
        String id;
        do {
            var bytes = new byte[(hexDigits + 1) / 2];
            random.nextBytes(bytes);
            id = prefix + HEX.formatHex(bytes).substring(0, hexDigits);
        } while (taken.test(id));
        return id;
    }

    /** An unguessable opaque token, such as a private room's meeting token. */
    String newToken() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
