/**
 * Webhook subscriptions under {@code /api/v1/webhooks} (admin scope): register a URL (its signing
 * secret is in that one answer), list and read subscriptions (never the secret), remove one, list a
 * subscription's deliveries and push one to be retried now. See docs/webhooks.md.
 */
package com.acme.tavus.adapter.web.api.webhook;
