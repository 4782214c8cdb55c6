/**
 * The outbound webhook sender: {@link com.acme.tavus.adapter.webhooks.WebClientWebhookSender}
 * POSTs signed conversation events to registered URLs (ADR 0016, docs/webhooks.md).
 */
package com.acme.tavus.adapter.webhooks;
