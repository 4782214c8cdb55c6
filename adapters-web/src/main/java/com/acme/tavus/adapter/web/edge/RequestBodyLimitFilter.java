package com.acme.tavus.adapter.web.edge;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies larger than {@link HttpEdgeSettings#maxRequestBodyBytes()} with 413, for
 * every route (controllers, the callback, anything added later), without reading them to the end:
 *
 * <ul>
 *   <li>a declared {@code Content-Length} above the limit is refused before any byte is read;
 *   <li>a body without one (chunked) is counted as it streams in, and fails with
 *       {@link DataBufferLimitException} (answered 413 by the error mapping) at the first byte past
 *       the limit.
 * </ul>
 *
 * <p>Runs right after the security chain: a caller without a token gets its 401 without the body
 * being read at all, and the 413 still carries the security headers.
 */
public final class RequestBodyLimitFilter implements WebFilter, org.springframework.core.Ordered {

    /** Just after Spring Security's filter chain (-100). */
    public static final int ORDER = -90;

    private final long maxBytes;

    public RequestBodyLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        if (request.getHeaders().getContentLength() > maxBytes) {
            return Mono.error(new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE));
        }
        var limited = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                var seen = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                        DataBufferUtils.release(buffer);
                        sink.error(new DataBufferLimitException(
                                "Request body exceeds the limit of " + maxBytes + " bytes"));
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(limited).build());
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
