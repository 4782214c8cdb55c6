package com.acme.tavus.application.admin.port.out;

import com.acme.tavus.domain.admin.AdminLogEntry;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The admin site's history ({@code admin_log}): append-only. */
public interface AdminLog {

    Mono<Void> add(AdminLogEntry entry);

    /** The latest {@code limit} entries of one admin, newest first. */
    Flux<AdminLogEntry> recentBy(UUID adminUserId, int limit);

    /** The latest {@code limit} entries about one object, oldest first (a history reads forwards). */
    Flux<AdminLogEntry> forObject(String model, String objectId, int limit);
}
