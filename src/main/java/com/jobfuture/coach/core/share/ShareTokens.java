package com.jobfuture.coach.core.share;

import com.jobfuture.coach.core.common.Sha256;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Share link tokens: 128 bits from a {@link SecureRandom}, written as 22 URL-safe base64 characters. Only the
 * SHA-256 of a token is stored, so a database copy cannot open pages (128 random bits need no salt or slow hash).
 */
public final class ShareTokens {
    public static final int TOKEN_BYTES = 16;
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{22}");
    private final SecureRandom random;

    public ShareTokens(SecureRandom random) {
        this.random = random;
    }

    /** A new random token. */
    public String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hash under which a token is stored and looked up. */
    public static String hash(String token) {
        return Sha256.hex(token);
    }

    /** Whether the text could be a token at all (cheap check before any lookup). */
    public static boolean wellFormed(String token) {
        return token != null && WELL_FORMED.matcher(token).matches();
    }
}
