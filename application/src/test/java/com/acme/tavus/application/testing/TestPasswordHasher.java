package com.acme.tavus.application.testing;

import com.acme.tavus.application.admin.port.out.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A fast {@link PasswordHasher} for tests: {@code {sha256}<hex>}, salt-free (never use it for real).
 * Hashes written {@code {old}<password>} match too but ask to be rehashed, to test upgrades.
 */
public final class TestPasswordHasher implements PasswordHasher {

    private static final String PREFIX = "{sha256}";
    private static final String OLD = "{old}";

    @Override
    public String hash(String rawPassword) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(rawPassword.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean matches(String rawPassword, String storedHash) {
        if (storedHash == null || rawPassword == null) {
            return false;
        }
        return storedHash.startsWith(OLD) ? storedHash.equals(OLD + rawPassword) : storedHash.equals(hash(rawPassword));
    }

    @Override
    public boolean needsRehash(String storedHash) {
        return storedHash == null || !storedHash.startsWith(PREFIX);
    }

    /** A hash in the "old" format, which matches {@code rawPassword} and needs a rehash. */
    public static String oldFormat(String rawPassword) {
        return OLD + rawPassword;
    }
}
