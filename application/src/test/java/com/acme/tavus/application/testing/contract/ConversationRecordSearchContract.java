package com.acme.tavus.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.conversation.port.out.ConversationRecordSearch;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.shared.Criterion;
import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.application.shared.SortKey;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackedConversation.Attribute;
import com.acme.tavus.domain.shared.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ConversationRecordSearch} must do, as tests: criteria (equal, null or not, a
 * time window), a case-insensitive search, the sort asked for, and pages with the total of all
 * matches. Extend it and supply the port and the {@link ConversationRecords} of the same store;
 * each test filters on a creator of its own, so the store may be shared.
 */
public abstract class ConversationRecordSearchContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    protected abstract ConversationRecordSearch search();

    /** The conversation records of the same store, to set records up. */
    protected abstract ConversationRecords records();

    @Test
    void sortsAsAsked_andPagesWithTheTotalOfAllMatches() {
        var creator = newCreator();
        var first = stored(creator, T0);
        var second = stored(creator, T0.plusSeconds(1));
        var third = stored(creator, T0.plusSeconds(2));
        stored(newCreator(), T0.plusSeconds(3));

        var page1 = list(byCreator(creator, 1, 2, new SortKey<>(Attribute.CREATED_AT, true)));
        var page2 = list(byCreator(creator, 2, 2, new SortKey<>(Attribute.CREATED_AT, true)));
        var ascending = list(byCreator(creator, 1, 10, new SortKey<>(Attribute.CREATED_AT, false)));

        assertThat(page1.totalCount()).isEqualTo(3);
        assertThat(ids(page1)).containsExactly(third.id(), second.id());
        assertThat(ids(page2)).containsExactly(first.id());
        assertThat(ids(ascending)).containsExactly(first.id(), second.id(), third.id());
    }

    @Test
    void filtersOnStatus_onCompletedOrNot_andOnATimeWindow() {
        var creator = newCreator();
        var open = stored(creator, T0);
        var done = stored(creator, T0.plusSeconds(60));
        records().update(done.ended(T0.plusSeconds(120))).block(TIMEOUT);

        var completed = byCreator(creator, 1, 10).and(new Criterion.Equal<>(Attribute.STATUS, "completed"));
        var notCompleted = byCreator(creator, 1, 10).and(new Criterion.IsNull<>(Attribute.COMPLETED_AT, true));
        var firstMinute = byCreator(creator, 1, 10)
                .and(new Criterion.Within<>(Attribute.CREATED_AT, T0, T0.plusSeconds(60)));

        assertThat(ids(list(completed))).containsExactly(done.id());
        assertThat(ids(list(notCompleted))).containsExactly(open.id());
        assertThat(ids(list(firstMinute))).as("from inclusive, until exclusive").containsExactly(open.id());
    }

    @Test
    void searchesTheAttributesNamed_ignoringCase() {
        var creator = newCreator();
        var wanted = stored(creator, T0);
        stored(creator, T0.plusSeconds(1));
        var term = wanted.conversationId().value().toUpperCase();

        var query = new RecordQuery<>(term, Set.of(Attribute.CONVERSATION_ID), byCreator(creator, 1, 10).criteria(),
                List.of(), 1, 10);

        assertThat(ids(list(query))).containsExactly(wanted.id());
    }

    @Test
    void aQueryMatchingNothing_isAnEmptyPage() {
        var page = list(byCreator(newCreator(), 1, 10));

        assertThat(page.data()).isEmpty();
        assertThat(page.totalCount()).isZero();
    }

    @SafeVarargs
    private static RecordQuery<Attribute> byCreator(String creator, int page, int size, SortKey<Attribute>... sort) {
        return new RecordQuery<>(null, null, List.of(new Criterion.Equal<>(Attribute.CREATED_BY, creator)),
                List.of(sort), page, size);
    }

    private Page<TrackedConversation> list(RecordQuery<Attribute> query) {
        return search().list(query).block(TIMEOUT);
    }

    private TrackedConversation stored(String creator, Instant createdAt) {
        var record = ContractFixtures.trackedConversation(null, createdAt, creator);
        records().add(record).block(TIMEOUT);
        return record;
    }

    private static List<UUID> ids(Page<TrackedConversation> page) {
        return page.data().stream().map(TrackedConversation::id).toList();
    }

    private static String newCreator() {
        return "creator-" + UUID.randomUUID();
    }
}
