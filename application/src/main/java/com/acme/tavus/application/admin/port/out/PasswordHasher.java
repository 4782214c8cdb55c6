package com.acme.tavus.application.admin.port.out;

/**
 * One-way password hashing in a self-describing format ({@code {bcrypt}$2a$10$...}), so stored
 * hashes name their algorithm and the algorithm can change without invalidating them. Hashing is
 * deliberately slow; callers keep it off event-loop threads.
 */
public interface PasswordHasher {

    String hash(String rawPassword);

    /** True when {@code rawPassword} matches {@code storedHash}; false for any malformed hash. */
    boolean matches(String rawPassword, String storedHash);

    /** True when {@code storedHash} uses an older algorithm or cost and should be hashed again. */
    boolean needsRehash(String storedHash);
}
