package com.acme.tavus.bootstrap.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The web edge's limits ({@code platform.max-request-body-size}, {@code platform.cors.*}); bound
 * beside {@link PlatformProperties}, which ignores them.
 *
 * @param maxRequestBodySize {@code MAX_REQUEST_BODY_SIZE}: larger request bodies are answered 413
 * @param cors {@code CORS_ALLOWED_ORIGINS}: comma-separated browser origins allowed to call the API;
 *     empty keeps CORS closed
 */
@ConfigurationProperties("platform")
public record WebEdgeProperties(@DefaultValue("1MB") DataSize maxRequestBodySize, @DefaultValue Cors cors) {

    public record Cors(@DefaultValue List<String> allowedOrigins) {}
}
