package com.acme.tavus.application.webhook.port.out;

import com.acme.tavus.domain.webhook.WebhookUrl;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * Sends one signed webhook request: {@code POST url} with a JSON body and the given headers, with
 * a deadline, without following redirects, without reading more of the answer than its status.
 */
public interface WebhookSender {

    /** Never signals an error: a failure to reach the endpoint is a {@link SendResult} without a status. */
    Mono<SendResult> send(WebhookUrl url, Map<String, String> headers, String body);

    /**
     * @param status the HTTP status answered, or {@code null} when there was no answer
     * @param error why there was no answer (timeout, connection refused), log-safe and short
     */
    record SendResult(Integer status, String error) {

        public static SendResult answered(int status) {
            return new SendResult(status, null);
        }

        public static SendResult unreachable(String error) {
            return new SendResult(null, error);
        }

        public boolean isSuccess() {
            return status != null && status >= 200 && status < 300;
        }
    }
}
