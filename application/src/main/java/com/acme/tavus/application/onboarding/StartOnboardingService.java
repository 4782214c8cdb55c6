package com.acme.tavus.application.onboarding;

import com.acme.tavus.application.conversation.port.out.ConversationProvider;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.onboarding.port.in.StartOnboardingUseCase;
import com.acme.tavus.application.onboarding.port.out.CallbackSigner;
import com.acme.tavus.application.onboarding.port.out.OnboardingUsers;
import com.acme.tavus.application.shared.IdGenerator;
import com.acme.tavus.application.shared.RunToCompletion;
import com.acme.tavus.domain.conversation.CallProperties;
import com.acme.tavus.domain.conversation.ConversationRequest;
import com.acme.tavus.domain.conversation.TrackedConversation;
import com.acme.tavus.domain.conversation.TrackedConversation.Participant;
import com.acme.tavus.domain.onboarding.Applicant;
import com.acme.tavus.domain.onboarding.OnboardingUser;
import com.acme.tavus.domain.conversation.TrackingStatus;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Starts an onboarding call. Order matters: the user is stored first (cheap, retryable), then Tavus
 * opens the billed room, then the record is written.
 *
 * <p>Why a failed record does not fail the request: as in the proxy flow, Tavus already bills the
 * room, and an error would make the client retry and open a second one. The conversation is
 * returned and the loss logged at ERROR; its callbacks are still kept, as unknown-conversation
 * events.
 */
public final class StartOnboardingService implements StartOnboardingUseCase {

    private static final System.Logger LOG = System.getLogger(StartOnboardingService.class.getName());

    private final ConversationProvider provider;
    private final ConversationRecords records;
    private final OnboardingUsers users;
    private final SignedCallbackUrls callbackUrls;
    private final OnboardingSettings settings;
    private final IdGenerator ids;
    private final Clock clock;

    public StartOnboardingService(ConversationProvider provider, ConversationRecords records, OnboardingUsers users,
            CallbackSigner signatures, OnboardingSettings settings, IdGenerator ids, Clock clock) {
        this.provider = provider;
        this.records = records;
        this.users = users;
        this.callbackUrls = new SignedCallbackUrls(signatures, settings.callbackEndpoint());
        this.settings = settings;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Mono<OnboardingConversation> start(StartOnboardingCommand command) {
        if (settings.personaId() == null) {
            return Mono.error(new OnboardingUnavailable(
                    "Video onboarding is unavailable: missing configuration TAVUS_PERSONA_ID"));
        }
        return Mono.defer(() -> users.findOrCreate(OnboardingUser.register(ids.newId(), command.applicant(),
                        clock.instant())))
                .flatMap(user -> {
                    var trackingId = ids.newId();
                    var request = request(command, trackingId);
                    // A client hanging up must not leave a conversation created on Tavus but untracked.
                    return RunToCompletion.evenIfCancelled(provider.create(request).flatMap(created -> {
                        var record = TrackedConversation.startTracking(ids.newId(), trackingId, created, request,
                                new Participant(user.id(), user.email()), command.actor(), clock.instant());
                        return records.add(record)
                                .onErrorResume(error -> {
                                    LOG.log(Level.ERROR, () -> "Onboarding conversation " + created.id().value()
                                            + " was created on Tavus but could not be recorded", error);
                                    return Mono.empty();
                                })
                                .thenReturn(new OnboardingConversation(created.id(), created.url(),
                                        record.status() == TrackingStatus.COMPLETED
                                                ? record.status().value() : TrackingStatus.CREATED.value()));
                    }));
                });
    }

    private ConversationRequest request(StartOnboardingCommand command, UUID trackingId) {
        var applicant = command.applicant();
        var name = command.conversationName() != null ? command.conversationName()
                : "Onboarding call with " + applicant.firstName() + " " + applicant.lastName();
        return new ConversationRequest(settings.replicaId(), settings.personaId(), callbackUrl(trackingId), name,
                conversationalContext(applicant), "Hi " + applicant.firstName() + ", welcome aboard!",
                null, null, null, null, null, null, null, null,
                new CallProperties((int) settings.maxCallDuration().toSeconds(), null, null, null, null, null,
                        null, null, null, null, null),
                null);
    }

    /** {@code <endpoint>?t=<tracking id>&sig=<signature>} (see {@link SignedCallbackUrls}). */
    String callbackUrl(UUID trackingId) {
        return callbackUrls.signedUrl(trackingId);
    }

    private static String conversationalContext(Applicant applicant) {
        return "You are welcoming " + applicant.firstName() + " " + applicant.lastName()
                + " to the platform in a short onboarding call. Greet " + applicant.firstName()
                + " by name, explain the next steps and answer their questions.";
    }
}
