package com.acme.tavus.domain.apitoken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The SHA-256 digest of a token, in lower-case hex: all the platform stores of a database token, and
 * the key it is looked up by.
 *
 * <p>Why a plain digest, without salt or pepper: the tokens are 238 random bits, so there is no
 * dictionary to precompute and nothing a slow or keyed hash would add; a deterministic digest is
 * what makes an indexed lookup possible. See ADR 0011.
 */
public record TokenHash(String hex) {

    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

    public TokenHash {
        if (hex == null || !HEX_SHA256.matcher(hex).matches()) {
            throw new IllegalArgumentException("a token hash is 64 lower-case hex digits");
        }
    }

    /** The digest of a token as presented (any text; static tokens need not have the issued format). */
    public static TokenHash of(String token) {
        return new TokenHash(HexFormat.of().formatHex(sha256(token)));
    }

    /** Compares in constant time, so the answer time says nothing about how much of the digest matched. */
    public boolean matches(TokenHash other) {
        return other != null && MessageDigest.isEqual(
                hex.getBytes(StandardCharsets.US_ASCII), other.hex.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
