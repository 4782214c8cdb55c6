package com.acme.tavus.application.conversation.port.in;

import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.shared.Actor;
import reactor.core.publisher.Mono;

/** Use case: delete a conversation on Tavus ({@code hard}: with its assets) and mark its record. */
public interface DeleteConversationUseCase {

    Mono<Void> delete(ConversationId id, boolean hard, Actor actor);
}
