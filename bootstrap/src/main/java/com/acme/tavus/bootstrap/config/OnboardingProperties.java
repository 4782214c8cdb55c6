package com.acme.tavus.bootstrap.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Video onboarding settings ({@code onboarding.*}).
 *
 * @param callbackSigningKey {@code CALLBACK_SIGNING_KEY}: the HMAC key that signs callback URLs,
 *     at least 32 characters; unset means a random key per start (callbacks for conversations
 *     created before a restart are then rejected)
 * @param callbackSigningKeyPrevious {@code CALLBACK_SIGNING_KEY_PREVIOUS}: the key in use before the
 *     last rotation; callback URLs it signed still verify (empty: none)
 * @param reconcileEnabled whether the reconciler runs at all (off in tests)
 * @param reconcileInterval how often the reconciler looks for overdue open conversations
 * @param reconcileLease the longest one reconciler pass may hold the deployment-wide lock (ADR 0020):
 *     a pass still running then is cut off, and an instance that died holding it blocks the others
 *     this long at most
 * @param reconcileGrace how long after the longest possible call a conversation still counts as
 *     merely late rather than missed
 * @param maxCallDuration the {@code max_call_duration} given to Tavus for onboarding calls
 * @param sandboxCallbackDelay how long the sandbox waits before sending its first callback
 * @param transcriptGrace how long a status stream waits for the transcript after the call completed
 * @param statusPollInterval how often an open status stream re-reads its record, to see changes
 *     another instance applied (ADR 0020)
 */
@ConfigurationProperties("onboarding")
public record OnboardingProperties(
        String callbackSigningKey,
        String callbackSigningKeyPrevious,
        @DefaultValue("true") boolean reconcileEnabled,
        @DefaultValue("1m") Duration reconcileInterval,
        @DefaultValue("5m") Duration reconcileGrace,
        @DefaultValue("1h") Duration maxCallDuration,
        @DefaultValue("1s") Duration sandboxCallbackDelay,
        @DefaultValue("15s") Duration transcriptGrace,
        @DefaultValue("10m") Duration reconcileLease,
        @DefaultValue("2s") Duration statusPollInterval) {

    @Override
    public String toString() {
        return "OnboardingProperties[callbackSigningKey=<redacted>, callbackSigningKeyPrevious=<redacted>, reconcileEnabled=" + reconcileEnabled
                + ", reconcileInterval=" + reconcileInterval + ", reconcileGrace=" + reconcileGrace
                + ", maxCallDuration=" + maxCallDuration + ", reconcileLease=" + reconcileLease
                + ", statusPollInterval=" + statusPollInterval + "]";
    }
}
