package com.acme.tavus.adapter.tavus;

import io.netty.channel.ChannelOption;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.http.codec.json.JacksonJsonEncoder;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the one {@link WebClient} every Tavus provider uses (through {@link TavusCalls}), so the
 * connect timeout, the size cap, the API key header and JSON leniency are decided in a single place.
 *
 * <p>Why these choices:
 * <ul>
 *   <li>Tavus adds fields and enum values without notice (see TAVUS_API.md), so the JSON mapper
 *       tolerates unknown properties and unknown enum values instead of failing a good answer.
 *   <li>{@code maxInMemorySize} bounds how much of an answer is buffered; a huge body fails fast
 *       with {@code DataBufferLimitException}, which {@code TavusErrors} reports as an unreadable
 *       answer.
 *   <li>There is no wiretap and request-detail logging is forced off, because the headers carry
 *       the API key.
 *   <li>Redirects are not followed (Reactor Netty's default): a redirect would resend the key to
 *       another host.
 * </ul>
 */
public final class TavusWebClients {

    static final String API_KEY_HEADER = "x-api-key";

    private TavusWebClients() {}

    /**
     * A client rooted at {@link TavusClientSettings#baseUrl()}. The given builder is cloned, not
     * changed, so a shared (for example Boot-provided) builder can be passed safely.
     */
    public static WebClient create(WebClient.Builder builder, TavusClientSettings settings) {
        // No response timeout here: TavusResilience gives every attempt a per-operation deadline that
        // also covers a body trickling in, which an idle timeout would not.
        var httpClient = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, toIntMillis(settings));
        var mapper = jsonMapper();
        var decoder = new JacksonJsonDecoder(mapper,
                MediaType.APPLICATION_JSON, new MediaType("application", "*+json"),
                // Tolerant reader: an answer without a Content-Type is still tried as JSON.
                MediaType.APPLICATION_OCTET_STREAM);
        decoder.setMaxInMemorySize(settings.maxResponseBytes());
        var encoder = new JacksonJsonEncoder(mapper);
        return builder.clone()
                .baseUrl(settings.baseUrl().toString())
                .defaultHeader(API_KEY_HEADER, settings.apiKey())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .clientConnector(new ReactorClientHttpConnector(httpClient))
                .codecs(codecs -> {
                    codecs.defaultCodecs().maxInMemorySize(settings.maxResponseBytes());
                    codecs.defaultCodecs().jacksonJsonDecoder(decoder);
                    codecs.defaultCodecs().jacksonJsonEncoder(encoder);
                    codecs.defaultCodecs().enableLoggingRequestDetails(false);
                })
                .build();
    }

    /** The mapper used for Tavus bodies: lenient on input, because Tavus's schema drifts. */
    static JsonMapper jsonMapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .build();
    }

    private static int toIntMillis(TavusClientSettings settings) {
        return (int) Math.min(Integer.MAX_VALUE, settings.connectTimeout().toMillis());
    }
}
