package com.acme.tavus.bootstrap.e2e;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/**
 * The whole application on a random port in sandbox mode, with the seed's token {@code FOOBAR1}
 * (named {@code ci-team}) and an in-memory H2 database. Every end-to-end test class that needs
 * nothing else uses this annotation unchanged, so Spring starts the context once and caches it
 * for all of them: keep the properties identical. Tests must not assume an empty sandbox.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "platform.api-tokens=ci-team:FOOBAR1",
        "tavus.api-key=",
        "spring.datasource.url=jdbc:h2:mem:sandbox-e2e;DB_CLOSE_DELAY=-1"})
@AutoConfigureWebTestClient(timeout = "30s")
public @interface SandboxApplicationTest {}
