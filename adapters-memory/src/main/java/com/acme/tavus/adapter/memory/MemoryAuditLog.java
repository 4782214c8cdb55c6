package com.acme.tavus.adapter.memory;

import com.acme.tavus.application.audit.port.out.AuditLog;
import com.acme.tavus.domain.audit.AuditEntry;
import com.acme.tavus.domain.audit.AuditFilter;
import com.acme.tavus.domain.shared.Page;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Mono;

/**
 * The audit trail ({@code audit_log}) in memory: append-only, each entry numbered in the order
 * stored so that entries of the same instant page newest first, as in the table. A batch is
 * numbered in one block, so its entries stay together. Unbounded: see the package documentation.
 */
public final class MemoryAuditLog implements AuditLog {

    private record Stored(long sequence, AuditEntry entry) {}

    private final ConcurrentLinkedQueue<Stored> entries = new ConcurrentLinkedQueue<>();
    private final AtomicLong sequence = new AtomicLong();

    @Override
    public Mono<Void> append(List<AuditEntry> batch) {
        var copy = List.copyOf(batch);
        return Mono.fromRunnable(() -> {
            if (copy.isEmpty()) {
                return;
            }
            var first = sequence.getAndAdd(copy.size());
            for (var i = 0; i < copy.size(); i++) {
                entries.add(new Stored(first + i, copy.get(i)));
            }
        });
    }

    @Override
    public Mono<Page<AuditEntry>> page(AuditFilter filter) {
        return Mono.fromSupplier(() -> {
            var matching = entries.stream()
                    .filter(stored -> filter.matches(stored.entry()))
                    .sorted(Comparator.comparing((Stored stored) -> stored.entry().at())
                            .thenComparingLong(Stored::sequence).reversed())
                    .map(Stored::entry)
                    .toList();
            var from = (int) Math.min(matching.size(), filter.offset());
            var to = (int) Math.min(matching.size(), (long) from + filter.limit());
            return new Page<>(matching.subList(from, to), matching.size());
        });
    }
}
