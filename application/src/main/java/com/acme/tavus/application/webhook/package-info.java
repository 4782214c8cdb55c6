/**
 * Outbound webhooks: teams register URLs ({@link com.acme.tavus.application.webhook.WebhookSubscriptionService})
 * and receive the platform's conversation events, recorded in a database outbox by the same
 * transaction that changes the conversation, and delivered, signed, with retries and backoff by
 * {@link com.acme.tavus.application.webhook.DispatchWebhooksService} (ADR 0016, docs/webhooks.md).
 */
package com.acme.tavus.application.webhook;
