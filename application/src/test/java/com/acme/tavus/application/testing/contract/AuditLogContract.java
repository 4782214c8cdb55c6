package com.acme.tavus.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.audit.port.out.AuditLog;
import com.acme.tavus.domain.audit.AuditEntry;
import com.acme.tavus.domain.audit.AuditFilter;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * What every {@link AuditLog} must do, as tests: extend it and supply the log under test (the jOOQ
 * adapter on H2 and PostgreSQL, the memory adapter, the application's in-memory fake).
 *
 * <p>The tests share one log and never clean it: each uses its own actor name and filters by it, so
 * a log backed by a long-lived database works as well as an empty one.
 */
public abstract class AuditLogContract {

    /** A point in time with microseconds, the finest precision a stored entry must keep. */
    protected static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** The log under test; may be the same instance on every call. */
    protected abstract AuditLog log();

    @Test
    void appendThenPage_roundTripsEveryField() {
        var actor = newActor();
        var full = new AuditEntry(T0, "req-1", actor, "POST", "/tavus-api-calls/conversations/{conversation_id}/end/",
                "c123456", 200, 200, 87);
        var sparse = new AuditEntry(T0.minusSeconds(1), "req-2", actor, "DELETE", "/nope", null, 401, null, 0);

        append(List.of(full, sparse));

        assertThat(page(actor, null, null).data()).containsExactly(full, sparse);
    }

    @Test
    void pagesAreNewestFirst_withEqualTimesInReverseStorageOrder() {
        var actor = newActor();
        var older = entry(actor, T0, "older");
        var first = entry(actor, T0.plusSeconds(5), "first");
        var second = entry(actor, T0.plusSeconds(5), "second");
        append(List.of(older, first));
        append(List.of(second));

        assertThat(page(actor, null, null).data()).extracting(AuditEntry::requestId)
                .containsExactly("second", "first", "older");
    }

    @Test
    void pagesCountFromOne_andTheTotalCountsEveryMatch() {
        var actor = newActor();
        append(IntStream.range(0, 7).mapToObj(i -> entry(actor, T0.plusSeconds(i), "r" + i)).toList());

        var second = page(actor, 3, 2);

        assertThat(second.totalCount()).isEqualTo(7);
        assertThat(second.data()).extracting(AuditEntry::requestId).containsExactly("r3", "r2", "r1");
        assertThat(page(actor, 3, 3).data()).extracting(AuditEntry::requestId).containsExactly("r0");
        assertThat(page(actor, 3, 4).data()).isEmpty();
    }

    @Test
    void anotherActorsEntries_areNotInAFilteredPage() {
        var mine = newActor();
        var theirs = newActor();
        append(List.of(entry(mine, T0, "mine"), entry(theirs, T0, "theirs")));

        assertThat(page(mine, null, null).data()).extracting(AuditEntry::requestId).containsExactly("mine");
    }

    @Test
    void anUnfilteredPage_isNewestFirstAcrossActors() {
        var actor = newActor();
        append(List.of(entry(actor, T0.plusSeconds(3600 * 24 * 365), "far-future")));

        StepVerifier.create(log().page(AuditFilter.newestFirst(new PageRequest(5, 1))))
                .assertNext(page -> {
                    assertThat(page.totalCount()).isGreaterThanOrEqualTo(1);
                    assertThat(page.data()).hasSizeLessThanOrEqualTo(5)
                            .isSortedAccordingTo(Comparator.comparing(AuditEntry::at).reversed());
                    assertThat(page.data().getFirst().requestId()).isEqualTo("far-future");
                })
                .verifyComplete();
    }

    @Test
    void methodStatusClassAndTimeCriteria_allMustHold() {
        var actor = newActor();
        append(List.of(
                new AuditEntry(T0, "post-ok", actor, "POST", "/x", null, 201, null, 1),
                new AuditEntry(T0.plusSeconds(10), "post-refused", actor, "POST", "/x", null, 403, null, 1),
                new AuditEntry(T0.plusSeconds(20), "delete-refused", actor, "DELETE", "/x", null, 404, null, 1),
                new AuditEntry(T0.plusSeconds(30), "post-late", actor, "POST", "/x", null, 499, null, 1)));

        assertThat(requestIds(new AuditFilter(actor, "post", null, null, null, null, null)))
                .containsExactly("post-late", "post-refused", "post-ok");
        assertThat(requestIds(new AuditFilter(actor, null, 4, null, null, null, null)))
                .containsExactly("post-late", "delete-refused", "post-refused");
        assertThat(requestIds(new AuditFilter(actor, "POST", 4, T0.plusSeconds(10), T0.plusSeconds(30), null, null)))
                .as("from is inclusive, until exclusive").containsExactly("post-refused");
    }

    @Test
    void search_findsExactlyTheResourceIdRequestIdOrActor() {
        var actor = newActor();
        var resource = "c" + UUID.randomUUID().toString().replace("-", "");
        var requestId = "req-" + UUID.randomUUID();
        append(List.of(
                new AuditEntry(T0, requestId, "someone-" + UUID.randomUUID(), "POST", "/x", null, 200, null, 1),
                new AuditEntry(T0.plusSeconds(1), "by-resource", "someone-" + UUID.randomUUID(), "POST", "/x", resource,
                        200, null, 1),
                new AuditEntry(T0.plusSeconds(2), "by-actor", actor, "POST", "/x", null, 200, null, 1),
                new AuditEntry(T0.plusSeconds(3), "prefix-only", "someone-" + UUID.randomUUID(), "POST", "/x",
                        resource + "x", 200, null, 1)));

        assertThat(requestIds(new AuditFilter(null, null, null, null, null, resource, null))).containsExactly("by-resource");
        assertThat(requestIds(new AuditFilter(null, null, null, null, null, requestId, null))).containsExactly(requestId);
        assertThat(requestIds(new AuditFilter(null, null, null, null, null, actor, null))).containsExactly("by-actor");
    }

    @Test
    void anEmptyBatch_storesNothing() {
        StepVerifier.create(log().append(List.of())).verifyComplete();
    }

    protected void append(List<AuditEntry> entries) {
        StepVerifier.create(log().append(entries)).expectComplete().verify(TIMEOUT);
    }

    protected Page<AuditEntry> page(String actor, Integer limit, Integer page) {
        return log().page(new AuditFilter(actor, new PageRequest(limit, page))).block(TIMEOUT);
    }

    private List<String> requestIds(AuditFilter filter) {
        return log().page(filter).block(TIMEOUT).data().stream().map(AuditEntry::requestId).toList();
    }

    protected static String newActor() {
        return "team-" + UUID.randomUUID();
    }

    protected static AuditEntry entry(String actor, Instant at, String requestId) {
        return new AuditEntry(at, requestId, actor, "POST", "/tavus-api-calls/replicas/", "r79e1c033f", 200, 200, 10);
    }
}
