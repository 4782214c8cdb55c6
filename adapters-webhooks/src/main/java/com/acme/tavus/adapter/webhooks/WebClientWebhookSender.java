package com.acme.tavus.adapter.webhooks;

import com.acme.tavus.application.webhook.port.out.WebhookSender;
import com.acme.tavus.domain.webhook.WebhookUrl;
import io.netty.channel.ChannelOption;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * {@link WebhookSender} on WebClient over Reactor Netty, non-blocking:
 * <ul>
 *   <li>a connect timeout and one deadline for the whole exchange (answer and draining its body);
 *   <li>redirects are never followed (a 3xx is a failed attempt: the registered URL is the only
 *       place events go);
 *   <li>only the status is used; the body is released unread into memory, never logged;
 *   <li>every failure becomes a {@link SendResult} naming its kind (timeout, connection refused),
 *       never the receiver's text.
 * </ul>
 */
public final class WebClientWebhookSender implements WebhookSender {

    static final String USER_AGENT = "tavus-platform-webhooks/1";

    private final WebClient client;
    private final Duration deadline;

    /**
     * @param connectTimeout how long opening a connection may take
     * @param deadline how long one delivery may take in all
     */
    public WebClientWebhookSender(WebClient.Builder builder, Duration connectTimeout, Duration deadline) {
        Objects.requireNonNull(builder, "builder");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        var httpClient = HttpClient.create()
                .followRedirect(false)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()))
                .responseTimeout(deadline);
        this.client = builder.clone()
                .clientConnector(new ReactorClientHttpConnector(httpClient))
                .codecs(codecs -> codecs.defaultCodecs().enableLoggingRequestDetails(false))
                .build();
    }

    @Override
    public Mono<SendResult> send(WebhookUrl url, Map<String, String> headers, String body) {
        return Mono.defer(() -> client.post()
                        .uri(URI.create(url.value()))
                        .headers(h -> {
                            headers.forEach(h::set);
                            h.set("User-Agent", USER_AGENT);
                        })
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(body)
                        .exchangeToMono(response -> response.releaseBody()
                                .thenReturn(SendResult.answered(response.statusCode().value()))))
                .timeout(deadline)
                .onErrorResume(error -> Mono.just(SendResult.unreachable(describe(error))));
    }

    /** The kind of failure, without the receiver's words or our URL's query string. */
    static String describe(Throwable error) {
        var cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof TimeoutException) {
                break;
            }
            cause = cause.getCause();
        }
        if (cause instanceof TimeoutException || cause.getClass().getSimpleName().contains("Timeout")) {
            return "timeout";
        }
        if (cause instanceof java.net.ConnectException || cause.getClass().getSimpleName().contains("Connect")) {
            return "connection failed";
        }
        if (cause instanceof java.net.UnknownHostException) {
            return "unknown host";
        }
        return cause.getClass().getSimpleName();
    }
}
