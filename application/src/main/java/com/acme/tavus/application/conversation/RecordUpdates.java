package com.acme.tavus.application.conversation;

import com.acme.tavus.application.conversation.port.out.ConversationChanges;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import java.util.function.UnaryOperator;
import reactor.core.publisher.Mono;

/**
 * Applies a lifecycle transition to a stored record, writing only when something changed, and then
 * tells live watchers about the new state.
 */
final class RecordUpdates {

    private RecordUpdates() {}

    static Mono<Void> apply(ConversationRecords records, ConversationChanges changes, ConversationId id,
            UnaryOperator<TrackedConversation> transition) {
        return records.findByConversationId(id).flatMap(current -> {
            var next = transition.apply(current);
            return next == current ? Mono.<Void>empty()
                    : records.update(next).then(Mono.fromRunnable(() -> changes.publish(next)));
        });
    }
}
