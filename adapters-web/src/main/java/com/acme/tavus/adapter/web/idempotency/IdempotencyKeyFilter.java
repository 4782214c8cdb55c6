package com.acme.tavus.adapter.web.idempotency;

import com.acme.tavus.application.idempotency.port.in.HandleIdempotentRequestUseCase;
import com.acme.tavus.application.idempotency.port.in.HandleIdempotentRequestUseCase.IdempotentRequest;
import com.acme.tavus.domain.apitoken.Caller;
import com.acme.tavus.domain.idempotency.IdempotencyKey;
import com.acme.tavus.domain.idempotency.RequestFingerprint;
import com.acme.tavus.domain.idempotency.StoredResponse;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.codec.CodecConfigurer;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Honours {@code Idempotency-Key} on the routes marked {@link Idempotent}, for authenticated
 * callers; every other request passes through untouched (the header is ignored elsewhere).
 *
 * <p>For a marked route with the header: the key is checked (400 naming the header when it is not
 * 1-255 visible ASCII characters, or sent twice), the body is read once and kept for the handler,
 * and the request's fingerprint is taken from its method, its route (the path without a trailing
 * slash, so both slash forms are one route) and its {@link CanonicalBody canonical body}. The
 * application's {@link HandleIdempotentRequestUseCase} then decides: serve it (the handler's answer
 * is {@link CapturedResponse captured}, remembered if it is a success, and sent), or replay a
 * remembered answer with {@value #REPLAYED_HEADER}{@code : true}. Its refusals (422 for a key reused
 * with another request, 409 while the first is still in progress) are error signals answered by the
 * {@code error} package.
 *
 * <p>Runs after Spring Security's chain (order -100), so the caller is known and a request that is
 * refused for its token never claims a key.
 */
@Component
final class IdempotencyKeyFilter implements WebFilter, Ordered {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** Spring's default in-memory codec limit, when none is configured. */
    static final int DEFAULT_MAX_BODY_BYTES = 256 * 1024;

    private final HandleIdempotentRequestUseCase idempotency;
    private final List<RequestMappingInfo> idempotentRoutes;
    private final int maxBodyBytes;

    IdempotencyKeyFilter(
            HandleIdempotentRequestUseCase idempotency,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers,
            ServerCodecConfigurer codecs) {
        this.idempotency = idempotency;
        this.idempotentRoutes = handlers.getHandlerMethods().entrySet().stream()
                .filter(route -> route.getValue().hasMethodAnnotation(Idempotent.class))
                .map(Map.Entry::getKey)
                .toList();
        this.maxBodyBytes = codecs.defaultCodecs() instanceof CodecConfigurer.DefaultCodecConfig config
                && config.maxInMemorySize() != null ? config.maxInMemorySize() : DEFAULT_MAX_BODY_BYTES;
        // The first SHA-256 and the first JSON parse load providers and build caches (file reads,
        // locks): do them here, at start, rather than on an event loop.
        RequestFingerprint.of("POST", "/", CanonicalBody.of("{\"warm\":[1]}".getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        if (!HttpMethod.POST.equals(request.getMethod())
                || !request.getHeaders().containsHeader(IdempotencyKey.HEADER)
                || idempotentRoutes.stream().noneMatch(route -> route.getMatchingCondition(exchange) != null)) {
            return chain.filter(exchange);
        }
        return caller()
                .flatMap(caller -> caller.isPresent()
                        ? idempotently(exchange, chain, caller.get())
                        : chain.filter(exchange));
    }

    /** After the security chain, so that these requests are authenticated and the caller is known. */
    @Override
    public int getOrder() {
        return 0;
    }

    private static Mono<Optional<Caller>> caller() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication())
                .mapNotNull(authentication -> authentication.getPrincipal() instanceof Caller caller ? caller : null)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty());
    }

    private Mono<Void> idempotently(ServerWebExchange exchange, WebFilterChain chain, Caller caller) {
        var request = exchange.getRequest();
        return Mono.fromCallable(() -> key(request.getHeaders()))
                .flatMap(key -> DataBufferUtils.join(request.getBody(), maxBodyBytes)
                        .map(CapturedResponse::drain)
                        .defaultIfEmpty(new byte[0])
                        .flatMap(body -> {
                            var fingerprint = RequestFingerprint.of(HttpMethod.POST.name(), route(request),
                                    CanonicalBody.of(body));
                            var captured = new CapturedResponse(exchange.getResponse());
                            var served = exchange.mutate()
                                    .request(withBody(request, body, exchange.getResponse()))
                                    .response(captured)
                                    .build();
                            return idempotency.handle(new IdempotentRequest(caller.actor(), key, fingerprint),
                                            () -> chain.filter(served).then(Mono.fromSupplier(captured::toStoredResponse)))
                                    .flatMap(outcome -> outcome.replayed()
                                            ? replay(exchange.getResponse(), outcome.response())
                                            : captured.commit());
                        }));
    }

    private static IdempotencyKey key(HttpHeaders headers) {
        var values = headers.get(IdempotencyKey.HEADER);
        if (values == null || values.size() != 1) {
            throw new InvalidValueException(IdempotencyKey.HEADER, "send exactly one key");
        }
        return IdempotencyKey.of(values.getFirst());
    }

    /** One name for both slash forms of a route. */
    private static String route(ServerHttpRequest request) {
        var path = request.getPath().pathWithinApplication().value();
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The request again, its body served from {@code body} (already read) to the handler. */
    private static ServerHttpRequest withBody(ServerHttpRequest request, byte[] body, ServerHttpResponse response) {
        return new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return body.length == 0
                        ? Flux.empty()
                        : Flux.defer(() -> Flux.just(response.bufferFactory().wrap(body)));
            }
        };
    }

    private static Mono<Void> replay(ServerHttpResponse response, StoredResponse stored) {
        response.setStatusCode(HttpStatusCode.valueOf(stored.status()));
        var headers = response.getHeaders();
        if (stored.contentType() != null) {
            headers.set(HttpHeaders.CONTENT_TYPE, stored.contentType());
        }
        if (stored.location() != null) {
            headers.set(HttpHeaders.LOCATION, stored.location());
        }
        headers.set(REPLAYED_HEADER, "true");
        var body = stored.body();
        headers.setContentLength(body.length);
        return body.length == 0
                ? response.setComplete()
                : response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }
}
