package com.acme.tavus.adapter.tavus.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * {@link SandboxCallbackSender} over HTTP: POSTs each payload as JSON, in order, after
 * {@code initialDelay} (so the platform has stored the conversation it just created before the
 * first callback arrives, as with real Tavus, whose replica takes a while to join). A failed
 * delivery is retried {@code retries} times with backoff, then logged and dropped; the next
 * payload is still sent.
 */
public final class HttpSandboxCallbackSender implements SandboxCallbackSender {

    private static final Logger LOG = LoggerFactory.getLogger(HttpSandboxCallbackSender.class);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final WebClient webClient;
    private final Duration initialDelay;
    private final int retries;
    private final Duration firstBackoff;

    public HttpSandboxCallbackSender(WebClient webClient, Duration initialDelay, int retries, Duration firstBackoff) {
        this.webClient = Objects.requireNonNull(webClient, "webClient");
        this.initialDelay = Objects.requireNonNull(initialDelay, "initialDelay");
        this.retries = retries;
        this.firstBackoff = Objects.requireNonNull(firstBackoff, "firstBackoff");
    }

    @Override
    public void send(String callbackUrl, List<Map<String, Object>> payloads) {
        if (callbackUrl == null || payloads.isEmpty()) {
            return;
        }
        Mono.delay(initialDelay)
                .thenMany(Flux.fromIterable(List.copyOf(payloads)))
                .concatMap(payload -> deliver(callbackUrl, payload))
                .subscribe(null, error -> LOG.warn("Sandbox callbacks stopped: {}", error.toString()));
    }

    private Mono<Void> deliver(String callbackUrl, Map<String, Object> payload) {
        var eventType = payload.get("event_type");
        return webClient.post()
                .uri(callbackUrl)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(payload)
                .retrieve()
                .toBodilessEntity()
                .timeout(REQUEST_TIMEOUT)
                .retryWhen(Retry.backoff(retries, firstBackoff))
                .doOnSuccess(ok -> LOG.debug("Sandbox sent {} to its callback URL", eventType))
                .onErrorResume(error -> {
                    // The URL carries the callback signature: log where it went without the query.
                    LOG.warn("Sandbox could not deliver {} to {} after {} retries: {}", eventType,
                            withoutQuery(callbackUrl), retries, error.toString());
                    return Mono.empty();
                })
                .then();
    }

    private static String withoutQuery(String url) {
        var query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
