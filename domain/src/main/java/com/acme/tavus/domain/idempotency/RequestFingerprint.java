package com.acme.tavus.domain.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a request asked for, as a SHA-256 digest (64 lower-case hex digits) of its method, its route
 * and its canonical body. Two requests with the same fingerprint are "the same request": the second
 * may be answered with the first one's response. The caller decides what "canonical" means (the web
 * adapter sorts JSON object members and drops insignificant white space), so formatting differences
 * do not count as a different request. The body itself is never stored, only this digest.
 */
public record RequestFingerprint(String sha256) {

    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

    public RequestFingerprint {
        Objects.requireNonNull(sha256, "sha256");
        if (!HEX_SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("a fingerprint is 64 lower-case hex digits");
        }
    }

    /**
     * @param method the HTTP method, such as {@code POST}
     * @param route the route, one form for all the paths that reach it (no trailing slash)
     * @param canonicalBody the body in its canonical form; empty for none
     */
    public static RequestFingerprint of(String method, String route, byte[] canonicalBody) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(canonicalBody, "canonicalBody");
        var digest = newDigest();
        // NUL separators: no method/route/body split can collide with another.
        digest.update(method.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(route.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(canonicalBody);
        return new RequestFingerprint(HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
