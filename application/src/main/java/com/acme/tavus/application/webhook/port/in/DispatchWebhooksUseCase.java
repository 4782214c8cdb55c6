package com.acme.tavus.application.webhook.port.in;

import reactor.core.publisher.Mono;

/** Use case: one pass of the webhook dispatcher, run on a timer by bootstrap. */
public interface DispatchWebhooksUseCase {

    /** Claims the due deliveries, sends them and records each outcome; emits how many were delivered. */
    Mono<Integer> dispatchDue();
}
