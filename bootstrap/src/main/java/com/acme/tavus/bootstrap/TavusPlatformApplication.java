package com.acme.tavus.bootstrap;

import com.acme.tavus.bootstrap.cli.PlatformCommands;
import com.acme.tavus.bootstrap.cli.Terminal;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Tavus platform service. This module is the only place that knows every adapter: it binds
 * configuration, picks the Tavus provider (live HTTP client or sandbox) and hands adapters to the
 * use cases. The web adapter's controllers and security are found by component scan; everything
 * else is declared explicitly in {@code com.acme.tavus.bootstrap.config}. Given a command name first
 * ({@code createsuperuser}, {@code create-token}, ...), it runs that command instead of the server.
 */
@SpringBootApplication(scanBasePackages = {"com.acme.tavus.bootstrap", "com.acme.tavus.adapter.web"})
@ConfigurationPropertiesScan
public class TavusPlatformApplication {

    public static void main(String[] args) {
        // Liquibase 5 reports usage analytics over the network unless told not to.
        if (System.getenv("LIQUIBASE_ANALYTICS_ENABLED") == null) {
            System.setProperty("liquibase.analytics.enabled", "false");
        }
        if (PlatformCommands.isCommand(args)) {
            // createsuperuser and friends: the same jar and configuration, no server (see bootstrap.cli).
            System.exit(PlatformCommands.run(args, Terminal.system()));
        }
        SpringApplication.run(TavusPlatformApplication.class, args);
    }
}
