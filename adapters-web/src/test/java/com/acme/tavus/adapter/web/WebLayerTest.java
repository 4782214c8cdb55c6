package com.acme.tavus.adapter.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/** One shared, mock-server context for every web test class (same annotation, so Spring caches it). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = WebLayerTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"spring.main.banner-mode=off",
                // As bootstrap's application.yml sets them: Boot 4 leaves SameSite unset otherwise.
                "server.reactive.session.cookie.same-site=lax", "server.reactive.session.cookie.http-only=true"})
@AutoConfigureWebTestClient
public @interface WebLayerTest {}
