package com.acme.tavus.application.conversation.port.in;

import com.acme.tavus.domain.conversation.Conversation;
import com.acme.tavus.domain.conversation.ConversationRequest;
import com.acme.tavus.domain.shared.Actor;
import java.util.Objects;
import reactor.core.publisher.Mono;

/** Use case: start a Tavus conversation and record it as created by the caller. */
public interface StartConversationUseCase {

    Mono<Conversation> start(StartConversationCommand command);

    record StartConversationCommand(ConversationRequest request, Actor actor) {
        public StartConversationCommand {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(actor, "actor");
        }
    }
}
