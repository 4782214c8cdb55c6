package com.acme.tavus.adapter.web.admin;

import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import reactor.core.publisher.Mono;

/**
 * The admin's stylesheet and its one script, read from the class path once at start-up and served
 * from memory: no file or jar read ever happens on an event-loop thread. Public, so the login page
 * is styled too.
 */
@Hidden
@Controller
class AdminStaticController {

    private static final MediaType CSS = new MediaType("text", "css", java.nio.charset.StandardCharsets.UTF_8);
    private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", java.nio.charset.StandardCharsets.UTF_8);

    private final Map<String, Asset> assets = Map.of(
            "admin.css", new Asset(read("admin-static/admin.css"), CSS),
            "admin.js", new Asset(read("admin-static/admin.js"), JAVASCRIPT));

    @GetMapping("/admin/static/{name}")
    Mono<ResponseEntity<byte[]>> asset(@PathVariable String name) {
        var asset = assets.get(name);
        if (asset == null) {
            return Mono.just(ResponseEntity.notFound().build());
        }
        return Mono.just(ResponseEntity.ok()
                .contentType(asset.type())
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .body(asset.bytes()));
    }

    private static byte[] read(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("admin asset missing: " + path, e);
        }
    }

    private record Asset(byte[] bytes, MediaType type) {}
}
