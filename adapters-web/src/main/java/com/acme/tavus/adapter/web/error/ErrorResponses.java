package com.acme.tavus.adapter.web.error;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Writes {@code {"error": "..."}} straight to a response, for code that runs outside the
 * controller machinery (security filters, the web exception handler) and so cannot return a body
 * for the codecs to encode. Encoding the one string field by hand keeps this independent of the
 * configured codecs, which may be the very thing that failed.
 */
public final class ErrorResponses {

    /** The one answer to a missing, empty or unknown token: which of the three it was stays secret. */
    public static final String UNAUTHENTICATED = "Missing or invalid X-API-TOKEN header";

    private ErrorResponses() {}

    /** Sets the status and writes the error body; {@code extraHeaders} may be {@code null}. */
    public static Mono<Void> write(
            ServerWebExchange exchange, HttpStatusCode status, String message, HttpHeaders extraHeaders) {
        var response = exchange.getResponse();
        response.setStatusCode(status);
        var headers = response.getHeaders();
        if (extraHeaders != null) {
            headers.putAll(extraHeaders);
        }
        headers.remove(HttpHeaders.CONTENT_LENGTH);
        headers.setContentType(MediaType.APPLICATION_JSON);
        var json = new StringBuilder(message.length() + 16).append("{\"error\":\"");
        JsonStringEncoder.getInstance().quoteAsString(message, json);
        var bytes = json.append("\"}").toString().getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(bytes)));
    }

    static Mono<Void> write(ServerWebExchange exchange, ApiError error) {
        return write(exchange, error.status(), error.message(), error.headers());
    }
}
