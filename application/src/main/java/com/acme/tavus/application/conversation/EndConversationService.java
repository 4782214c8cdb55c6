package com.acme.tavus.application.conversation;

import com.acme.tavus.application.conversation.port.in.EndConversationUseCase;
import com.acme.tavus.application.conversation.port.out.ConversationChanges;
import com.acme.tavus.application.conversation.port.out.ConversationProvider;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.shared.Actor;
import java.time.Clock;
import reactor.core.publisher.Mono;

/**
 * Ends the call on the provider, then marks the platform's record completed (if it has one) and
 * tells its live status watchers.
 */
public final class EndConversationService implements EndConversationUseCase {

    private final ConversationProvider provider;
    private final ConversationRecords records;
    private final ConversationChanges changes;
    private final Clock clock;

    public EndConversationService(
            ConversationProvider provider, ConversationRecords records, ConversationChanges changes, Clock clock) {
        this.provider = provider;
        this.records = records;
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    public Mono<Void> end(ConversationId id, Actor actor) {
        return provider.end(id).then(RecordUpdates.apply(records, changes, id, r -> r.ended(clock.instant())));
    }
}
