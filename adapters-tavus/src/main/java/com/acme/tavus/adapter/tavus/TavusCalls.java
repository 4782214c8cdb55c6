package com.acme.tavus.adapter.tavus;

import com.acme.tavus.application.audit.UpstreamStatus;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The shape of every Tavus call: send, treat any non-2xx as an error translated by {@link
 * TavusErrors}, decode the body, map it to the domain, and translate anything that went wrong on
 * the way. A provider for a new resource only builds requests and mappers on top of it.
 *
 * <p>Mapping to the domain happens inside the chain on purpose: an answer that decodes but breaks a
 * domain rule (a missing id, say) is an unreadable answer, not an unexpected crash.
 *
 * <p>Every answer's status, success or not, is reported to the request's {@link UpstreamStatus}
 * (when the caller's Reactor context carries one), for the audit trail.
 */
final class TavusCalls {

    private TavusCalls() {}

    /** Calls, then decodes a JSON body of type {@code body} and maps it with {@code toDomain}. */
    static <T, R> Mono<R> fetch(
            WebClient.RequestHeadersSpec<?> request,
            Class<T> body,
            Function<? super T, ? extends R> toDomain,
            TavusTarget target) {
        return fetch(request, ParameterizedTypeReference.forType(body), toDomain, target);
    }

    /** As {@link #fetch(WebClient.RequestHeadersSpec, Class, Function, TavusTarget)} for generic bodies. */
    static <T, R> Mono<R> fetch(
            WebClient.RequestHeadersSpec<?> request,
            ParameterizedTypeReference<T> body,
            Function<? super T, ? extends R> toDomain,
            TavusTarget target) {
        return request.<R>exchangeToMono(reportingStatus(response -> isSuccess(response)
                        ? response.bodyToMono(body)
                                .switchIfEmpty(Mono.error(() -> new IllegalStateException("empty body")))
                                .map(decoded -> Objects.requireNonNull(toDomain.apply(decoded), "mapped body"))
                        : TavusErrors.fromResponse(response, target).flatMap(Mono::error)))
                .onErrorMap(failure -> TavusErrors.fromFailure(failure, target));
    }

    /** Calls and ignores the body of a 2xx answer (end, delete). */
    static Mono<Void> execute(WebClient.RequestHeadersSpec<?> request, TavusTarget target) {
        return request.<Void>exchangeToMono(reportingStatus(response -> isSuccess(response)
                        ? response.releaseBody()
                        : TavusErrors.fromResponse(response, target).flatMap(Mono::error)))
                .onErrorMap(failure -> TavusErrors.fromFailure(failure, target));
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
