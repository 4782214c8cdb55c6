package com.acme.tavus.adapter.web.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * The files of one classpath folder, read once when the application starts and then served from
 * memory. Why not Spring's resource handler: it reads (and checks) files on the event loop for
 * every request, which BlockHound rightly rejects; these few kilobytes never change while the
 * service runs.
 *
 * <p>Only flat, plainly named files of known types are served ({@code index.html},
 * {@code demo.js}, ...); anything else is a 404, so no path can reach outside the folder.
 */
final class StaticAssets {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(html|js|css|svg|png)");
    private static final Map<String, MediaType> TYPES = Map.of(
            "html", new MediaType("text", "html", StandardCharsets.UTF_8),
            "js", new MediaType("text", "javascript", StandardCharsets.UTF_8),
            "css", new MediaType("text", "css", StandardCharsets.UTF_8),
            "svg", MediaType.valueOf("image/svg+xml"),
            "png", MediaType.IMAGE_PNG);

    record Asset(String name, byte[] content, MediaType type) {}

    private final Map<String, Asset> assets;

    private StaticAssets(Map<String, Asset> assets) {
        this.assets = Map.copyOf(assets);
    }

    /** Reads every servable file directly in {@code classpath:<folder>/}. */
    static StaticAssets load(String folder) {
        var found = new TreeMap<String, Asset>();
        try {
            for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath:" + folder + "/*")) {
                var name = resource.getFilename();
                if (name != null && NAME.matcher(name).matches()) {
                    found.put(name, new Asset(name, resource.getContentAsByteArray(), TYPES.get(extension(name))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the static files in classpath:" + folder, e);
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("No static files in classpath:" + folder);
        }
        return new StaticAssets(found);
    }

    Optional<Asset> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(assets.get(name));
    }

    /** The file {@code name}, or a JSON 404 for anything this folder does not hold. */
    Mono<ServerResponse> serve(String name) {
        return find(name)
                .map(asset -> ServerResponse.ok().contentType(asset.type()).bodyValue(asset.content()))
                .orElseGet(() -> Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    /** An HTML page with its own Content-Security-Policy (and any other headers it needs). */
    Mono<ServerResponse> page(String name, String contentSecurityPolicy, HttpHeaders extraHeaders) {
        var asset = find(name).orElseThrow(() -> new IllegalStateException("Missing page " + name));
        return ServerResponse.ok()
                .contentType(asset.type())
                .header("Content-Security-Policy", contentSecurityPolicy)
                .headers(headers -> headers.addAll(extraHeaders))
                .bodyValue(asset.content());
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
