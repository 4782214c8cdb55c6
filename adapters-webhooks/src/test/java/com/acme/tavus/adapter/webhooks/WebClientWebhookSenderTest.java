package com.acme.tavus.adapter.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.webhook.port.out.WebhookSender.SendResult;
import com.acme.tavus.domain.webhook.WebhookUrl;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

class WebClientWebhookSenderTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private final WebClientWebhookSender sender =
            new WebClientWebhookSender(WebClient.builder(), Duration.ofMillis(500), Duration.ofMillis(300));
    private final CopyOnWriteArrayList<String> seen = new CopyOnWriteArrayList<>();
    private DisposableServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.disposeNow();
        }
    }

    @Test
    void postsTheBodyWithTheGivenHeadersAndAnswersTheStatus() {
        server = HttpServer.create().host("127.0.0.1").port(0).route(routes -> routes.post("/hook", (request, response) ->
                request.receive().aggregate().asString().flatMap(body -> {
                    seen.add(request.requestHeaders().get("webhook-id") + " " + request.requestHeaders().get("content-type")
                            + " " + body);
                    return response.status(204).send().then();
                }))).bindNow();

        var result = sender.send(url("/hook"), Map.of("webhook-id", "msg_1"), "{\"a\":1}").block(WAIT);

        assertThat(result).isEqualTo(SendResult.answered(204));
        assertThat(result.isSuccess()).isTrue();
        assertThat(seen).containsExactly("msg_1 application/json {\"a\":1}");
    }

    @Test
    void aRedirectIsNotFollowedAndCountsAsAFailure() {
        server = HttpServer.create().host("127.0.0.1").port(0).route(routes -> routes
                .post("/hook", (request, response) -> response.status(302).header("Location", "/elsewhere").send())
                .post("/elsewhere", (request, response) -> {
                    seen.add("followed");
                    return response.status(200).send();
                })).bindNow();

        var result = sender.send(url("/hook"), Map.of(), "{}").block(WAIT);

        assertThat(result).isEqualTo(SendResult.answered(302));
        assertThat(result.isSuccess()).isFalse();
        assertThat(seen).isEmpty();
    }

    @Test
    void aSlowEndpointIsCutAtTheDeadline() {
        server = HttpServer.create().host("127.0.0.1").port(0).route(routes -> routes.post("/hook",
                (request, response) -> Mono.delay(Duration.ofSeconds(5)).then(response.status(200).send()))).bindNow();

        var started = System.nanoTime();
        var result = sender.send(url("/hook"), Map.of(), "{}").block(WAIT);

        assertThat(result).isEqualTo(SendResult.unreachable("timeout"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aClosedPortIsAFailureWithoutAStatus() throws Exception {
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
