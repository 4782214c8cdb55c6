package com.acme.tavus.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.onboarding.port.out.OpenConversations;
import com.acme.tavus.domain.conversation.TrackedConversation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OpenConversations} must do, as tests: find the records still {@code created}
 * or {@code active} that were started before a cutoff, oldest first, at most as many as asked.
 * Extend it and supply the port and the {@link ConversationRecords} of the same store. The tests
 * work in years no other contract uses (1970, 1980), so the store may be shared.
 */
public abstract class OpenConversationsContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    protected abstract OpenConversations openConversations();

    /** The conversation records of the same store, to set records up. */
    protected abstract ConversationRecords records();

    @Test
    void findsCreatedAndActiveRecordsStartedBeforeTheCutoff_butNotEndedOrLaterOnes() {
        var t = Instant.parse("1980-06-01T12:00:00Z");
        var created = stored(t);
        var active = stored(t.plusSeconds(1));
        records().update(active.joined(t.plusSeconds(2))).block(TIMEOUT);
        var ended = stored(t.plusSeconds(3));
        records().update(ended.ended(t.plusSeconds(4))).block(TIMEOUT);
        var atTheCutoff = stored(t.plusSeconds(10));

        var found = ids(openConversations().openCreatedBefore(t.plusSeconds(10), 1000).collectList().block(TIMEOUT));

        assertThat(found).contains(created.id(), active.id()).doesNotContain(ended.id(), atTheCutoff.id());
    }

    @Test
    void answersTheOldestFirst_andAtMostTheLimit() {
        var t = Instant.parse("1970-01-01T00:00:10Z");
        var second = stored(t.plusSeconds(2));
        var first = stored(t.plusSeconds(1));
        stored(t.plusSeconds(3));

        var found = openConversations().openCreatedBefore(t.plusSeconds(60), 2).collectList().block(TIMEOUT);

        assertThat(ids(found)).containsExactly(first.id(), second.id());
    }

    @Test
    void aCutoffBeforeEveryRecordFindsNothing() {
        assertThat(openConversations().openCreatedBefore(Instant.parse("1969-12-31T00:00:00Z"), 10)
                .collectList().block(TIMEOUT)).isEmpty();
    }

    private TrackedConversation stored(Instant createdAt) {
        var record = ContractFixtures.trackedConversation(null, createdAt);
        records().add(record).block(TIMEOUT);
        return record;
    }

    private static List<UUID> ids(List<TrackedConversation> records) {
        return records.stream().map(TrackedConversation::id).toList();
    }
}
