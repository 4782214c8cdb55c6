/**
 * Outbound events: what the platform tells teams' webhook endpoints about the conversations it
 * tracks ({@link com.acme.tavus.domain.webhook.ConversationEvent}), which URLs receive them
 * ({@link com.acme.tavus.domain.webhook.WebhookSubscription}), how a delivery is signed
 * (the Standard Webhooks scheme) and retried
 * ({@link com.acme.tavus.domain.webhook.RetryPolicy}). See docs/webhooks.md and ADR 0016.
 */
package com.acme.tavus.domain.webhook;
