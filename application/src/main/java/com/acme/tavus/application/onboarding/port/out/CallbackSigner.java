package com.acme.tavus.application.onboarding.port.out;

import java.util.UUID;

/**
 * Signs and checks the {@code sig} parameter of onboarding callback URLs.
 *
 * <p>Why: Tavus does not sign its callbacks, so the URL the platform gives Tavus is the only secret
 * it can check. A signature binds a URL to one tracking id (one conversation): knowing one
 * conversation's URL does not let anyone forge another's. Implementations compare in constant time.
 */
public interface CallbackSigner {

    /** The URL-safe signature of {@code trackingId}. */
    String sign(UUID trackingId);

    /** True when {@code signature} is this signer's signature of {@code trackingId}; false for anything malformed or missing. */
    boolean verify(String trackingId, String signature);
}
