package com.acme.tavus.bootstrap.config;

import com.acme.tavus.adapter.web.edge.HttpEdgeSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hands the web edge its limits: request body size and CORS origins. */
@Configuration(proxyBeanMethods = false)
class WebEdgeConfiguration {

    @Bean
    HttpEdgeSettings httpEdgeSettings(WebEdgeProperties edge) {
        return new HttpEdgeSettings(edge.maxRequestBodySize().toBytes(), edge.cors().allowedOrigins());
    }
}
