package com.acme.tavus.application.testing;

import com.acme.tavus.application.admin.port.out.AdminLog;
import com.acme.tavus.domain.admin.AdminLogEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@link AdminLog} in a list. */
public final class InMemoryAdminLog implements AdminLog {

    private final List<AdminLogEntry> entries = new ArrayList<>();

    @Override
    public synchronized Mono<Void> add(AdminLogEntry entry) {
        return Mono.fromRunnable(() -> {
            synchronized (this) {
                entries.add(entry);
            }
        });
    }

    @Override
    public Flux<AdminLogEntry> recentBy(UUID adminUserId, int limit) {
        return Flux.defer(() -> Flux.fromIterable(all().stream()
                .filter(e -> adminUserId.equals(e.adminUserId()))
                .sorted(Comparator.comparing(AdminLogEntry::actionTime).reversed())
                .limit(limit)
                .toList()));
    }

    @Override
    public Flux<AdminLogEntry> forObject(String model, String objectId, int limit) {
        return Flux.defer(() -> Flux.fromIterable(all().stream()
                .filter(e -> e.model().equals(model) && e.objectId().equals(objectId))
                .sorted(Comparator.comparing(AdminLogEntry::actionTime).reversed())
                .limit(limit) // the latest ones ...
                .toList()
                .reversed())); // ... read forwards
    }

    public synchronized List<AdminLogEntry> all() {
        return List.copyOf(entries);
    }
}
