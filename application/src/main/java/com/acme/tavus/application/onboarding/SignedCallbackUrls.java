package com.acme.tavus.application.onboarding;

import com.acme.tavus.application.conversation.port.out.TrackingCallbacks;
import com.acme.tavus.application.onboarding.port.out.CallbackSigner;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The signed callback URL of a tracked conversation:
 * {@code <endpoint>?t=<tracking id>&sig=<signature>} (both values are URL-safe as they are). Used
 * for onboarding calls and, through {@link TrackingCallbacks}, for calls made through the proxy.
 */
public final class SignedCallbackUrls implements TrackingCallbacks {

    private final CallbackSigner signatures;
    private final Supplier<String> endpoint;

    /**
     * @param endpoint the public URL of the callback route, without query; a supplier because the
     *     port may only be known once the server listens
     */
    public SignedCallbackUrls(CallbackSigner signatures, Supplier<String> endpoint) {
        this.signatures = Objects.requireNonNull(signatures, "signatures");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    /** The URL for {@code trackingId}. */
    public String signedUrl(UUID trackingId) {
        return endpoint.get() + "?t=" + trackingId + "&sig=" + signatures.sign(trackingId);
    }

    @Override
    public Optional<String> callbackUrl(UUID trackingId) {
        return Optional.of(signedUrl(trackingId));
    }
}
