package com.acme.tavus.adapter.web.edge;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * Applies {@link HttpEdgeSettings}: the body size filter, and the same limit for what the codecs
 * may buffer while decoding a body, so the two can never disagree.
 */
@Configuration(proxyBeanMethods = false)
class HttpEdgeConfiguration implements WebFluxConfigurer {

    private final HttpEdgeSettings settings;

    HttpEdgeConfiguration(ObjectProvider<HttpEdgeSettings> settings) {
        this.settings = settings.getIfAvailable(HttpEdgeSettings::defaults);
    }

    @Bean
    RequestBodyLimitFilter requestBodyLimitFilter() {
        return new RequestBodyLimitFilter(settings.maxRequestBodyBytes());
    }

    @Override
    public void configureHttpMessageCodecs(ServerCodecConfigurer configurer) {
        configurer.defaultCodecs().maxInMemorySize((int) settings.maxRequestBodyBytes());
    }
}
