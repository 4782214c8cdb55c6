package com.acme.tavus.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.admin.port.out.AdminLog;
import com.acme.tavus.application.admin.port.out.AdminUsers;
import com.acme.tavus.domain.admin.AdminLogAction;
import com.acme.tavus.domain.admin.AdminLogEntry;
import com.acme.tavus.domain.admin.AdminUser;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AdminLog} must do, as tests: an admin's latest entries newest first, an
 * object's history as its latest entries read forwards, each at most as many as asked, and nothing
 * of other admins or objects mixed in. Extend it and supply the log and the {@link AdminUsers} of the
 * same store (an entry names an existing account); each test uses accounts and objects of its own.
 */
public abstract class AdminLogContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    protected abstract AdminLog log();

    /** The admin accounts of the same store. */
    protected abstract AdminUsers users();

    @Test
    void recentBy_isTheAdminsLatestEntries_newestFirst() {
        var ada = storedAdmin();
        var object = AdminUsersContract.token();
        addHistory(ada, object, 4);
        addHistory(storedAdmin(), object + "-other", 2);

        assertThat(log().recentBy(ada.id(), 2).collectList().block(TIMEOUT))
                .extracting(AdminLogEntry::message).containsExactly("step 3", "step 2");
        assertThat(log().recentBy(ada.id(), 10).collectList().block(TIMEOUT)).hasSize(4)
                .allSatisfy(entry -> assertThat(entry.adminUserId()).isEqualTo(ada.id()));
    }

    @Test
    void forObject_isTheObjectsLatestEntries_readForwards() {
        var ada = storedAdmin();
        var object = AdminUsersContract.token();
        addHistory(ada, object, 4);
        addHistory(ada, object + "-other", 2);

        assertThat(log().forObject("documents", object, 3).collectList().block(TIMEOUT))
                .extracting(AdminLogEntry::message).containsExactly("step 1", "step 2", "step 3");
        assertThat(log().forObject("documents", object, 10).collectList().block(TIMEOUT).getFirst())
                .satisfies(first -> {
                    assertThat(first.action()).isEqualTo(AdminLogAction.ADDITION);
                    assertThat(first.objectRepr()).isEqualTo("Doc 0");
                    assertThat(first.actionTime()).isEqualTo(T0);
                });
        assertThat(log().forObject("personas", object, 10).collectList().block(TIMEOUT))
                .as("same id, another model").isEmpty();
    }

    @Test
    void anAdminOrObjectWithoutEntries_hasAnEmptyHistory() {
        assertThat(log().recentBy(storedAdmin().id(), 10).collectList().block(TIMEOUT)).isEmpty();
        assertThat(log().forObject("documents", AdminUsersContract.token(), 10).collectList().block(TIMEOUT)).isEmpty();
    }

    private AdminUser storedAdmin() {
        var admin = AdminUsersContract.admin("ada-" + AdminUsersContract.token(), false, Set.of());
        users().add(admin).block(TIMEOUT);
        return admin;
    }

    private void addHistory(AdminUser admin, String object, int steps) {
        for (var i = 0; i < steps; i++) {
            log().add(new AdminLogEntry(UUID.randomUUID(), T0.plusSeconds(i), admin.id(), admin.username(), "documents",
                    object, "Doc " + i, i == 0 ? AdminLogAction.ADDITION : AdminLogAction.CHANGE, "step " + i))
                    .block(TIMEOUT);
        }
    }
}
