package com.acme.tavus.application.admin.port.in;

import com.acme.tavus.domain.admin.AdminLogEntry;
import java.util.UUID;
import reactor.core.publisher.Flux;

/** Reads the admin log: an admin's recent actions, and the history of one object. */
public interface AdminLogQueries {

    /** The admin's latest actions, newest first, at most {@code limit}. */
    Flux<AdminLogEntry> recent(UUID adminUserId, int limit);

    /** Everything the admin site did to one object, oldest first. */
    Flux<AdminLogEntry> history(String model, String objectId);
}
