package com.acme.tavus.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.acme.tavus.domain.shared.PageRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void overlongTextIsCutToItsColumn_neverRejected() {
        var entry = new AuditEntry(AT, "r".repeat(500), "a".repeat(500), "M".repeat(50), "/" + "x".repeat(999),
                "c".repeat(300), 200, null, 5);

        assertThat(entry.requestId()).hasSize(AuditEntry.MAX_REQUEST_ID).endsWith("…");
        assertThat(entry.actor()).hasSize(AuditEntry.MAX_ACTOR);
        assertThat(entry.method()).hasSize(AuditEntry.MAX_METHOD);
        assertThat(entry.route()).hasSize(AuditEntry.MAX_ROUTE).startsWith("/xxx");
        assertThat(entry.resourceId()).hasSize(AuditEntry.MAX_RESOURCE_ID);
    }

    @Test
    void blankResourceIdMeansNone_andNegativeLatencyIsZero() {
        var entry = new AuditEntry(AT, "r1", "team-a", "POST", "/x", " ", 201, 200, -3);

        assertThat(entry.resourceId()).isNull();
        assertThat(entry.latencyMillis()).isZero();
    }

    @Test
    void statusesMustBeHttpStatuses() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditEntry(AT, "r", "a", "POST", "/", null, 42, null, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditEntry(AT, "r", "a", "POST", "/", null, 200, 0, 0));
    }

    @Test
    void filterPagesFromOneWithADefaultLimit() {
        assertThat(AuditFilter.newestFirst(null).limit()).isEqualTo(AuditFilter.DEFAULT_LIMIT);
        assertThat(AuditFilter.newestFirst(null).offset()).isZero();
        assertThat(new AuditFilter(" team-a ", new PageRequest(10, 3)).offset()).isEqualTo(20);
        assertThat(new AuditFilter(" team-a ", null).actor()).isEqualTo("team-a");
        assertThat(new AuditFilter(" ", null).actor()).isNull();
    }
}
