package com.acme.tavus.adapter.memory;

import com.acme.tavus.application.admin.port.out.AdminLog;
import com.acme.tavus.domain.admin.AdminLogEntry;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The admin site's history ({@code admin_log}) in memory: append-only. Unbounded: see the package documentation. */
public final class MemoryAdminLog implements AdminLog {

    private final ConcurrentLinkedQueue<AdminLogEntry> entries = new ConcurrentLinkedQueue<>();

    @Override
    public Mono<Void> add(AdminLogEntry entry) {
        Objects.requireNonNull(entry, "entry");
        return Mono.fromRunnable(() -> entries.add(entry));
    }

    @Override
    public Flux<AdminLogEntry> recentBy(UUID adminUserId, int limit) {
        return Flux.defer(() -> Flux.fromIterable(entries.stream()
                .filter(e -> adminUserId.equals(e.adminUserId()))
                .sorted(Comparator.comparing(AdminLogEntry::actionTime).reversed())
                .limit(limit)
                .toList()));
    }

    @Override
    public Flux<AdminLogEntry> forObject(String model, String objectId, int limit) {
        return Flux.defer(() -> Flux.fromIterable(entries.stream()
                .filter(e -> e.model().equals(model) && e.objectId().equals(objectId))
                .sorted(Comparator.comparing(AdminLogEntry::actionTime).reversed())
                .limit(limit) // the latest ones ...
                .toList()
                .reversed())); // ... read forwards
    }
}
