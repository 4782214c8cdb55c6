package com.acme.tavus.adapter.tavus.testing;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A programmable stand-in for the Tavus API on a real socket (Reactor Netty, 127.0.0.1, random
 * port), for wire-level tests of the Tavus client and end-to-end tests of the whole service.
 *
 * <p>It records every request ({@link #requests()}) and answers with, in order of precedence:
 * <ol>
 *   <li>the next response queued with {@link #enqueue}, whatever the request;
 *   <li>the most recently registered route ({@link #on}) whose method and path pattern match;
 *   <li>otherwise 501 {@code {"error": "FakeTavusServer has no response for ..."}}.
 * </ol>
 * Paths are matched in full, including the {@code /v2} prefix of {@link #baseUrl()}.
 *
 * <p>For fault injection, an answer can be late, broken mid-body ({@link FakeResponse#closingMidBody},
 * {@link FakeResponse#resettingMidBody}, {@link FakeResponse#stallingMidBody}) or withheld until the
 * test releases it ({@link #holdAnswers()}), and a server can be started on a port a client was
 * already refused on ({@link #startOn(int)}).
 *
 * <pre>{@code
 * try (var tavus = FakeTavusServer.start()) {
 *     tavus.on("POST", "/v2/conversations", FakeResponse.ok("{\"conversation_id\":\"c1\",\"status\":\"active\"}"));
 *     // point the client at tavus.baseUrl() ...
 *     assertThat(tavus.lastRequest().header("x-api-key")).isEqualTo("test-key");
 * }
 * }</pre>
 */
public final class FakeTavusServer implements AutoCloseable {

    /** The API version prefix every Tavus path starts with. */
    public static final String BASE_PATH = "/v2";

    private record Route(String method, Pattern path, Function<RecordedRequest, FakeResponse> responder) {
        boolean matches(RecordedRequest request) {
            return method.equalsIgnoreCase(request.method()) && path.matcher(request.path()).matches();
        }
    }

    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<FakeResponse> queued = new ConcurrentLinkedQueue<>();
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final AtomicReference<Sinks.Empty<Void>> hold = new AtomicReference<>();
    private final DisposableServer server;

    private FakeTavusServer(int port, Consumer<FakeTavusServer> setUp) {
        setUp.accept(this);
        this.server = HttpServer.create()
                .host("127.0.0.1")
                .port(port)
                .handle(this::handle)
                .bindNow(Duration.ofSeconds(5));
    }

    /** Starts a server on a free loopback port. Close it when done. */
    public static FakeTavusServer start() {
        return new FakeTavusServer(0, server -> { });
    }

    /**
     * Starts a server on {@code port}, such as the port of an {@link #unreachableBaseUrl()}, so a
     * client refused there a moment ago is answered now. {@code setUp} registers routes before the
     * port opens, so no request can arrive before them. Close it when done.
     */
    public static FakeTavusServer startOn(int port, Consumer<FakeTavusServer> setUp) {
        return new FakeTavusServer(port, setUp);
    }

    /** The URL to configure as Tavus's base URL, such as {@code http://127.0.0.1:41234/v2}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port() + BASE_PATH);
    }

    public int port() {
        return server.port();
    }

    /**
     * A base URL where nothing listens, for "connection refused" tests: the port was free a moment
     * ago and is closed again.
     */
    public static URI unreachableBaseUrl() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + BASE_PATH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Queues one-shot responses, used in order for the next requests whatever they are. */
    public FakeTavusServer enqueue(FakeResponse... responses) {
        queued.addAll(List.of(responses));
        return this;
    }

    /** Answers every {@code method} request whose whole path matches {@code pathRegex} with {@code response}. */
    public FakeTavusServer on(String method, String pathRegex, FakeResponse response) {
        Objects.requireNonNull(response, "response");
        return on(method, pathRegex, request -> response);
    }

    /** Like {@link #on(String, String, FakeResponse)}, computing the answer from the request. */
    public FakeTavusServer on(String method, String pathRegex, Function<RecordedRequest, FakeResponse> responder) {
        // Newest first, so a test can override a route registered by a shared set-up.
        routes.addFirst(new Route(method, Pattern.compile(pathRegex), responder));
        return this;
    }

    /** Every request received so far, oldest first. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The most recent request; fails when there was none. */
    public RecordedRequest lastRequest() {
        if (requests.isEmpty()) {
            throw new AssertionError("FakeTavusServer received no request");
        }
        return requests.getLast();
    }

    /**
     * From now on, requests are recorded as they arrive but answered only after {@link
     * #releaseAnswers()}: for holding upstream calls in flight, with no timing involved.
     */
    public FakeTavusServer holdAnswers() {
        hold.compareAndSet(null, Sinks.empty());
        return this;
    }

    /** Sends every held answer and stops holding. */
    public FakeTavusServer releaseAnswers() {
        var held = hold.getAndSet(null);
        if (held != null) {
            held.tryEmitEmpty();
        }
        return this;
    }

    /** Forgets recorded requests, queued responses and routes, and releases held answers. */
    public void reset() {
        releaseAnswers();
        requests.clear();
        queued.clear();
        routes.clear();
    }

    @Override
    public void close() {
        server.disposeNow(Duration.ofSeconds(2));
    }

    private Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response) {
        return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("")
                .flatMap(body -> {
                    var recorded = record(request, body);
                    requests.add(recorded);
                    var answer = answerFor(recorded);
                    var send = Mono.defer(() -> send(response, answer));
                    var timed = answer.delay().isZero() ? send : Mono.delay(answer.delay()).then(send);
                    var held = hold.get();
                    return held == null ? timed : held.asMono().then(timed);
                });
    }

    private static RecordedRequest record(HttpServerRequest request, String body) {
        var uri = request.uri();
        var q = uri.indexOf('?');
        var headers = new LinkedHashMap<String, List<String>>();
        request.requestHeaders().forEach(h -> headers.computeIfAbsent(h.getKey(), k -> new ArrayList<>()).add(h.getValue()));
        return new RecordedRequest(request.method().name(), q < 0 ? uri : uri.substring(0, q),
                q < 0 ? null : uri.substring(q + 1), headers, body);
    }

    private FakeResponse answerFor(RecordedRequest request) {
        var next = queued.poll();
        if (next != null) {
            return next;
        }
        return routes.stream()
                .filter(route -> route.matches(request))
                .findFirst()
                .map(route -> route.responder().apply(request))
                .orElseGet(() -> FakeResponse.tavusError(501, "error",
                        "FakeTavusServer has no response for " + request.method() + " " + request.path()));
    }

    private static Mono<Void> send(HttpServerResponse response, FakeResponse answer) {
        if (answer.fault() == FakeResponse.Fault.CLOSE_WITHOUT_RESPONSE) {
            return close(response);
        }
        var bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        response.status(answer.status());
        answer.headers().forEach(response::header);
        response.header(HttpHeaderNames.CONTENT_LENGTH, String.valueOf(bytes.length));
        return switch (answer.fault()) {
            case CLOSE_MID_BODY -> halfBodyThen(response, bytes, channel -> channel.close());
            case RESET_MID_BODY -> halfBodyThen(response, bytes, channel -> {
                // Linger 0 turns the close into a TCP reset.
                channel.config().setOption(ChannelOption.SO_LINGER, 0);
                return channel.close();
            });
            // The rest of the body never comes; the exchange ends when the client gives up and closes.
            case STALL_MID_BODY -> halfBodyThen(response, bytes, Channel::closeFuture);
            default -> response.sendByteArray(Mono.just(bytes)).then();
        };
    }

    /** Sends the headers (with the full Content-Length) and half of {@code bytes}, then {@code then}. */
    private static Mono<Void> halfBodyThen(HttpServerResponse response, byte[] bytes,
            Function<Channel, ChannelFuture> then) {
        var half = Arrays.copyOf(bytes, bytes.length / 2);
        // Written straight to the channel: Reactor Netty would otherwise complete the response.
        return response.sendHeaders().then().then(Mono.create(sink -> response.withConnection(connection -> {
            var channel = connection.channel();
            channel.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(half)))
                    .addListener(written -> then.apply(channel).addListener(done -> sink.success()));
        })));
    }

    private static Mono<Void> close(HttpServerResponse response) {
        return Mono.create(sink -> response.withConnection(connection ->
                connection.channel().close().addListener(done -> sink.success())));
    }

    /** What the server has seen, for failure messages. */
    @Override
    public String toString() {
        var lines = new ArrayList<String>();
        requests.forEach(r -> lines.add(r.line()));
        return "FakeTavusServer[" + baseUrl() + ", received=" + lines + ", queued=" + queued.size()
                + ", routes=" + routes.size() + "]";
    }
}
