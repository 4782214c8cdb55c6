package com.acme.tavus.application.onboarding.port.in;

import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.ConversationRequest;
import com.acme.tavus.domain.onboarding.Applicant;
import com.acme.tavus.domain.shared.Actor;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * Starts an onboarding call: finds or registers the person, creates a Tavus conversation with the
 * configured persona that greets them by name and reports back to the platform's signed callback
 * URL, and records it with status {@code created}.
 *
 * <p>Fails with {@code OnboardingUnavailable} when no persona is configured.
 */
public interface StartOnboardingUseCase {

    Mono<OnboardingConversation> start(StartOnboardingCommand command);

    /** @param conversationName optional; a name with the person's name is used otherwise */
    record StartOnboardingCommand(Applicant applicant, String conversationName, Actor actor) {
        public StartOnboardingCommand {
            Objects.requireNonNull(applicant, "applicant");
            Objects.requireNonNull(actor, "actor");
            conversationName = conversationName == null || conversationName.isBlank() ? null : conversationName.strip();
            if (conversationName != null && conversationName.length() > ConversationRequest.MAX_NAME_LENGTH) {
                // Checked before anyone is registered or any room is opened.
                throw new InvalidValueException("conversation_name",
                        "must be at most " + ConversationRequest.MAX_NAME_LENGTH + " characters");
            }
        }
    }

    /** What the client needs to send the person into the call. */
    record OnboardingConversation(ConversationId conversationId, String conversationUrl, String status) {}
}
