package com.acme.tavus.bootstrap.config;

import com.acme.tavus.adapter.web.demo.SandboxCallPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * In sandbox mode, the page a sandbox conversation's URL opens ({@code /sandbox/calls/{id}}): the
 * sandbox writes those URLs, so the platform must answer them. Live conversations open Tavus's own
 * rooms, so live mode serves no such page.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TavusMode.SandboxCondition.class)
class SandboxCallPageConfiguration {

    @Bean
    RouterFunction<ServerResponse> sandboxCallPageRoutes() {
        return SandboxCallPage.routes();
    }
}
