package com.acme.tavus.bootstrap.config;

import com.acme.tavus.adapter.webhooks.WebClientWebhookSender;
import com.acme.tavus.application.shared.IdGenerator;
import com.acme.tavus.application.webhook.DispatchWebhooksService;
import com.acme.tavus.application.webhook.WebhookSubscriptionService;
import com.acme.tavus.application.webhook.port.in.DispatchWebhooksUseCase;
import com.acme.tavus.application.webhook.port.out.ConversationEventOutbox;
import com.acme.tavus.application.webhook.port.out.WebhookSender;
import com.acme.tavus.application.webhook.port.out.WebhookSubscriptions;
import com.acme.tavus.bootstrap.scheduling.PeriodicPass;
import com.acme.tavus.domain.webhook.RetryPolicy;
import java.util.Random;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Outbound webhooks (ADR 0016): the subscription service behind {@code /api/v1/webhooks}, the
 * sender, and the dispatcher with its timer. Every instance dispatches; claims under a lease keep a
 * delivery with one of them. The outbox itself comes from the selected persistence adapter.
 */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookConfiguration.class);

    /** Implements {@code ManageWebhooksUseCase} and {@code WebhookQueries}. */
    @Bean
    WebhookSubscriptionService webhookSubscriptionService(WebhookSubscriptions subscriptions,
            ConversationEventOutbox outbox, WebhookProperties properties, IdGenerator ids, Clock clock) {
        return new WebhookSubscriptionService(subscriptions, outbox, properties.allowHttp(), ids, clock);
    }

    @Bean
    WebhookSender webhookSender(ObjectProvider<WebClient.Builder> builders, WebhookProperties properties) {
        return new WebClientWebhookSender(builders.getIfAvailable(WebClient::builder), properties.connectTimeout(),
                properties.requestTimeout());
    }

    @Bean
    DispatchWebhooksService dispatchWebhooksService(ConversationEventOutbox outbox, WebhookSender sender,
            WebhookProperties properties, Clock clock) {
        if (properties.lease().compareTo(properties.requestTimeout().multipliedBy(2)) < 0) {
            throw new IllegalStateException("webhooks.lease (" + properties.lease() + ") must be at least twice "
                    + "webhooks.request-timeout (" + properties.requestTimeout() + "), or a slow delivery could be "
                    + "claimed and sent again by another dispatcher");
        }
        var retry = properties.retry();
        var settings = new DispatchWebhooksService.Settings(
                new RetryPolicy(retry.initialDelay(), retry.maxDelay(), retry.maxAttempts(), retry.maxAge()),
                properties.lease(), properties.batch(), properties.concurrency());
        return new DispatchWebhooksService(outbox, sender, settings, new Random(), clock);
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "webhooks.dispatch-enabled", matchIfMissing = true)
    PeriodicPass webhookDispatcher(DispatchWebhooksUseCase dispatch, WebhookProperties properties) {
        return new PeriodicPass("Webhook dispatch", properties.dispatchInterval(), dispatch::dispatchDue,
                delivered -> {
                    if (delivered > 0) {
                        LOG.debug("Delivered {} webhook(s)", delivered);
                    }
                });
    }
}
