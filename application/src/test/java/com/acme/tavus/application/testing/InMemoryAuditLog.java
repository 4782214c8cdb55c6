package com.acme.tavus.application.testing;

import com.acme.tavus.application.audit.port.out.AuditLog;
import com.acme.tavus.domain.audit.AuditEntry;
import com.acme.tavus.domain.audit.AuditFilter;
import com.acme.tavus.domain.shared.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import reactor.core.publisher.Mono;

/**
 * An {@link AuditLog} in a list, for use-case and web tests. It remembers the size of every append
 * (to check batching), can be made to fail ({@link #failWith}), and can hold appends until released
 * ({@link #holdAppends}), to stand in for a slow database.
 */
public class InMemoryAuditLog implements AuditLog {

    private final List<Stored> entries = new CopyOnWriteArrayList<>();
    private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final AtomicReference<Mono<Void>> gate = new AtomicReference<>(Mono.empty());
    private long sequence;

    private record Stored(long sequence, AuditEntry entry) {}

    @Override
    public Mono<Void> append(List<AuditEntry> batch) {
        var copy = List.copyOf(batch);
        return gate.get().then(Mono.fromRunnable(() -> {
            var error = failure.get();
            if (error != null) {
                throw error;
            }
            if (copy.isEmpty()) {
                return;
            }
            synchronized (this) {
                copy.forEach(entry -> entries.add(new Stored(sequence++, entry)));
            }
            batchSizes.add(copy.size());
        }));
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
            var to = Math.min(matching.size(), from + filter.limit());
            return new Page<>(matching.subList(from, to), matching.size());
        });
    }

    /** Every stored entry, in the order stored. */
    public List<AuditEntry> all() {
        return entries.stream().map(Stored::entry).toList();
    }

    /** The size of every successful non-empty append, in order. */
    public List<Integer> batchSizes() {
        return new ArrayList<>(batchSizes);
    }

    /** Makes every later append fail with {@code error}; {@code null} heals the log. */
    public void failWith(RuntimeException error) {
        failure.set(error);
    }

    /** Makes every later append wait for {@code release} to complete first. */
    public void holdAppends(Mono<Void> release) {
        gate.set(Objects.requireNonNull(release, "release"));
    }

    /** Appends go through at once again. */
    public void releaseAppends() {
        gate.set(Mono.empty());
    }
}
