package com.acme.tavus.application.admin;

import com.acme.tavus.application.admin.port.in.AdminLogQueries;
import com.acme.tavus.application.admin.port.in.RecordAdminActionUseCase;
import com.acme.tavus.application.admin.port.out.AdminLog;
import com.acme.tavus.application.shared.IdGenerator;
import com.acme.tavus.domain.admin.AdminLogAction;
import com.acme.tavus.domain.admin.AdminLogEntry;
import com.acme.tavus.domain.admin.AdminUser;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Writes and reads the admin log. A history shows at most {@value #HISTORY_LIMIT} entries. */
public final class AdminLogService implements RecordAdminActionUseCase, AdminLogQueries {

    static final int HISTORY_LIMIT = 500;

    private final AdminLog log;
    private final IdGenerator ids;
    private final Clock clock;

    public AdminLogService(AdminLog log, IdGenerator ids, Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Mono<AdminLogEntry> record(
            AdminUser actor, AdminLogAction action, String model, String objectId, String objectRepr, String message) {
        return Mono.defer(() -> {
            var entry = new AdminLogEntry(ids.newId(), clock.instant(), actor.id(), actor.username(), model, objectId,
                    objectRepr, action, message);
            return log.add(entry).thenReturn(entry);
        });
    }

    @Override
    public Flux<AdminLogEntry> recent(UUID adminUserId, int limit) {
        return log.recentBy(adminUserId, limit);
    }

    @Override
    public Flux<AdminLogEntry> history(String model, String objectId) {
        return log.forObject(model, objectId, HISTORY_LIMIT);
    }
}
