package com.acme.tavus.adapter.tavus;

import com.acme.tavus.application.audit.UpstreamStatus;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The one way to call Tavus: the client from {@link TavusWebClients} under the {@link
 * TavusResilience} policy. Every call names its {@link TavusOperation} (its deadline, and whether it
 * may be repeated), treats any non-2xx as an error translated by {@link TavusErrors}, decodes the
 * body and maps it to the domain. A provider for a new resource only builds requests and mappers on
 * top of it.
 *
 * <p>Mapping to the domain happens inside the attempt on purpose: an answer that decodes but breaks
 * a domain rule (a missing id, say) is an unreadable answer, not an unexpected crash.
 *
 * <p>Requests are built once per call, when it is subscribed, and sent once per attempt.
 *
 * <p>Every answer's status, success or not, is reported to the request's {@link UpstreamStatus}
 * (when the caller's Reactor context carries one), for the audit trail.
 */
public final class TavusCalls {

    private final WebClient tavus;
    private final TavusResilience resilience;

    public TavusCalls(WebClient tavus, TavusResilience resilience) {
        this.tavus = Objects.requireNonNull(tavus, "tavus");
        this.resilience = Objects.requireNonNull(resilience, "resilience");
    }

    /** Calls, then decodes a JSON body of type {@code body} and maps it with {@code toDomain}. */
    <T, R> Mono<R> fetch(TavusOperation operation, TavusTarget target,
            Function<WebClient, WebClient.RequestHeadersSpec<?>> request,
            Class<T> body, Function<? super T, ? extends R> toDomain) {
        return fetch(operation, target, request, ParameterizedTypeReference.forType(body), toDomain);
    }

    /** As {@link #fetch(TavusOperation, TavusTarget, Function, Class, Function)} for generic bodies. */
    <T, R> Mono<R> fetch(TavusOperation operation, TavusTarget target,
            Function<WebClient, WebClient.RequestHeadersSpec<?>> request,
            ParameterizedTypeReference<T> body, Function<? super T, ? extends R> toDomain) {
        return exchange(operation, target, request, response -> isSuccess(response)
                ? response.bodyToMono(body)
                        .switchIfEmpty(Mono.error(() -> new IllegalStateException("empty body")))
                        .map(decoded -> Objects.requireNonNull(toDomain.apply(decoded), "mapped body"))
                : failed(response, target));
    }

    /** Calls and ignores the body of a 2xx answer (end, delete). */
    Mono<Void> execute(TavusOperation operation, TavusTarget target,
            Function<WebClient, WebClient.RequestHeadersSpec<?>> request) {
        return exchange(operation, target, request,
                response -> isSuccess(response) ? response.releaseBody() : failed(response, target));
    }

    /**
     * Calls and lets {@code handler} read the whole answer, error statuses included (which it hands
     * to {@link #failed}); for answers with more outcomes than success or failure, such as 304.
     */
    <R> Mono<R> exchange(TavusOperation operation, TavusTarget target,
            Function<WebClient, WebClient.RequestHeadersSpec<?>> request,
            Function<ClientResponse, Mono<R>> handler) {
        return Mono.defer(() -> resilience.protect(operation, target, request.apply(tavus).exchangeToMono(reportingStatus(handler))));
    }

    /** The translated error for a non-2xx answer, as a failed {@code Mono}. */
    static <R> Mono<R> failed(ClientResponse response, TavusTarget target) {
        return TavusErrors.fromResponse(response, target).flatMap(Mono::error);
    }

    /** Wraps an answer handler so the answer's status reaches the request's {@link UpstreamStatus} first. */
    static <R> Function<ClientResponse, Mono<R>> reportingStatus(Function<ClientResponse, Mono<R>> handler) {
        return response -> Mono.deferContextual(context -> {
            UpstreamStatus.report(context, response.statusCode().value());
            return handler.apply(response);
        });
    }

    private static boolean isSuccess(ClientResponse response) {
        return response.statusCode().is2xxSuccessful();
    }
}
