package com.acme.tavus.application.conversation.port.in;

import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.shared.Actor;
import reactor.core.publisher.Mono;

/** Use case: end a live conversation and mark its record completed. Safe to repeat. */
public interface EndConversationUseCase {

    Mono<Void> end(ConversationId id, Actor actor);
}
