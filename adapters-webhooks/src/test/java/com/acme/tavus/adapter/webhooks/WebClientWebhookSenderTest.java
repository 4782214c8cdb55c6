package com.acme.tavus.adapter.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.testing.contract.WebhookSenderContract;
import com.acme.tavus.application.webhook.port.out.WebhookSender;
import com.acme.tavus.application.webhook.port.out.WebhookSender.SendResult;
import com.acme.tavus.domain.webhook.WebhookUrl;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * The WebClient sender: the {@link WebhookSenderContract} every sender passes, plus the short, log-safe
 * names this adapter gives to failures.
 */
class WebClientWebhookSenderTest extends WebhookSenderContract {

    @Override
    protected WebhookSender sender(Duration deadline) {
        return new WebClientWebhookSender(WebClient.builder(), Duration.ofMillis(500), deadline);
    }


    private static final Duration WAIT = Duration.ofSeconds(5);
    private final WebClientWebhookSender sender =
            new WebClientWebhookSender(WebClient.builder(), Duration.ofMillis(500), Duration.ofMillis(300));
    private DisposableServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.disposeNow();
        }
    }

    @Test
    void aSlowEndpoint_isNamedATimeout() {
        server = HttpServer.create().host("127.0.0.1").port(0).route(routes -> routes.post("/hook",
                (request, response) -> Mono.delay(Duration.ofSeconds(5)).then(response.status(200).send()))).bindNow();

        var started = System.nanoTime();
        var result = sender.send(url("/hook"), Map.of(), "{}").block(WAIT);

        assertThat(result).isEqualTo(SendResult.unreachable("timeout"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aClosedPort_isNamedAConnectionFailure() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        var result = sender.send(new WebhookUrl("http://127.0.0.1:" + port + "/hook"), Map.of(), "{}").block(WAIT);

        assertThat(result.status()).isNull();
        assertThat(result.error()).isEqualTo("connection failed");
    }

    private WebhookUrl url(String path) {
        return new WebhookUrl("http://127.0.0.1:" + server.port() + path);
    }
}
