/**
 * Outbound webhooks in {@code webhook_subscriptions}, {@code conversation_events} and
 * {@code webhook_deliveries}: the subscriptions, the dispatcher's view of the outbox, and the
 * writer the conversation repositories call inside their transactions (ADR 0016).
 */
package com.acme.tavus.adapter.persistence.webhook;
