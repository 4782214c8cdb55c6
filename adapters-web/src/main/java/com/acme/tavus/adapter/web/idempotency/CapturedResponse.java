package com.acme.tavus.adapter.web.idempotency;

import com.acme.tavus.domain.idempotency.StoredResponse;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A response that holds its body back: the handler's status and headers go to the real response
 * as usual, but the body is kept here until {@link #commit()}, so the answer can be remembered
 * before the client sees it (a client that retries on receipt then always finds it remembered).
 * Create answers are small JSON documents, so holding one in memory is cheap.
 */
final class CapturedResponse extends ServerHttpResponseDecorator {

    private volatile byte[] body;

    CapturedResponse(ServerHttpResponse delegate) {
        super(delegate);
    }

    @Override
    public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
        return DataBufferUtils.join(body)
                .map(CapturedResponse::drain)
                .defaultIfEmpty(new byte[0])
                .doOnNext(bytes -> this.body = bytes)
                .then();
    }

    @Override
    public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
        return writeWith(Flux.from(body).concatMap(Flux::from));
    }

    /** Nothing is sent yet; {@link #commit()} completes the real response. */
    @Override
    public Mono<Void> setComplete() {
        return Mono.empty();
    }

    /** The answer as the handler gave it: status (200 unless set), content type, location, body. */
    StoredResponse toStoredResponse() {
        var status = getStatusCode();
        var headers = getHeaders();
        return new StoredResponse(status == null ? 200 : status.value(), headers.getFirst(HttpHeaders.CONTENT_TYPE),
                headers.getFirst(HttpHeaders.LOCATION), body);
    }

    /** Sends the held body (or none) on the real response. */
    Mono<Void> commit() {
        var response = getDelegate();
        var held = body;
        if (held == null) {
            return response.setComplete();
        }
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(held)));
    }

    /** The bytes of {@code buffer}, which is released. */
    static byte[] drain(DataBuffer buffer) {
        try {
            var bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }
}
