package com.acme.tavus.bootstrap.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The admin site ({@code admin.*}); the session cookie itself is configured under
 * {@code server.reactive.session.cookie.*}.
 *
 * @param passwordStrength bcrypt's cost for admin passwords (log2 rounds, 4 to 31)
 * @param loginMaxFailures failed sign-ins for one username before it must wait
 * @param loginWindow how long failures count, and so how long the wait can be
 */
@ConfigurationProperties("admin")
public record AdminProperties(Integer passwordStrength, Integer loginMaxFailures, Duration loginWindow) {

    public AdminProperties {
        passwordStrength = passwordStrength == null ? 12 : passwordStrength;
        loginMaxFailures = loginMaxFailures == null ? 5 : loginMaxFailures;
        loginWindow = loginWindow == null ? Duration.ofMinutes(15) : loginWindow;
        if (passwordStrength < 4 || passwordStrength > 31) {
            throw new IllegalArgumentException("admin.password-strength must be between 4 and 31");
        }
    }
}
