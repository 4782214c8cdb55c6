package com.acme.tavus.application.conversation.port.out;

import java.util.Optional;
import java.util.UUID;

/**
 * The platform's own callback URL for a conversation it tracks, so that Tavus (or the sandbox)
 * reports the call's progress to the platform and its record follows the call.
 */
public interface TrackingCallbacks {

    /** Offers no URL: for deployments Tavus cannot reach (live mode without {@code BACKEND_URL}). */
    TrackingCallbacks NONE = trackingId -> Optional.empty();

    /** The callback URL for the conversation tracked as {@code trackingId}, when the platform can be reached. */
    Optional<String> callbackUrl(UUID trackingId);
}
