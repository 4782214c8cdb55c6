package com.acme.tavus.application.conversation;

import com.acme.tavus.application.conversation.port.in.DeleteConversationUseCase;
import com.acme.tavus.application.conversation.port.out.ConversationChanges;
import com.acme.tavus.application.conversation.port.out.ConversationProvider;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.shared.Actor;
import java.time.Clock;
import reactor.core.publisher.Mono;

/**
 * Deletes the conversation on the provider, then marks the platform's record deleted and tells its
 * live status watchers.
 */
public final class DeleteConversationService implements DeleteConversationUseCase {

    private final ConversationProvider provider;
    private final ConversationRecords records;
    private final ConversationChanges changes;
    private final Clock clock;

    public DeleteConversationService(
            ConversationProvider provider, ConversationRecords records, ConversationChanges changes, Clock clock) {
        this.provider = provider;
        this.records = records;
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    public Mono<Void> delete(ConversationId id, boolean hard, Actor actor) {
        return provider.delete(id, hard)
                .then(RecordUpdates.apply(records, changes, id, r -> r.deleted(clock.instant())));
    }
}
