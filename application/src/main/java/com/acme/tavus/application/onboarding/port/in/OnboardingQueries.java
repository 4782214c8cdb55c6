package com.acme.tavus.application.onboarding.port.in;

import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.TrackedConversation;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The platform's own view of a tracked conversation's progress (not Tavus's). */
public interface OnboardingQueries {

    /** The current status; fails with {@code NotFoundException} for a conversation the platform did not create. */
    Mono<ConversationStatusView> status(ConversationId conversationId);

    /**
     * The current status, then every change, completing once the conversation is settled (completed
     * with its transcript, or deleted) or, when the transcript does not follow the completion, after
     * a short grace period. Changes are those applied by this instance (see
     * {@code ConversationUpdates}). Fails like {@link #status}.
     */
    Flux<ConversationStatusView> watch(ConversationId conversationId);

    record ConversationStatusView(
            String conversationId,
            String status,
            boolean isCompleted,
            Instant createdAt,
            Instant completedAt,
            boolean hasTranscript) {

        public static ConversationStatusView of(TrackedConversation c) {
            return new ConversationStatusView(c.conversationId().value(), c.status().value(), c.isCompleted(),
                    c.createdAt(), c.completedAt(), c.transcript() != null && !c.transcript().isBlank());
        }

        /** The call is over: completed, or deleted. */
        public boolean isFinal() {
            return isCompleted || "deleted".equals(status);
        }

        /** Nothing more is expected: deleted, or completed with its transcript. */
        public boolean isSettled() {
            return "deleted".equals(status) || (isCompleted && hasTranscript);
        }
    }
}
