package com.acme.tavus.adapter.tavus.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The simulated Tavus account behind every sandbox provider: all resources, in memory, shared so
 * that what one provider creates another can use (a conversation checks the replica and persona it
 * names). Thread-safe; state lives as long as the instance, so one instance per application.
 *
 * <p>Like a fresh Tavus account it starts with Tavus's stock replica {@value #STOCK_REPLICA_ID}
 * ("Nathan") and the stock persona {@value #STOCK_PERSONA_ID} ("Celebrity DJ", whose default
 * replica is Nathan), so the service is usable end to end without any setup.
 *
 * <p>Each resource is a {@code SandboxCollection} of small records; adding a resource means adding
 * a collection here and a provider next to this class.
 */
public final class SandboxTavus {

    /** Tavus's stock replica "Nathan". */
    public static final String STOCK_REPLICA_ID = "re8e740a42";
    /** Tavus's stock persona "Celebrity DJ"; its default replica is {@link #STOCK_REPLICA_ID}. */
    public static final String STOCK_PERSONA_ID = "p24293d6";

    private static final HexFormat HEX = HexFormat.of();

    private final Clock clock;
    private final SandboxSettings settings;
    private final SecureRandom random = new SecureRandom();

    private final SandboxCollection<SandboxReplica> replicas = new SandboxCollection<>();
    private final SandboxCollection<SandboxPersona> personas = new SandboxCollection<>();
    private final SandboxCollection<SandboxConversation> conversations = new SandboxCollection<>();

    public SandboxTavus(Clock clock, SandboxSettings settings) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        var seededAt = now();
        replicas.add(STOCK_REPLICA_ID,
                new SandboxReplica(STOCK_REPLICA_ID, "Nathan", SandboxReplica.COMPLETED, "system", seededAt));
        personas.add(STOCK_PERSONA_ID, new SandboxPersona(STOCK_PERSONA_ID, "Celebrity DJ", STOCK_REPLICA_ID,
                "You are Celebrity DJ, an upbeat radio host who loves talking about music.", seededAt));
    }

    SandboxCollection<SandboxReplica> replicas() {
        return replicas;
    }

    SandboxCollection<SandboxPersona> personas() {
        return personas;
    }

    SandboxCollection<SandboxConversation> conversations() {
        return conversations;
    }

    SandboxSettings settings() {
        return settings;
    }

    /** The current time as Tavus writes it: ISO-8601 in UTC with microseconds, such as 2025-05-13T06:42:58.291561Z. */
    String now() {
        return DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.MICROS));
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
