package com.acme.tavus.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.webhook.port.out.WebhookSender;
import com.acme.tavus.domain.webhook.WebhookUrl;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WebhookSender} must do, against a real HTTP endpoint on loopback (the JDK's own
 * server, so the kit needs no HTTP library): post the body with the given headers, report the status
 * answered, never follow a redirect, cut a slow endpoint at its deadline, and report an unreachable one
 * as a result without a status rather than an error.
 */
public abstract class WebhookSenderContract {

    /** Generous: every answer below is expected well within it. */
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final CopyOnWriteArrayList<String> seen = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer endpoint;

    /** The adapter under test, with a deadline for a whole request of at most {@code deadline}. */
    protected abstract WebhookSender sender(Duration deadline);

    @AfterEach
    void stopEndpoint() {
        release.countDown();
        if (endpoint != null) {
            endpoint.stop(0);
        }
    }

    @Test
    void postsTheBodyAsJsonWithTheGivenHeaders_andReportsA2xxAsSuccess() {
        serve("/hook", exchange -> {
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("webhook-id") + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " " + body);
            answer(exchange, 204);
        });

        var result = sender(Duration.ofSeconds(5)).send(url("/hook"), Map.of("webhook-id", "msg_1"), "{\"a\":1}")
                .block(WAIT);

        assertThat(result).isEqualTo(WebhookSender.SendResult.answered(204));
        assertThat(result.isSuccess()).isTrue();
        assertThat(seen).singleElement().asString().startsWith("POST msg_1 application/json").endsWith(" {\"a\":1}");
    }

    @Test
    void anErrorStatusIsReportedAsAnsweredButNotSuccessful() {
        serve("/hook", exchange -> answer(exchange, 503));

        var result = sender(Duration.ofSeconds(5)).send(url("/hook"), Map.of(), "{}").block(WAIT);

        assertThat(result).isEqualTo(WebhookSender.SendResult.answered(503));
        assertThat(result.isSuccess()).isFalse();
    }

    @Test
    void aRedirectIsNotFollowed_andIsNotASuccess() {
        serve("/hook", exchange -> {
            exchange.getResponseHeaders().add("Location", "/elsewhere");
            answer(exchange, 302);
        });
        endpoint.createContext("/elsewhere", exchange -> {
            seen.add("followed");
            answer(exchange, 200);
        });

        var result = sender(Duration.ofSeconds(5)).send(url("/hook"), Map.of(), "{}").block(WAIT);

        assertThat(result).isEqualTo(WebhookSender.SendResult.answered(302));
        assertThat(seen).isEmpty();
    }

    @Test
    void aSlowEndpointIsCutAtTheDeadline_asAResultWithoutAStatus() {
        serve("/hook", exchange -> {
            try {
                release.await(WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200);
        });

        var started = System.nanoTime();
        var result = sender(Duration.ofMillis(300)).send(url("/hook"), Map.of(), "{}").block(WAIT);

        assertThat(result.status()).isNull();
        assertThat(result.error()).isNotBlank();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anEndpointNobodyListensOn_isAResultWithoutAStatus_notAnError() throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        var result = sender(Duration.ofSeconds(2)).send(new WebhookUrl("http://127.0.0.1:" + port + "/hook"), Map.of(), "{}")
                .block(WAIT);

        assertThat(result.status()).isNull();
        assertThat(result.error()).isNotBlank();
        assertThat(result.isSuccess()).isFalse();
    }

    private void serve(String path, HttpHandler handler) {
        try {
            endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        endpoint.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        endpoint.createContext(path, handler);
        endpoint.start();
    }

    private WebhookUrl url(String path) {
        return new WebhookUrl("http://127.0.0.1:" + endpoint.getAddress().getPort() + path);
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }
}
