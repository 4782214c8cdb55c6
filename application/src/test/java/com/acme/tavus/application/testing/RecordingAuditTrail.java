package com.acme.tavus.application.testing;

import com.acme.tavus.application.audit.port.in.AuditTrail;
import com.acme.tavus.domain.audit.AuditEntry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An {@link AuditTrail} that keeps every entry in memory, at once, for web tests to inspect. */
public class RecordingAuditTrail implements AuditTrail {

    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditEntry entry) {
        entries.add(entry);
    }

    public List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    /** The entry with {@code requestId}; fails when there is none or more than one. */
    public AuditEntry entry(String requestId) {
        var matching = entries.stream().filter(entry -> entry.requestId().equals(requestId)).toList();
        if (matching.size() != 1) {
            throw new AssertionError("expected one audit entry for request " + requestId + " but found " + matching);
        }
        return matching.getFirst();
    }

    public void clear() {
        entries.clear();
    }
}
