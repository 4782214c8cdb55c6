package com.acme.tavus.adapter.web.admin.security;

import com.acme.tavus.application.admin.port.out.PasswordHasher;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The admin passwords' {@link PasswordHasher}: Spring Security's {@link DelegatingPasswordEncoder},
 * so every stored hash names its algorithm ({@code {bcrypt}$2a$12$...}) and a stronger one can be
 * added later without touching stored hashes (they are upgraded at the next sign-in). Today that is
 * bcrypt at cost {@value #DEFAULT_STRENGTH}; Argon2 would need BouncyCastle on the class path.
 *
 * <p>Not a Spring bean of type {@link PasswordEncoder}: bootstrap builds it (for the web and the
 * command line alike), and the API's security must not see a password encoder.
 */
public final class SpringPasswordHasher implements PasswordHasher {

    /** About 0.2 s per hash on one core of our machines: slow for guessing, fine for a sign-in. */
    public static final int DEFAULT_STRENGTH = 12;
    static final String BCRYPT = "bcrypt";

    private final DelegatingPasswordEncoder encoder;
    private final int strength;

    public SpringPasswordHasher() {
        this(DEFAULT_STRENGTH);
    }

    /** @param strength bcrypt's log2 cost, 4 to 31; tests use the minimum to stay fast */
    public SpringPasswordHasher(int strength) {
        this.strength = strength;
        this.encoder = new DelegatingPasswordEncoder(BCRYPT, Map.of(BCRYPT, new BCryptPasswordEncoder(strength)));
    }

    @Override
    public String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(String rawPassword, String storedHash) {
        try {
            return storedHash != null && encoder.matches(rawPassword, storedHash);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    @Override
    public boolean needsRehash(String storedHash) {
        if (storedHash == null || !storedHash.startsWith("{" + BCRYPT + "}")) {
            return true;
        }
        var bcrypt = storedHash.substring(BCRYPT.length() + 2);
        try {
            return bcrypt.length() < 7 || Integer.parseInt(bcrypt.substring(4, 6)) < strength;
        } catch (NumberFormatException unreadable) {
            return true;
        }
    }
}
