package com.acme.tavus.application.onboarding.port.out;

import com.acme.tavus.domain.conversation.TrackedConversation;
import java.time.Instant;
import reactor.core.publisher.Flux;

/** Finds tracked conversations that should be over by now, for the reconciler. */
public interface OpenConversations {

    /** Up to {@code limit} records still {@code created} or {@code active} that were created before {@code cutoff}, oldest first. */
    Flux<TrackedConversation> openCreatedBefore(Instant cutoff, int limit);
}
