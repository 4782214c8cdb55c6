package com.acme.tavus.application.conversation;

import com.acme.tavus.application.conversation.port.in.StartConversationUseCase;
import com.acme.tavus.application.conversation.port.out.ConversationProvider;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.conversation.port.out.TrackingCallbacks;
import com.acme.tavus.application.shared.IdGenerator;
import com.acme.tavus.application.shared.RunToCompletion;
import com.acme.tavus.domain.conversation.Conversation;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackedConversation.Participant;
import java.lang.System.Logger.Level;
import java.time.Clock;
import reactor.core.publisher.Mono;

/**
 * Creates the conversation on the provider, then records it.
 *
 * <p>When the caller sends no {@code callback_url}, the platform's own signed callback URL is
 * sent instead (if {@link TrackingCallbacks} offers one), so Tavus reports the call's progress to
 * the platform and the record, and its live status stream, follow the call: joined, ended,
 * transcript. A caller's own {@code callback_url} is always sent unchanged. The signature never
 * leaves the platform: the answer is redacted like every read ({@link CallbackUrlRedaction}).
 *
 * <p>Why a failed record does not fail the request: by then Tavus has opened (and bills) the room.
 * Answering with an error would make the client retry and open a second one, so the conversation
 * is returned and the lost record is logged at ERROR with its id for follow-up.
 */
public final class StartConversationService implements StartConversationUseCase {

    private static final System.Logger LOG = System.getLogger(StartConversationService.class.getName());

    private final ConversationProvider provider;
    private final ConversationRecords records;
    private final TrackingCallbacks callbacks;
    private final IdGenerator ids;
    private final Clock clock;

    public StartConversationService(ConversationProvider provider, ConversationRecords records,
            TrackingCallbacks callbacks, IdGenerator ids, Clock clock) {
        this.provider = provider;
        this.records = records;
        this.callbacks = callbacks;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Mono<Conversation> start(StartConversationCommand command) {
        return Mono.defer(() -> {
            var trackingId = ids.newId();
            var requested = command.request();
            var request = requested.callbackUrl() != null ? requested
                    : callbacks.callbackUrl(trackingId).map(requested::withCallbackUrl).orElse(requested);
            // A client hanging up must not leave a conversation created on Tavus but untracked.
            return RunToCompletion.evenIfCancelled(provider.create(request).flatMap(created -> {
                var record = TrackedConversation.startTracking(ids.newId(), trackingId, created,
                        request, Participant.NONE, command.actor(), clock.instant());
                return records.add(record)
                        .onErrorResume(error -> {
                            LOG.log(Level.ERROR, () -> "Conversation " + created.id().value()
                                    + " was created on Tavus but could not be recorded", error);
                            return Mono.empty();
                        })
                        .thenReturn(CallbackUrlRedaction.redact(created));
            }));
        });
    }
}
