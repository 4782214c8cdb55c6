package com.acme.tavus.application.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.testing.InMemoryAdminLog;
import com.acme.tavus.application.testing.MutableClock;
import com.acme.tavus.domain.admin.AdminLogAction;
import com.acme.tavus.domain.admin.AdminLogEntry;
import com.acme.tavus.domain.admin.AdminUser;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdminLogServiceTest {

    final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T10:00:00Z"));
    final InMemoryAdminLog log = new InMemoryAdminLog();
    final AdminLogService service = new AdminLogService(log, UUID::randomUUID, clock);
    final AdminUser ada = new AdminUser(UUID.randomUUID(), "ada", null, "h", true, true, true, Set.of(),
            clock.instant(), null, clock.instant());

    @Test
    void record_stampsTimeAndAdmin_historyReadsForwardsAndRecentBackwards() {
        service.record(ada, AdminLogAction.ADDITION, "personas", "p1", "Persona p1", "Added.").block();
        clock.advance(Duration.ofMinutes(1));
        service.record(ada, AdminLogAction.CHANGE, "personas", "p1", "Persona p1", "Changed persona_json.").block();
        service.record(ada, AdminLogAction.DELETION, "replicas", "r1", "x".repeat(300), "").block();

        assertThat(service.history("personas", "p1").collectList().block())
                .extracting(AdminLogEntry::action).containsExactly(AdminLogAction.ADDITION, AdminLogAction.CHANGE);
        assertThat(service.recent(ada.id(), 2).collectList().block())
                .extracting(AdminLogEntry::objectId).containsExactly("p1", "r1");
        assertThat(log.all().getLast().objectRepr()).hasSize(AdminLogEntry.MAX_REPR_LENGTH).endsWith("…");
        assertThat(log.all().getFirst().adminUsername()).isEqualTo("ada");
    }
}
