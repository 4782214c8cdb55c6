package com.acme.tavus.bootstrap.config;

import com.acme.tavus.adapter.web.TavusModeHeaderFilter;
import com.acme.tavus.application.shared.IdGenerator;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Ambient services (time, ids, public URLs) and what tells clients which Tavus mode is on. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    IdGenerator idGenerator() {
        return IdGenerator.randomUuids();
    }

    @Bean
    PublicUrls publicUrls(PlatformProperties platform, Environment environment) {
        return new PublicUrls(platform, environment);
    }

    @Bean
    TavusModeHeaderFilter tavusModeHeaderFilter(TavusMode mode) {
        return new TavusModeHeaderFilter(mode.label());
    }

    @Bean
    InfoContributor tavusModeInfo(TavusMode mode, TavusProperties tavus) {
        return builder -> builder.withDetail("tavus", mode == TavusMode.LIVE
                ? Map.of("mode", mode.label(), "base_url", tavus.baseUrl().toString())
                : Map.of("mode", mode.label()));
    }
}
