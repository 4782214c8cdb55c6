package com.acme.tavus.application.onboarding.port.in;

import com.acme.tavus.domain.conversation.ConversationId;
import reactor.core.publisher.Mono;

/**
 * Use case: bring one tracked conversation up to date with Tavus now, as the reconciler would once
 * it is overdue: when Tavus says the call ended, its events (transcript, shutdown reason, ...) are
 * applied exactly like callbacks and the record is closed; a conversation Tavus no longer knows is
 * closed too. A call still live on Tavus is left as it is.
 */
public interface RefreshConversationUseCase {

    /** Emits whether the record changed; fails with {@code NotFoundException} when the platform does not track it. */
    Mono<Boolean> refresh(ConversationId conversationId);
}
