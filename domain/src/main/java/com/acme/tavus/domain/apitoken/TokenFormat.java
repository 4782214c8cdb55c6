package com.acme.tavus.domain.apitoken;

import java.nio.charset.StandardCharsets;
import java.util.random.RandomGenerator;
import java.util.zip.CRC32;

/**
 * The shape of every token the platform issues: {@code tvp_}, 40 random base62 characters
 * (238 bits), and a 6-character base62 CRC32 checksum of the first two parts, 50 characters in all,
 * for example {@code tvp_3kZ0...Qx9a1B2c}.
 *
 * <ul>
 *   <li>The prefix lets secret scanners (and people) recognise a leaked token; the checksum lets a
 *       scanner tell a real token from a look-alike offline, with no call to the platform.
 *   <li>The platform itself uses the checksum to refuse malformed tokens before any database lookup.
 *   <li>Base62 keeps the token one "word": a double click selects all of it, and it needs no escaping
 *       in a header, a URL or a shell.
 * </ul>
 */
public final class TokenFormat {

    public static final String PREFIX = "tvp_";
    static final int RANDOM_LENGTH = 40;
    static final int CHECKSUM_LENGTH = 6;
    public static final int LENGTH = PREFIX.length() + RANDOM_LENGTH + CHECKSUM_LENGTH;
    /** How many random characters the listing shows after the prefix, to tell tokens apart. */
    static final int HINT_LENGTH = 6;

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private TokenFormat() {}

    /** A new token; pass a {@link java.security.SecureRandom}. */
    public static String generate(RandomGenerator random) {
        var token = new StringBuilder(LENGTH).append(PREFIX);
        for (var i = 0; i < RANDOM_LENGTH; i++) {
            token.append(BASE62.charAt(random.nextInt(BASE62.length())));
        }
        return token.append(checksum(token)).toString();
    }

    /** True when {@code token} has the issued shape and a correct checksum. Never throws. */
    public static boolean isWellFormed(String token) {
        if (token == null || token.length() != LENGTH || !token.startsWith(PREFIX)) {
            return false;
        }
        for (var i = PREFIX.length(); i < LENGTH; i++) {
            if (BASE62.indexOf(token.charAt(i)) < 0) {
                return false;
            }
        }
        var body = token.substring(0, LENGTH - CHECKSUM_LENGTH);
        return checksum(body).equals(token.substring(LENGTH - CHECKSUM_LENGTH));
    }

    /**
     * The non-secret start of a well-formed token ({@code tvp_} and 6 random characters), stored and
     * listed so an admin can tell which token a client holds without the platform keeping it.
     */
    public static String hint(String token) {
        if (!isWellFormed(token)) {
            throw new IllegalArgumentException("not an issued token");
        }
        return token.substring(0, PREFIX.length() + HINT_LENGTH);
    }

    private static String checksum(CharSequence body) {
        var crc = new CRC32();
        crc.update(body.toString().getBytes(StandardCharsets.US_ASCII));
        var value = crc.getValue();
        var digits = new char[CHECKSUM_LENGTH];
        for (var i = CHECKSUM_LENGTH - 1; i >= 0; i--) {
            digits[i] = BASE62.charAt((int) (value % BASE62.length()));
            value /= BASE62.length();
        }
        return new String(digits);
    }
}
